// Validates command-line flags with the core zod schemas (STYLE: validation at every edge, CLI flags too).
import type { z } from 'zod';
import { badInput } from './errors.ts';

/**
 * Parses `input` with `schema`; on failure throws a bad-input error naming the flags, e.g.
 * `--admin-email: a valid email address`. `flagOf` maps schema fields to flag names.
 */
export function parseFlags<S extends z.ZodType>(
  schema: S,
  input: unknown,
  flagOf: Record<string, string> = {},
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    const flag =
      flagOf[field] ?? (field ? `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : 'input');
    return `${flag}: ${i.message}`;
  });
  throw badInput(problems.join('; '));
}

/** Parses a whole positive number flag, or throws a bad-input error naming the flag. */
export function integerFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw badInput(`${flag}: must be a whole number, got "${value}"`);
  return Number.parseInt(value, 10);
}
