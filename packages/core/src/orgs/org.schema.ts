import { z } from 'zod';
import { EntityBaseSchema, nameString, patchSchema } from '../common/entity.ts';
import { ROLES } from './permissions.ts';

export const RoleSchema = z.enum(ROLES);

/** An organization: the tenant every record belongs to. */
export const OrganizationSchema = EntityBaseSchema.extend({
  name: z.string(),
  slug: z.string(),
  /** Option (§5.3, A.3.2): the person who submits an SoA version may not approve it. */
  soaSeparationOfDuties: z.boolean(),
  /** Option (§7.5.2, A.3.2): four-eyes approval — the author of a document version may not approve it. */
  documentFourEyes: z.boolean(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

/** An organization as listed for its member, with the member's role. */
export const MyOrganizationSchema = OrganizationSchema.extend({ role: RoleSchema });
export type MyOrganization = z.infer<typeof MyOrganizationSchema>;

export const CreateOrganizationSchema = z.object({ name: nameString(120) }).strict();
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationSchema>;
/** Body of `PATCH /orgs/{orgId}`: a new name and/or the organization's options. */
export const UpdateOrganizationSchema = patchSchema({
  name: nameString(120),
  soaSeparationOfDuties: z.boolean(),
  documentFourEyes: z.boolean(),
});
export type UpdateOrganizationInput = z.infer<typeof UpdateOrganizationSchema>;

/** A member of an organization: a user with a role. */
export const MemberSchema = EntityBaseSchema.extend({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  /** When time-boxed access (an external auditor's) ends; null: no end. */
  accessEndsAt: z.string().datetime().nullable(),
});
export type Member = z.infer<typeof MemberSchema>;

/** An instant in the future, with a time zone (ISO 8601), for access and token end dates. */
export const FutureInstantSchema = z
  .string()
  .datetime({ offset: true })
  .refine((v) => Date.parse(v) > Date.now(), 'must be in the future');

export const UpdateMemberSchema = z
  .object({ role: RoleSchema, accessEndsAt: FutureInstantSchema.nullable().optional() })
  .strict();

/** An invitation to join an organization with a role; the code is shown once. */
export const InvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  invitedBy: z.string(),
  createdAt: z.string().datetime(),
  expiresAt: z.string().datetime(),
  acceptedAt: z.string().datetime().nullable(),
  revokedAt: z.string().datetime().nullable(),
  accessEndsAt: z.string().datetime().nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const CreateInvitationSchema = z
  .object({
    email: z.string().trim().toLowerCase().email().max(254),
    role: RoleSchema,
    /** Time-boxed membership (an external auditor): access ends by itself at this instant. */
    accessEndsAt: FutureInstantSchema.nullable().optional(),
  })
  .strict();
export type CreateInvitationInput = z.infer<typeof CreateInvitationSchema>;
export const CreatedInvitationSchema = InvitationSchema.extend({
  code: z.string(),
  acceptUrl: z.string(),
  /** Whether the invitation was queued as an e-mail to the invitee (only when the server has SMTP). */
  emailQueued: z.boolean().optional(),
});
export const AcceptInvitationSchema = z
  .object({
    code: z.string().min(10).max(200),
    name: z.string().trim().min(1).max(120).optional(),
    password: z.string().min(12).max(200).optional(),
  })
  .strict();
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>;

/** An API token: bound to one organization and one role, stored hashed. */
export const ApiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: RoleSchema,
  prefix: z.string(),
  createdAt: z.string().datetime(),
  createdBy: z.string().nullable(),
  expiresAt: z.string().datetime().nullable(),
  lastUsedAt: z.string().datetime().nullable(),
  revokedAt: z.string().datetime().nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const CreateApiTokenSchema = z
  .object({
    name: nameString(120),
    role: RoleSchema,
    expiresInDays: z.number().int().min(1).max(3650).optional(),
    /** An exact expiry instant (ISO 8601); takes precedence over expiresInDays. */
    expiresAt: FutureInstantSchema.optional(),
  })
  .strict();
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;
/** The create response: the only time the secret is shown. */
export const CreatedApiTokenSchema = ApiTokenSchema.extend({ token: z.string() });
