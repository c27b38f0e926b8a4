// What an importer keeps of a source record's fields that have no column of their own: each named field that is
// present, as text (JSON when it is not a string), bounded like every imported text, under `attributes.other`.

/**
 * The named fields of `source` as `other` attributes, or undefined when none is present. `isAbsent` says which
 * values count as missing (undefined by default; a format whose nulls mean "not given" passes its own).
 */
export function otherAttributes(
  source: Record<string, unknown>,
  keys: readonly string[],
  isAbsent: (v: unknown) => boolean = (v) => v === undefined,
): Record<string, string> | undefined {
  const other: Record<string, string> = {};
  for (const key of keys) {
    const v = source[key];
    if (isAbsent(v)) continue;
    other[key] = (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 20_000);
  }
  return Object.keys(other).length ? other : undefined;
}
