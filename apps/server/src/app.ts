// Builds the HTTP application: middleware, every module's routes, OpenAPI, docs and the web app.

import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError, fieldErrorsFromIssues, isImportRequest } from '@openaims/core';
import { configureTokenCache, createSmtpMailer, newKeptAnswers } from '@openaims/services';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { Registry } from 'prom-client';
import { docsRoutes } from './http/docs.ts';
import { gzipBody } from './http/gzip-body.ts';
import { metricsMiddleware, newMetrics } from './http/metrics.ts';
import { nulGuard } from './http/nul-guard.ts';
import { newPageCache } from './http/page-cache.ts';
import { principalMiddleware } from './http/principal.ts';
import { problemResponse } from './http/problem.ts';
import { defineRoutes, type RouteMeta } from './http/route.ts';
import type { AppDeps, AppEnv } from './http/types.ts';
import { serveWeb } from './http/web.ts';
import { accessLogRoutes } from './routes/access-log.routes.ts';
import { aiSystemsRoutes } from './routes/ai-systems.routes.ts';
import { annexIvRoutes } from './routes/annex-iv.routes.ts';
import { auditPackRoutes } from './routes/audit-pack.routes.ts';
import { auditsRoutes } from './routes/audits.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { catalogRoutes } from './routes/catalog.routes.ts';
import { clausesRoutes } from './routes/clauses.routes.ts';
import { commentsRoutes } from './routes/comments.routes.ts';
import { contextRoutes } from './routes/context.routes.ts';
import { coverageRoutes } from './routes/coverage.routes.ts';
import { dashboardRoutes } from './routes/dashboard.routes.ts';
import { demoRoutes } from './routes/demo.routes.ts';
import { deploymentGateRoutes } from './routes/deployment-gate.routes.ts';
import { documentsRoutes } from './routes/documents.routes.ts';
import { evidenceRoutes, isEvidenceUpload, UPLOAD_ENVELOPE_BYTES } from './routes/evidence.routes.ts';
import { exchangeRoutes } from './routes/exchange.routes.ts';
import { exportsRoutes } from './routes/exports.routes.ts';
import { impactsRoutes } from './routes/impacts.routes.ts';
import { importsRoutes } from './routes/imports.routes.ts';
import { improvementRoutes } from './routes/improvement.routes.ts';
import { inventoryRecordsRoutes } from './routes/inventory-records.routes.ts';
import { invitationsRoutes } from './routes/invitations.routes.ts';
import { ledgerRoutes } from './routes/ledger.routes.ts';
import { lessonsRoutes } from './routes/lessons.routes.ts';
import { managementReviewRoutes } from './routes/management-reviews.routes.ts';
import { membersRoutes } from './routes/members.routes.ts';
import { monitoringRoutes } from './routes/monitoring.routes.ts';
import { notificationsRoutes } from './routes/notifications.routes.ts';
import { objectivesRoutes } from './routes/objectives.routes.ts';
import { type OidcClient, oidcRoutes } from './routes/oidc.routes.ts';
import { orgSetupRoutes } from './routes/org-setup.routes.ts';
import { orgsRoutes } from './routes/orgs.routes.ts';
import { peopleRoutes } from './routes/people.routes.ts';
import { readinessRoutes } from './routes/readiness.routes.ts';
import { riskSummaryRoutes } from './routes/risk-summary.routes.ts';
import { risksRoutes } from './routes/risks.routes.ts';
import { searchRoutes } from './routes/search.routes.ts';
import { soaRoutes } from './routes/soa.routes.ts';
import { systemRoutes } from './routes/system.routes.ts';
import { tasksRoutes } from './routes/tasks.routes.ts';
import { threatsRoutes } from './routes/threats.routes.ts';
import { tokensRoutes } from './routes/tokens.routes.ts';
import { transparencyRoutes } from './routes/transparency.routes.ts';
import { webhooksRoutes } from './routes/webhooks.routes.ts';

/** The built application with its route table (read by the authorization-matrix and OpenAPI tests). */
export interface BuiltApp {
  app: OpenAPIHono<AppEnv>;
  routes: RouteMeta[];
  openapiDocument(): ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']>;
}

export const OPENAPI_PATH = '/api/v1/openapi.json';

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The SMTP mailer the environment configures, or undefined (then nothing is mailed). */
export function configuredMailer(env: AppDeps['env']) {
  return env.AIMS_SMTP_URL
    ? createSmtpMailer({
        url: env.AIMS_SMTP_URL,
        from: env.AIMS_SMTP_FROM,
        tlsInsecure: env.AIMS_SMTP_TLS_INSECURE,
      })
    : undefined;
}

