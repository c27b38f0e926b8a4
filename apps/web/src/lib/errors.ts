// Turning errors into words for people, and server field errors into form errors.
import { isApiError } from './api.ts';

/** A sentence that explains the error to the user. */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.problem.detail || e.problem.title;
  if (e instanceof Error) return e.message;
  return 'Something went wrong.';
}

/** Puts the server's `errors[{path, message}]` on the matching form fields; returns whether any matched. */
export function applyFieldErrors(
  form: { setFieldError: (path: string, message: string) => void },
  e: unknown,
): boolean {
  if (!isApiError(e) || !e.problem.errors?.length) return false;
  for (const fe of e.problem.errors) form.setFieldError(fe.path, fe.message);
  return true;
}

/** The server's `errors[{path, message}]` as a map by field path, for forms that keep their own state. */
export function fieldErrorsOf(e: unknown): Record<string, string> {
  if (!isApiError(e) || !e.problem.errors?.length) return {};
  return Object.fromEntries(e.problem.errors.map((fe) => [fe.path, fe.message]));
}
