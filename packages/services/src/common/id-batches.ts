// Ids sent to the database a batch at a time (issue 17). A statement carries at most 65,535 parameters, and drizzle
// builds an `in (…)` list by recursion that overflows the stack long before that; a list that grows with an
// organization (every record linked to the SoA) is asked for in batches instead, or sent as one JSON parameter
// (the reminder scan's sent keys).

/** How many ids one statement names. */
export const ID_BATCH = 5_000;

/** The distinct ids in batches of at most `size`, in first-seen order. */
export function idBatches(ids: Iterable<string>, size = ID_BATCH): string[][] {
  const unique = [...new Set(ids)];
  const out: string[][] = [];
  for (let at = 0; at < unique.length; at += size) out.push(unique.slice(at, at + size));
  return out;
}
