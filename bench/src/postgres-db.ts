// A throw-away PostgreSQL database for one benchmark run, created from DATABASE_URL and dropped after.
import crypto from 'node:crypto';
import { adminQuery as admin, withDatabaseName } from '@openaims/db/postgres-admin';

/** Creates `aims_bench_<random>` on the server of `adminUrl`; returns its URL and how to drop it. */
export async function createBenchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `aims_bench_${crypto.randomBytes(6).toString('hex')}`;
  await admin(adminUrl, `create database "${name}"`);
  return {
    url: withDatabaseName(adminUrl, name),
    drop: () => admin(adminUrl, `drop database if exists "${name}" with (force)`),
  };
}

/** Drops (if present) and creates the database `name` on the server of `adminUrl` (bench:generate). */
export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, `drop database if exists "${name}" with (force)`);
  await admin(adminUrl, `create database "${name}"`);
}
