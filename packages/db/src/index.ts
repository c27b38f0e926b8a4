export * from './client.ts';
export { acquireDataDirLock } from './lock.ts';
export * as tables from './schema/index.ts';
