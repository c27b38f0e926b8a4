// The reporter's follow-up code (A.3.3): the only key to an anonymous concern, so it is long and random
// (160 bits), shown once, and stored only as a hash, like API tokens and sessions.

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Bytes of randomness in a code: 160 bits, 32 base32 characters. */
export const FOLLOW_UP_CODE_BYTES = 20;
const LENGTH = (FOLLOW_UP_CODE_BYTES * 8) / 5;

/** RFC 4648 base32 (no padding) of bytes whose bit length is a multiple of 5. */
export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** A code as shown to people: groups of four joined by hyphens (`ABCD-EFGH-…`). */
export function formatFollowUpCode(raw: string): string {
  return raw.match(/.{1,4}/g)?.join('-') ?? raw;
}

/** A new follow-up code from `bytes` random bytes (the caller supplies them, so core stays pure). */
export function followUpCodeFrom(bytes: Uint8Array): string {
  if (bytes.length !== FOLLOW_UP_CODE_BYTES) throw new Error(`need ${FOLLOW_UP_CODE_BYTES} bytes`);
  return formatFollowUpCode(base32(bytes));
}

/**
 * The canonical form of a typed code (case, spaces and hyphens forgiven), or undefined when it cannot be a code,
 * so a malformed one is answered like an unknown one without touching the database.
 */
export function normalizeFollowUpCode(input: string): string | undefined {
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  return s.length === LENGTH && /^[A-Z2-7]+$/.test(s) ? s : undefined;
}
