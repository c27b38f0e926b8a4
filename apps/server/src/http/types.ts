import type { Role, User } from '@openaims/core';
import type { Database } from '@openaims/db';
import type { BlobStore, KeptAnswers, Mailer, OrgContext } from '@openaims/services';
import type { Logger } from 'pino';
import type { Env } from '../env.ts';
import type { PageCache } from './page-cache.ts';

/** Who is calling: a signed-in user (cookie) or an API token (Bearer). */
export type Principal =
  | { kind: 'user'; user: User; csrfToken: string; sessionSecret: string }
  | { kind: 'token'; token: { id: string; organizationId: string; role: Role; createdBy: string | null } };

/** What the app is built from; tests build it with a test database. */
export interface AppDeps {
  database: Database;
  env: Env;
  log: Logger;
  /** Where evidence files are stored (`${AIMS_DATA_DIR}/evidence` on disk by default). */
  blobs: BlobStore;
  /** Directory of the built web app; absent in API-only tests. */
  webDir?: string;
  /** SMTP mailer when AIMS_SMTP_URL is set (`createApp` builds it from the environment when not given). */
  mailer?: Mailer;
}

/** Hono environment: per-request variables set by middleware. */
export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    deps: AppDeps;
    principal: Principal | undefined;
    org: OrgContext;
    /** This app's serialized list pages by content revision; absent when AIMS_PAGE_CACHE_MB is 0. */
    pageCache: PageCache | undefined;
    /** This app's answers kept by content revision for the services (the dashboard's parts); absent with the above. */
    keptAnswers: KeptAnswers | undefined;
  };
};
