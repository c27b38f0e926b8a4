export * from './client.ts';
export * as tables from './schema/index.ts';
export { acquireDataDirLock } from './lock.ts';
