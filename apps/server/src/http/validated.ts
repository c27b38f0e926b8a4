// The validated input of a route whose schemas are type parameters: hono's inference cannot see through a
// generic schema, but the route has validated the input against exactly these schemas before the handler runs.

/** Where a route's validated input sits. */
export type ValidTarget = 'json' | 'query' | 'param';

/** The input the route validated at `target`, typed as the route's schema output `T`. */
export function validInput<T>(c: unknown, target: ValidTarget): T {
  return (c as { req: { valid(target: ValidTarget): unknown } }).req.valid(target) as T;
}
