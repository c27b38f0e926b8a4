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

/** The languages the web app speaks; English is the fallback for anything missing. */
export const LOCALES = ['en', 'de', 'fr'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** `GET /api/v1/me`: who is calling, their organizations, and the CSRF token for cookie writes. */
export const MeSchema = z.object({
  user: UserSchema.nullable(),
  token: z.object({ id: z.string(), organizationId: z.string(), role: z.string() }).nullable(),
  organizations: z.array(MyOrganizationSchema),
  csrfToken: z.string().nullable(),
  /** The signed-in person's chosen language; null until chosen (the browser's language applies). */
  locale: LocaleSchema.nullable().default(null),
});
export type Me = z.infer<typeof MeSchema>;

/** `PATCH /api/v1/me`: the signed-in person's own settings (null forgets the language choice). */
export const UpdateMeSchema = z.object({ locale: LocaleSchema.nullable() }).strict();
export type UpdateMeInput = z.infer<typeof UpdateMeSchema>;

export const SetupStatusSchema = z.object({ needsSetup: z.boolean(), oidc: z.boolean() });
export const SetupResultSchema = z.object({ organizationId: z.string(), userId: z.string() });

/** `POST /auth/password-reset`: ask for a reset link by e-mail (always answered alike: no account enumeration). */
export const PasswordResetRequestSchema = z.object({ email: EmailSchema }).strict();
export type PasswordResetRequestInput = z.infer<typeof PasswordResetRequestSchema>;

/** `POST /auth/password-reset/{token}`: the new password, under the same rules as first set-up. */
export const PasswordResetSchema = z.object({ password: PasswordSchema }).strict();
export type PasswordResetInput = z.infer<typeof PasswordResetSchema>;

/** The web form: the new password twice. */
export const PasswordResetFormSchema = z
  .object({ password: PasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: 'the passwords differ', path: ['confirm'] });
export type PasswordResetFormInput = z.infer<typeof PasswordResetFormSchema>;

/** The answer to a reset request: the same whether or not the account exists. */
export const PasswordResetAcceptedSchema = z.object({ message: z.string() });
