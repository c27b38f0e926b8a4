export { applyHeapGrowth } from '@openaims/services';
export { type BuiltApp, configuredMailer, createApp, OPENAPI_PATH } from './app.ts';
export { type Env, EnvSchema, parseEnv } from './env.ts';
export type { Access, RouteMeta } from './http/route.ts';
export type { AppDeps } from './http/types.ts';
export { configuredBlobStore, startServer, WEB_DIST } from './server.ts';
export { openConfiguredDatabase } from './storage.ts';
