import type { Role } from '@openaims/core';
import type { Db } from '@openaims/db';
import type { KeptAnswers } from './common/kept-answers.ts';

/** Who is acting: a signed-in user, an API token, or the system itself (CLI, jobs). */
export interface Actor {
  type: 'user' | 'token' | 'system';
  /** User id, token id, or null for the system. */
  id: string | null;
  /** The human behind the action, when there is one (a token's creator is not its actor). */
  userId?: string | null;
}

/** Everything a tenant-scoped use-case needs: the database, the actor, the organization and the actor's role in it. */
export interface OrgContext {
  db: Db;
  actor: Actor;
  orgId: string;
  role: Role;
  /** Answers kept by the revision of their content, when the caller keeps any (the server does; see kept-answers.ts). */
  kept?: KeptAnswers;
}

/** The system actor, for operator commands run on the data directly. */
export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, userId: null };
