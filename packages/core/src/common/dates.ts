// Calendar dates as the API carries them (YYYY-MM-DD, UTC).

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
