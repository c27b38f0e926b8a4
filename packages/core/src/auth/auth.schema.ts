import { z } from 'zod';
import { MyOrganizationSchema } from '../orgs/org.schema.ts';

/** Minimum password length (NIST SP 800-63B favours length over composition rules). */
export const MIN_PASSWORD_LENGTH = 12;

export const EmailSchema = z.string().trim().toLowerCase().email('a valid email address').max(254);
export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200);

/** First set-up: the first organization and its owner; accepted only while no user exists. */
export const SetupSchema = z
  .object({
    organizationName: z.string().trim().min(1, 'required').max(120),
    name: z.string().trim().min(1, 'required').max(120),
    email: EmailSchema,
    password: PasswordSchema,
  })
  .strict();
export type SetupInput = z.infer<typeof SetupSchema>;

export const LoginSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(200) }).strict();
export type LoginInput = z.infer<typeof LoginSchema>;

export const UserSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });
export type User = z.infer<typeof UserSchema>;

/** `GET /api/v1/me`: who is calling, their organizations, and the CSRF token for cookie writes. */
export const MeSchema = z.object({
  user: UserSchema.nullable(),
  token: z.object({ id: z.string(), organizationId: z.string(), role: z.string() }).nullable(),
  organizations: z.array(MyOrganizationSchema),
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof MeSchema>;

export const SetupStatusSchema = z.object({ needsSetup: z.boolean(), oidc: z.boolean() });
export const SetupResultSchema = z.object({ organizationId: z.string(), userId: z.string() });
