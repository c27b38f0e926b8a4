// GET /orgs/{orgId}/access-log?userId= (cursor paginated, newest first); the CSV is exports/access-log.csv.
import { AccessLogEntrySchema } from '@openaims/core';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';

export const accessLogKeys = { all: (orgId: string) => ['orgs', orgId, 'access-log'] as const };

export const accessLogQuery = (orgId: string, userId?: string) =>
  collectionQuery(accessLogKeys.all(orgId), `/orgs/${orgId}/access-log`, AccessLogEntrySchema, { userId });

export const useAccessLog = collectionHook(accessLogQuery);
