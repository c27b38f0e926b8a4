/** ISO string of a Date, or null. */
export function iso(d: Date | null | undefined): string | null {
  return d ? d.toISOString() : null;
}

/** ISO string of a required Date. */
export function isoReq(d: Date): string {
  return d.toISOString();
}

/** Now, truncated to milliseconds (what both engines round-trip exactly). */
export function now(): Date {
  return new Date(Date.now());
}
