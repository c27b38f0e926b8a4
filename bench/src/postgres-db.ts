// A throw-away PostgreSQL database for one benchmark run, created from DATABASE_URL and dropped after.
import crypto from 'node:crypto';
import pg from 'pg';

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates `aims_bench_<random>` on the server of `adminUrl`; returns its URL and how to drop it. */
export async function createBenchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `aims_bench_${crypto.randomBytes(6).toString('hex')}`;
  await admin(adminUrl, `create database "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(adminUrl, `drop database if exists "${name}" with (force)`) };
}

/** Drops (if present) and creates the database `name` on the server of `adminUrl` (bench:generate). */
export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, `drop database if exists "${name}" with (force)`);
  await admin(adminUrl, `create database "${name}"`);
}
