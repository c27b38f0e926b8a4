// Generic OpenID Connect sign-in. Registered only when AIMS_OIDC_* is configured.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/types.ts';

/** A configured OIDC relying party (see services/auth/oidc.service.ts). */
export interface OidcClient {
  issuer: string;
}

/** Registers the OIDC sign-in routes when a client is configured. */
export function oidcRoutes(_app: OpenAPIHono<AppEnv>, _oidc: OidcClient | undefined): void {}