/** Creates the app. Nothing listens here: `main.ts` serves it, tests call `app.request()`. */
export function createApp(given: AppDeps & { oidc?: OidcClient }): BuiltApp {
  const deps = { ...given, mailer: given.mailer ?? configuredMailer(given.env) };
  configureTokenCache((given.env.AIMS_TOKEN_CACHE_SECONDS ?? 5) * 1000);
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldErrorsFromIssues(result.error.issues);
        throw new AppError(
          'VALIDATION_FAILED',
          `Invalid ${result.target}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
          {
            errors,
          },
        );
      }
    },
  });
  const metrics = new Registry();
  const instruments = newMetrics(metrics);
  const routes: RouteMeta[] = [];
  const route = defineRoutes(app, routes);

  app.use(requestId({ headerName: 'X-Request-Id', limitLength: 128 }));
  const pageCache = newPageCache(deps.env.AIMS_PAGE_CACHE_MB ?? 32);
  // Answers the services keep by revision go with the pages: AIMS_PAGE_CACHE_MB=0 turns both off.
  const keptAnswers = pageCache ? newKeptAnswers() : undefined;
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('pageCache', pageCache);
    c.set('keptAnswers', keptAnswers);
    c.set('log', deps.log.child({ requestId: c.get('requestId') }));
    await next();
  });
  app.use(metricsMiddleware(instruments));
  // `overwrite: false` lets a route tighten a header, e.g. the evidence download's sandbox CSP.
  app.use(
    secureHeaders({
      contentSecurityPolicy: CSP,
      xFrameOptions: 'DENY',
      referrerPolicy: 'same-origin',
      crossOriginEmbedderPolicy: false,
      overwrite: false,
    }),
  );
  // hono's bodyLimit counts the bytes as the body streams in (and trusts no Content-Length), so an oversized
  // body is refused before it is read whole; the message names the setting an operator would raise.
  const limit = (max: number, what: string, setting: string) =>
    bodyLimit({
      maxSize: max,
      onError: () => {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `${what} is larger than ${max} bytes; the server's limit is set by ${setting}.`,
        );
      },
    });
  const apiLimit = limit(deps.env.AIMS_BODY_LIMIT_BYTES, 'The request body', 'AIMS_BODY_LIMIT_BYTES');
  // An evidence upload may be as large as the evidence limit, plus room for the multipart envelope and fields.
  const uploadLimit = limit(
    deps.env.AIMS_EVIDENCE_MAX_BYTES + UPLOAD_ENVELOPE_BYTES,
    'The upload',
    'AIMS_EVIDENCE_MAX_BYTES',
  );
  const importLimit = limit(deps.env.AIMS_IMPORT_MAX_BYTES, 'The import file', 'AIMS_IMPORT_MAX_BYTES');
  // A GET or HEAD carries no body the app reads (the Fetch API drops it), so the limit would only pass it on, but
  // asking for the body builds the whole Fetch Request from Node's: about a twentieth of a kept read's CPU (issue 17).
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : isEvidenceUpload(c.req.method, c.req.path, c.req.header('content-type'))
        ? uploadLimit(c, next)
        : isImportRequest(c.req.method, c.req.path)
          ? importLimit(c, next)
          : apiLimit(c, next),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
  });
  app.use('/api/v1/orgs/:orgId/otlp/*', gzipBody(deps.env.AIMS_BODY_LIMIT_BYTES));
  app.use('/api/*', nulGuard);
  app.use('/api/*', principalMiddleware);
  app.onError((err, c) => problemResponse(err, c));

  systemRoutes(route, metrics);
  authRoutes(route, { oidcEnabled: !!deps.oidc });
  oidcRoutes(app, deps.oidc, routes);
  orgsRoutes(route);
  orgSetupRoutes(route);
  membersRoutes(route);
  invitationsRoutes(route);
  tokensRoutes(route);
  aiSystemsRoutes(route);
  inventoryRecordsRoutes(route);
  deploymentGateRoutes(route);
  exchangeRoutes(route);
  ledgerRoutes(route);
  accessLogRoutes(route);
  annexIvRoutes(route);
  commentsRoutes(route);
  catalogRoutes(route);
  soaRoutes(route);
  clausesRoutes(route);
  coverageRoutes(route);
  readinessRoutes(route);
  contextRoutes(route);
  objectivesRoutes(route);
  lessonsRoutes(route);
  peopleRoutes(route);
  improvementRoutes(route);
  auditPackRoutes(route);
  managementReviewRoutes(route);
  auditsRoutes(route);
  exportsRoutes(route);
  importsRoutes(route);
  riskSummaryRoutes(route);
  searchRoutes(route);
  dashboardRoutes(route);
  demoRoutes(route);
  risksRoutes(route);
  tasksRoutes(route);
  impactsRoutes(route);
  documentsRoutes(route);
  threatsRoutes(route);
  evidenceRoutes(route);
  monitoringRoutes(route);
  notificationsRoutes(route);
  webhooksRoutes(route);
  transparencyRoutes(route);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'API token (aims_…)',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'aims_session',
  });
  const documentConfig = {
    openapi: '3.1.0',
    info: {
      title: 'OpenAIMS API',
      version: '1.0.0',
      description:
        'ISO/IEC 42001 AI management system. Errors are RFC 9457 problem+json. Collections page with `limit` and `cursor`.',
      license: { name: 'Apache-2.0' },
    },
  };
  app.doc31(OPENAPI_PATH, documentConfig);
  docsRoutes(app);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/') || c.req.method !== 'GET')
      return problemResponse(new AppError('NOT_FOUND', `No route ${c.req.method} ${c.req.path}.`), c);
    return serveWeb(c, deps.webDir);
  });

  return { app, routes, openapiDocument: () => app.getOpenAPI31Document(documentConfig) };
}
