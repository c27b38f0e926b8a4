// First set-up, sign-in/out, who-am-I, and accepting invitations.

import { createRoute, z } from '@hono/zod-openapi';
import {
  AcceptInvitationSchema,
  AppError,
  LoginSchema,
  MeSchema,
  PasswordResetAcceptedSchema,
  PasswordResetRequestSchema,
  PasswordResetSchema,
  RoleSchema,
  SetupResultSchema,
  SetupSchema,
  SetupStatusSchema,
  UpdateMeSchema,
} from '@openaims/core';
import {
  acceptInvitation,
  createSession,
  deleteSession,
  getOrganization,
  login,
  meForToken,
  meForUser,
  needsSetup,
  PASSWORD_RESET_ACCEPTED,
  previewInvitation,
  requestPasswordReset,
  resetPassword,
  setup,
  updateMyLocale,
} from '@openaims/services';
import { clientAddress } from '../http/client-address.ts';
import { clearSessionCookies, setSessionCookies } from '../http/cookies.ts';
import { errorResponses, errorsOf, json, jsonBody } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['auth'];

export function authRoutes(route: RouteFn, opts: { oidcEnabled: boolean }): void {
  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/api/v1/setup',
      tags,
      summary: 'Whether first set-up is still needed',
      responses: { 200: json(SetupStatusSchema) },
    }),
    async (c) =>
      c.json({ needsSetup: await needsSetup(c.get('deps').database.db), oidc: opts.oidcEnabled }, 200),
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'post',
      path: '/api/v1/setup',
      tags,
      summary: 'First set-up: the first organization and its owner (only while no user exists)',
      request: { body: jsonBody(SetupSchema) },
      responses: {
        201: json(SetupResultSchema, 'Created and signed in'),
        ...errorsOf(400, 409),
      },
    }),
    async (c) => {
      const db = c.get('deps').database.db;
      const result = await setup(db, c.req.valid('json'));
      setSessionCookies(c, await createSession(db, result.userId));
      c.header('Location', `/api/v1/orgs/${result.organizationId}`);
      return c.json(result, 201);
    },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'post',
      path: '/api/v1/auth/login',
      tags,
      summary: 'Sign in with email and password (sets an HttpOnly session cookie)',
      request: { body: jsonBody(LoginSchema) },
      responses: {
        200: json(MeSchema),
        ...errorsOf(400, 401, 429),
      },
    }),
    async (c) => {
      const db = c.get('deps').database.db;
      const { user, session } = await login(db, c.req.valid('json'), clientAddress(c));
      setSessionCookies(c, session);
      return c.json(await meForUser(db, user, session.csrfToken), 200);
    },
  );

  route(
    { scope: 'user' },
    createRoute({
      method: 'post',
      path: '/api/v1/auth/logout',
      tags,
      summary: 'Sign out (ends the session)',
      responses: { 204: { description: 'Signed out' }, 401: errorResponses[401] },
    }),
    async (c) => {
      const p = c.get('principal');
      if (p?.kind === 'user') await deleteSession(c.get('deps').database.db, p.sessionSecret);
      clearSessionCookies(c);
      return c.body(null, 204);
    },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/api/v1/me',
      tags,
      summary: 'Who is calling: user or token, organizations, CSRF token',
      responses: { 200: json(MeSchema), 401: errorResponses[401] },
    }),
    async (c) => {
      const p = c.get('principal');
      const db = c.get('deps').database.db;
      if (!p) throw new AppError('UNAUTHENTICATED', 'Sign in or send an API token.');
      if (p.kind === 'user') return c.json(await meForUser(db, p.user, p.csrfToken), 200);
      const ctx = {
        db,
        actor: { type: 'token' as const, id: p.token.id },
        orgId: p.token.organizationId,
        role: p.token.role,
      };
      const org = await getOrganization(ctx);
      return c.json(meForToken(p.token, { ...org, role: p.token.role }), 200);
    },
  );

  route(
    { scope: 'user' },
    createRoute({
      method: 'patch',
      path: '/api/v1/me',
      tags,
      summary: 'Change the signed-in person’s own settings (the web app’s language)',
      request: { body: jsonBody(UpdateMeSchema) },
      responses: {
        200: json(MeSchema),
        ...errorsOf(400, 401, 403),
      },
    }),
    async (c) => {
      const p = c.get('principal');
      const db = c.get('deps').database.db;
      if (p?.kind !== 'user') throw new AppError('FORBIDDEN', 'Only a signed-in person has settings.');
      await updateMyLocale(db, p.user.id, c.req.valid('json').locale);
      return c.json(await meForUser(db, p.user, p.csrfToken), 200);
    },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'get',
      path: '/api/v1/invitations/{code}',
      tags,
      summary: 'What an invitation offers (organization, email, role)',
      request: { params: z.object({ code: z.string().min(10).max(200) }) },
      responses: {
        200: json(
          z.object({
            organizationName: z.string(),
            email: z.string(),
            role: RoleSchema,
            expiresAt: z.string(),
          }),
        ),
        404: errorResponses[404],
      },
    }),
    async (c) => c.json(await previewInvitation(c.get('deps').database.db, c.req.valid('param').code), 200),
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'post',
      path: '/api/v1/invitations/accept',
      tags,
      summary: 'Accept an invitation (signed in as the invited email, or creating the account)',
      request: { body: jsonBody(AcceptInvitationSchema) },
      responses: {
        200: json(z.object({ organizationId: z.string(), userId: z.string(), createdUser: z.boolean() })),
        ...errorsOf(400, 401, 404, 422),
      },
    }),
    async (c) => {
      const db = c.get('deps').database.db;
      const p = c.get('principal');
      if (p?.kind === 'token') throw new AppError('FORBIDDEN', 'An API token cannot accept an invitation.');
      const out = await acceptInvitation(db, c.req.valid('json'), p?.kind === 'user' ? p.user : undefined);
      if (!p) setSessionCookies(c, await createSession(db, out.user.id));
      return c.json(
        { organizationId: out.organizationId, userId: out.user.id, createdUser: out.createdUser },
        200,
      );
    },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'post',
      path: '/api/v1/auth/password-reset',
      tags,
      summary:
        'Ask for a password-reset link by e-mail; answered 202 alike whether or not the account exists',
      request: { body: jsonBody(PasswordResetRequestSchema) },
      responses: {
        202: json(PasswordResetAcceptedSchema, 'Accepted'),
        ...errorsOf(400, 429),
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const { email } = c.req.valid('json');
      const out = await requestPasswordReset(deps.database.db, email, {
        address: clientAddress(c),
        publicUrl: deps.env.AIMS_PUBLIC_URL ?? new URL(c.req.url).origin,
        mail: !!deps.mailer,
      });
      // A security log line, not a ledger entry: users are instance-wide, not organization records.
      c.get('log').info({ event: 'auth.password_reset.requested', ...out }, 'password reset requested');
      return c.json({ message: PASSWORD_RESET_ACCEPTED }, 202);
    },
  );

  route(
    { scope: 'public' },
    createRoute({
      method: 'post',
      path: '/api/v1/auth/password-reset/{token}',
      tags,
      summary:
        'Set a new password with an e-mailed reset token (single use, 60 minutes); ends all of the user’s sessions',
      request: {
        params: z.object({ token: z.string().min(20).max(200) }),
        body: jsonBody(PasswordResetSchema),
      },
      responses: {
        204: { description: 'Password changed; sign in with it' },
        ...errorsOf(400, 422),
      },
    }),
    async (c) => {
      const out = await resetPassword(
        c.get('deps').database.db,
        c.req.valid('param').token,
        c.req.valid('json'),
      );
      c.get('log').warn(
        { event: 'auth.password_reset.completed', userId: out.userId, sessionsEnded: out.sessionsEnded },
        'password reset completed; all sessions ended',
      );
      return c.body(null, 204);
    },
  );
}
