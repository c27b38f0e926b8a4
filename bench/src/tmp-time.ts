import { openDatasetApp } from './dataset-app.ts';

const { app, database, info, headers } = await openDatasetApp('small');
const base = `/api/v1/orgs/${info.orgId}`;
for (const p of (process.argv[2] ?? '/ai-systems?limit=50').split(',')) {
  const ts: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    const r = await app.request(base + p, { headers });
    await r.text();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  console.log(p, 'median', ts[20]!.toFixed(1), 'min', ts[0]!.toFixed(1));
}
await database.close();
