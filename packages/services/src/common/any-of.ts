// Membership in a list of values as one SQL parameter. Drizzle's `inArray` binds one parameter per value, and a
// statement may carry at most 65,535 (PostgreSQL's protocol counts them in 16 bits; PGlite shares the limit): a
// large organization's ids overflow it. The register of 34,000 risks hydrating its links (two lists of its ids in
// one statement) failed so (issue 17). `= any($1)` binds the whole list as one text array, whatever its length, and
// PostgreSQL still reads it through the column's index.
import { type Column, type SQL, sql } from 'drizzle-orm';

/** `column = any(values)`, the values bound as one `text[]` parameter; an empty list matches nothing. */
export function anyOf(column: Column | SQL, values: Iterable<string>): SQL {
  return sql`${column} = any(${sql.param([...values])}::text[])`;
}
