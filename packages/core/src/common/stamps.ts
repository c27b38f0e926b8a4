import { z } from 'zod';

/**
 * When and by whom a step happened to a record, both null until it does: `stampFields('approved')` gives
 * `approvedAt` (an instant) and `approvedBy` (a user id), in that order. The core counterpart of the database's
 * `byAtColumns`, so each record's step is declared alike.
 */
export function stampFields<P extends string>(step: P) {
  const at = z.string().datetime().nullable();
  const by = z.string().nullable();
  return { [`${step}At`]: at, [`${step}By`]: by } as Record<`${P}At`, typeof at> &
    Record<`${P}By`, typeof by>;
}

/**
 * The same step in the order the database declares it (`byAtColumns`): `byAtFields('approved')` gives
 * `approvedBy` then `approvedAt`. For records whose API has always listed the person first, so their JSON and
 * OpenAPI keep their key order.
 */
export function byAtFields<P extends string>(step: P) {
  const by = z.string().nullable();
  const at = z.string().datetime().nullable();
  return { [`${step}By`]: by, [`${step}At`]: at } as Record<`${P}By`, typeof by> &
    Record<`${P}At`, typeof at>;
}
