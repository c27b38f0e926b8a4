// Password hashing with argon2id (OWASP's first choice), via a native, prebuilt binding.
import type * as Argon2 from '@node-rs/argon2';
import { lazyRequire } from '../common/lazy-require.ts';

// Loaded on the first sign-in rather than at start (issue 17: cold start).
const argon2 = lazyRequire<typeof Argon2>('@node-rs/argon2');

const ARGON2ID = 2; // Algorithm.Argon2id (const enums do not cross isolated modules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id (OWASP parameters: 19 MiB, 2 iterations). */
export function hashPassword(password: string): Promise<string> {
  return argon2().hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/** Verifies a password; with no stored hash it still spends the same work, so timing does not reveal accounts. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword('not-a-real-password-0000');
    await argon2()
      .verify(await dummy, password)
      .catch(() => false);
    return false;
  }
  try {
    return await argon2().verify(stored, password);
  } catch {
    return false;
  }
}
