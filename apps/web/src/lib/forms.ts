// Edit forms send only what the person changed: a PATCH that repeats unchanged values would read as a change
// (e.g. a risk re-assessed when only its title was edited, §8.2).

/** The fields of `after` whose value differs from `before` (compared as JSON). */
export function changedFields<T extends object, K extends keyof T>(
  before: Pick<T, K>,
  after: Pick<T, K>,
  fields: readonly K[],
): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const f of fields) if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) out[f] = after[f];
  return out;
}

/** Only the named fields of a record, e.g. an entity's editable fields as a form's initial values. */
export function pickFields<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  return Object.fromEntries(fields.map((f) => [f, record[f]])) as Pick<T, K>;
}
