export { createApp, OPENAPI_PATH, type BuiltApp } from './app.ts';
export { parseEnv, EnvSchema, type Env } from './env.ts';
export { startServer, openConfiguredDatabase, configuredBlobStore, WEB_DIST } from './server.ts';
export type { RouteMeta, Access } from './http/route.ts';
export type { AppDeps } from './http/types.ts';
