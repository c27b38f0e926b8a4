import crypto from 'node:crypto';

/** SHA-256 of a string or bytes, as lower-case hex. */
export function sha256Hex(input: string | Uint8Array): string {
  return crypto.createHash('sha256').update(input).digest('hex');
}

/** Constant-time string comparison (for CSRF tokens and the like). */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
