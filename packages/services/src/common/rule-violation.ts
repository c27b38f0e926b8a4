// The one way a service refuses input that breaks a rule of the standard: the core rule functions return every
// problem they find, and the service answers 422 with all of them, led by the first.
import { AppError, type FieldError } from '@openaims/core';

/** Throws RULE_VIOLATION (422) with every problem found; does nothing when there is none. */
export function assertNoProblems(errors: FieldError[]): void {
  if (errors.length) throw new AppError('RULE_VIOLATION', errors[0]!.message, { errors });
}
