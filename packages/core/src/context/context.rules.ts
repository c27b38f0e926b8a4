// Pure rules on context records (§4.1, §4.2).
import type { FieldError } from '../errors.ts';
import type { ContextKind, PartyRequirement } from './context.schema.ts';

/** Field errors for a record of this kind: effects belong to issues, requirements to interested parties. */
export function contextItemProblems(
  kind: ContextKind,
  v: { effect?: string | null; requirements?: PartyRequirement[] },
): FieldError[] {
  const out: FieldError[] = [];
  if (kind === 'interested_party' && v.effect) {
    out.push({
      path: 'effect',
      message: 'an interested party has requirements, not an effect; record the issue it raises separately',
    });
  }
  if (kind !== 'interested_party' && v.requirements && v.requirements.length > 0) {
    out.push({ path: 'requirements', message: 'only interested parties have requirements (§4.2)' });
  }
  // §4.2 c: a requirement the AIMS will not address is a decision; say why.
  v.requirements?.forEach((r, i) => {
    if (!r.addressedByAims && r.note.trim() === '') {
      out.push({
        path: `requirements.${i}.note`,
        message: 'say why this requirement is not addressed through the AIMS',
      });
    }
  });
  return out;
}
