// When a record was created and last changed, as the API shows them: every Row → API mapper of a record with
// the two columns spells them the same way.

/** A row's creation and last-change times as ISO strings. */
export function timestamps(r: { createdAt: Date; updatedAt: Date }): {
  createdAt: string;
  updatedAt: string;
} {
  return { createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}
