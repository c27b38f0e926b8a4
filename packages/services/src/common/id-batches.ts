// Ids sent to the database a batch at a time (issue 17). A statement carries at most 65,535 parameters, and drizzle
// builds an `in (…)` list by recursion that overflows the stack long before that; the lists that grow with an
// organization (every record linked to the SoA, every due item of an instance) are asked for in batches instead.

/** How many ids one statement names. */
export const ID_BATCH = 5_000;

/** The distinct ids in batches of at most `size`, in first-seen order. */
export function idBatches(ids: Iterable<string>, size = ID_BATCH): string[][] {
  const unique = [...new Set(ids)];
  const out: string[][] = [];
  for (let at = 0; at < unique.length; at += size) out.push(unique.slice(at, at + size));
  return out;
}
