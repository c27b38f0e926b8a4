// How the CLI reports a failure: `error: <message>` on stderr, exit 2 for bad input, 1 for anything else.
import { AppError, isAppError } from '@openaims/core';
import { CommanderError } from 'commander';

/** Exit codes of every `aims` command. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

/** A bad flag or argument value (exit 2). */
export function badInput(message: string): AppError {
  return new AppError('VALIDATION_FAILED', message);
}

/** The exit code for an error thrown by a command. */
export function exitCodeFor(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  if (isAppError(e) && e.code === 'VALIDATION_FAILED') return EXIT.badInput;
  return EXIT.failed;
}

/** Prints the error for a person: its message only; the stack only when AIMS_DEBUG is set and it is unexpected. */
export function reportError(e: unknown): void {
  // Commander has already printed its own `error: …` line (and help output is not an error).
  if (e instanceof CommanderError) return;
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`error: ${message}\n`);
  if (!isAppError(e) && e instanceof Error && process.env.AIMS_DEBUG) process.stderr.write(`${e.stack}\n`);
}
