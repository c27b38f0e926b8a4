// Content rules applied by the use-cases: the FRIA section a new Art. 27 assessment starts with, and the
// completeness check before submission (42005 5.8–5.10; EU AI Act Art. 27(1)), both from core's pure rules.
import {
  AppError,
  type ImpactContent,
  ImpactContentSchema,
  type ImpactTemplate,
  impactProblems,
} from '@openaims/core';

/** The content a new assessment starts with: an EU FRIA always carries its (empty) Art. 27 section. */
export function initialContent(template: ImpactTemplate, content: ImpactContent): ImpactContent {
  return template === 'eu_fria' && !content.fria
    ? ImpactContentSchema.parse({ ...content, fria: {} })
    : content;
}

/** Refuses (422, every missing item named) a submission of incomplete content. */
export function assertComplete(content: unknown, template: ImpactTemplate): void {
  const problems = impactProblems(ImpactContentSchema.parse(content), template);
  if (problems.length)
    throw new AppError(
      'RULE_VIOLATION',
      `The assessment is missing: ${problems.map((p) => p.message).join('; ')}.`,
      {
        errors: problems,
      },
    );
}
