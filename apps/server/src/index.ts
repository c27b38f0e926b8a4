export { type BuiltApp, configuredMailer, createApp, OPENAPI_PATH } from './app.ts';
export { type Env, EnvSchema, parseEnv } from './env.ts';
export { applyHeapGrowth } from './heap-growth.ts';
export type { Access, RouteMeta } from './http/route.ts';
export type { AppDeps } from './http/types.ts';
export { configuredBlobStore, startServer, WEB_DIST } from './server.ts';
export { openConfiguredDatabase } from './storage.ts';
