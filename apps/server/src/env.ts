// The server's configuration: parsed once from process.env with zod; a bad value stops the start.
import net from 'node:net';
import { DEFAULT_EVIDENCE_MAX_BYTES, DEFAULT_IMPORT_MAX_BYTES } from '@openaims/core';
import { parseS3Url } from '@openaims/services';
import { z } from 'zod';

const boolish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  AIMS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  AIMS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AIMS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AIMS_PUBLIC_URL: z.string().url().optional(),
  // Issue 17: how long a resolved API token is trusted without asking the database again (0 = every request
  // asks). A revocation made through another process is seen within this time; see docs/benchmarks.md.
  AIMS_TOKEN_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  // Issue 17: memory for serialized list pages kept by their content's revision (0 = none); see page-cache.ts.
  AIMS_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  // Issue 17: how far the V8 heap may grow past what is live before a full collection, in percent (0: V8's own
  // choice, up to 300 % on a large machine); see services/common/heap-growth.ts.
  AIMS_HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(300).default(100),
  AIMS_COOKIE_SECURE: boolish.optional(),
  AIMS_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 ** 3)
    .default(1024 * 1024),
  // Evidence uploads (DESIGN §5): the largest file accepted; the upload route alone takes a body this large.
  AIMS_EVIDENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(512 * 1024 ** 2)
    .default(DEFAULT_EVIDENCE_MAX_BYTES),
  // Issue 11: evidence in an S3-compatible bucket instead of the data directory (several servers share it).
  AIMS_EVIDENCE_S3_URL: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // Import files (DESIGN §6: OSCAL catalogs, BOMs, cards): the import routes alone take a body this large.
  AIMS_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 ** 3)
    .default(DEFAULT_IMPORT_MAX_BYTES),
  // Proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For names the real client; empty:
  // trust none, and key the sign-in limits on the connection's peer (SECURITY.md).
  AIMS_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const list = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const entry of list) {
        if (!isAddressOrCidr(entry)) {
          ctx.addIssue({ code: 'custom', message: `${entry} is not an IP address or CIDR range` });
          return z.NEVER;
        }
      }
      return list;
    }),
  AIMS_OIDC_ISSUER: z.string().url().optional(),
  AIMS_OIDC_CLIENT_ID: z.string().min(1).optional(),
  AIMS_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  AIMS_OIDC_SCOPES: z.string().default('openid email profile'),
  // E-mail (§7.4): reminders and invitations go out over SMTP when a URL is set; without one, nothing is mailed.
  AIMS_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:2525')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  AIMS_SMTP_FROM: z.string().min(3).max(300).default('OpenAIMS <openaims@localhost>'),
  AIMS_SMTP_TLS_INSECURE: boolish.default(false),
  // Background jobs (ADR 0006): how often a server process looks for due jobs; 0 turns its worker off.
  AIMS_JOBS_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  /** A folder for a daily backup of the whole instance, written by the server's job worker; unset: none. */
  AIMS_BACKUP_DIR: z.string().min(1).optional(),
  /** A JSON file replacing the EU AI Act application dates table (amendments without a release). */
  AIMS_AI_ACT_DATES_FILE: z.string().min(1).optional(),
  /** How many scheduled backups to keep (the newest). */
  AIMS_BACKUP_KEEP: z.coerce.number().int().min(1).max(3650).default(7),
});
export type Env = z.infer<typeof EnvSchema>;

function isAddressOrCidr(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (!family || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/** Parses the environment or throws an Error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = result.data;
  if (env.AIMS_EVIDENCE_S3_URL) {
    try {
      parseS3Url(env.AIMS_EVIDENCE_S3_URL, source);
    } catch (e) {
      throw new Error(`Invalid configuration:\n  AIMS_EVIDENCE_S3_URL: ${(e as Error).message}`);
    }
  }
  const oidc = [env.AIMS_OIDC_ISSUER, env.AIMS_OIDC_CLIENT_ID, env.AIMS_OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new Error(
      'Invalid configuration:\n  AIMS_OIDC_ISSUER, AIMS_OIDC_CLIENT_ID and AIMS_OIDC_CLIENT_SECRET go together',
    );
  }
  return env;
}
