import crypto from 'node:crypto';

/**
 * SHA-256 of a string or bytes, as lower-case hex. One-shot `crypto.hash` (Node >= 20.12) rather than a Hash object:
 * the ledger verify hashes a million short inputs, and the object's set-up cost more than the digest (issue 17).
 */
export function sha256Hex(input: string | Uint8Array): string {
  return crypto.hash('sha256', input, 'hex');
}

/** Constant-time string comparison (for CSRF tokens and the like). */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
