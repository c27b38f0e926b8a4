// Stored web addresses: http(s) only. A `javascript:` or `data:` address shown as a link runs script or
// content in the reader's browser, and `file:` or other schemes point nowhere useful.
import { z } from 'zod';

/** Whether a string is an absolute http:// or https:// address. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** The one URL schema for every stored address (suppliers, verification records, evidence links). */
export const HttpUrlSchema = z.string().trim().max(2000).refine(isHttpUrl, 'an http:// or https:// address');

/**
 * A reference that may be free text ("AI policy §2") or an address: when it reads as an address (a scheme
 * followed directly by more text), it must be http(s), so no stored reference is a `javascript:` link.
 */
export function textOrHttpUrl(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine(
      (v) => !/^[a-z][a-z0-9+.-]*:\S/i.test(v) || isHttpUrl(v),
      'an http:// or https:// address, or plain text',
    );
}
