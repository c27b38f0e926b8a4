// Scratch databases on a PostgreSQL server, for tests and benchmarks: one admin statement on its own connection
// (CREATE and DROP DATABASE cannot run inside a pool's transaction), and the URL of another database there.
import pg from 'pg';

/** Runs `fn` with a connected client of `url`, and always disconnects it. */
export async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs one statement (such as `create database …`) on its own connection to `url`. */
export async function adminQuery(url: string, text: string): Promise<void> {
  await withAdmin(url, (c) => c.query(text));
}

/** The URL of the database `name` on the server of `url`. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
