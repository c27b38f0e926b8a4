// An import: `POST /api/v1/orgs/{orgId}/imports/{kind}` with the file itself as the body and its options in the
// query (`dryRun=true` previews). The inventory, AIID and OSCAL imports were each the same route around one
// importer call; declaring them from a short spec keeps their OpenAPI entries and handlers alike.
import { createRoute, type RouteConfig, type z } from '@hono/zod-openapi';
import type { Permission } from '@openaims/core';
import type { OrgContext } from '@openaims/services';
import type { Context } from 'hono';
import { errorResponses, fileBody, json, OrgParams } from './openapi-helpers.ts';
import type { RouteFn } from './route.ts';
import type { AppEnv } from './types.ts';
import { validInput } from './validated.ts';

/** One import of a file format into the organization's records. */
export interface FileImport<Q extends z.ZodObject, R extends z.ZodType> {
  permission: Permission;
  /** After `/api/v1/orgs/{orgId}/imports/`: `cyclonedx`, `aiid`, `oscal-catalog`. */
  kind: string;
  tags: string[];
  summary: string;
  /** What to send and the size limit, for the OpenAPI document. */
  description: string;
  query: Q;
  response: R;
  /** Reads the file's text with the validated query; answers what was (or, on a dry run, would be) imported. */
  run(ctx: OrgContext, text: string, query: z.output<Q>): Promise<z.output<R>>;
}

/** Registers the import's route on the registrar. */
export function fileImportRoute<Q extends z.ZodObject, R extends z.ZodType>(
  route: RouteFn,
  spec: FileImport<Q, R>,
): void {
  const config: RouteConfig = createRoute({
    method: 'post',
    path: `/api/v1/orgs/{orgId}/imports/${spec.kind}`,
    tags: spec.tags,
    summary: spec.summary,
    description: spec.description,
    // Raw bytes, any content type: the importer checks the file itself and names where it is wrong, and media
    // types such as application/oscal+json or text/plain are not refused.
    request: { params: OrgParams, query: spec.query, body: fileBody() },
    responses: { 200: json(spec.response), ...errorResponses },
  });
  route({ scope: 'org', permission: spec.permission }, config, async (c: Context<AppEnv>) => {
    const query = validInput<z.output<Q>>(c, 'query');
    // The text as sent (not re-serialized JSON), so a recorded SHA-256 is the uploaded file's and errors can name
    // its lines.
    const text = await c.req.text();
    return c.json((await spec.run(c.get('org'), text, query)) as object, 200);
  });
}
