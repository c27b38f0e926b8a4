// Ad-hoc (issue 17): walk the generated register in-process (no network, no load generator) and report wall and
// CPU time per walk, so that a change can be judged on a busy shared machine. Run under `node --cpu-prof` to see
// where a request's time goes:
//   node --import tsx bench/src/profile-register.ts [--size small] [--walks 200]   (DATABASE_URL for PostgreSQL)
import { parseArgs } from 'node:util';
import type { Size } from './dataset.ts';
import { openDatasetApp } from './dataset-app.ts';

const { values } = parseArgs({
  options: { size: { type: 'string', default: 'small' }, walks: { type: 'string', default: '200' } },
});
const size = values.size as Size;
const { app, database, info, headers } = await openDatasetApp(size);

async function walk(): Promise<number> {
  let cursor: string | null = null;
  let n = 0;
  do {
    const q = new URLSearchParams({ limit: '500' });
    if (cursor) q.set('cursor', cursor);
    const res = await app.request(`http://127.0.0.1/api/v1/orgs/${info.orgId}/risks?${q}`, { headers });
    if (res.status !== 200) throw new Error(`${res.status}: ${await res.text()}`);
    const page = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return n;
}

for (let i = 0; i < 20; i++) await walk();
const walks = Number(values.walks);
const times: number[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < walks; i++) {
  const t = performance.now();
  await walk();
  times.push(performance.now() - t);
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
times.sort((a, b) => a - b);
console.log(
  `${database.engine}: ${walks} walks of ${await walk()} risks; p50 ${times[Math.floor(walks / 2)]!.toFixed(1)} ms, mean ${(wall / walks).toFixed(1)} ms, server CPU ${((cpu.user + cpu.system) / 1000 / walks).toFixed(1)} ms a walk`,
);
await database.close();
