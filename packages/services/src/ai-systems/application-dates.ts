// The EU AI Act application dates an instance classifies with: the table shipped in core, or the one an operator
// keeps in a data file (`AIMS_AI_ACT_DATES_FILE`), so an amendment reaches an instance without a release.
import fs from 'node:fs';
import { type ApplicationDate, EU_AI_ACT_DATES, parseApplicationDates } from '@openaims/core';
import { ZodError } from 'zod';

let current: readonly ApplicationDate[] = EU_AI_ACT_DATES;

/** The dates table in force in this process. */
export function applicationDates(): readonly ApplicationDate[] {
  return current;
}

/**
 * Reads and checks a replacement dates table (JSON: an array of {milestone, date, legalStatus, source}) and puts it
 * in force for this process; called at start, so a bad file stops the server with a message naming each bad row.
 */
export function loadApplicationDatesFile(file: string): readonly ApplicationDate[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`AIMS_AI_ACT_DATES_FILE ${file} could not be read as JSON: ${(e as Error).message}`);
  }
  try {
    current = parseApplicationDates(json);
  } catch (e) {
    const lines =
      e instanceof ZodError
        ? e.issues.map((i) => `  ${i.path.length ? `[${i.path.join('.')}] ` : ''}${i.message}`)
        : [`  ${(e as Error).message}`];
    throw new Error(`AIMS_AI_ACT_DATES_FILE ${file} is not a valid dates table:\n${lines.join('\n')}`);
  }
  return current;
}

/** Back to the shipped table (tests). */
export function resetApplicationDates(): void {
  current = EU_AI_ACT_DATES;
}
