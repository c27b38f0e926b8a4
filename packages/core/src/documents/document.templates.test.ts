import { describe, expect, it } from 'vitest';
import { CreateDocumentSchema } from './document.schema.ts';
import { DOCUMENT_TEMPLATES, documentTemplate, templateDraft } from './document.templates.ts';

describe('starter documents (issue 15 item 5)', () => {
  it('covers the policy, both assessment processes, scope, roles and the communication plan', () => {
    expect(DOCUMENT_TEMPLATES.map((t) => t.key).sort()).toEqual(
      [
        'ai_policy',
        'aims_scope',
        'communication_plan',
        'impact_assessment_process',
        'risk_assessment_process',
        'roles_responsibilities',
      ].sort(),
    );
  });

  it.each(DOCUMENT_TEMPLATES.map((t) => [t.key, t] as const))('%s is a valid first draft', (_key, t) => {
    const parsed = CreateDocumentSchema.safeParse(templateDraft(t));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(t.content.startsWith(`# ${t.title}`)).toBe(true);
    expect(t.content.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(documentTemplate(t.key)).toBe(t);
  });
});
