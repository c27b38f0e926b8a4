// Ad-hoc (issue 17): prints the bytes of several risk-list answers on the generated dataset (whole register in
// pages of 500, sorted and filtered pages of 50), so that a faster list can be checked byte for byte:
//   node --import tsx bench/src/scale/dump-risks.ts > before.txt   … change …   > after.txt; cmp before.txt after.txt
import { openDatasetApp } from '../dataset-app.ts';

const { app, database, info, headers } = await openDatasetApp('small');
const queries = [
  'limit=500',
  'limit=50&sort=-inherentScore',
  'limit=50&sort=title',
  'limit=50&sort=-updatedAt&level=high',
  'limit=50&controlRef=A.6.2.6',
  'limit=20&q=risk 00&status=open',
];
for (const q0 of queries) {
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q = new URLSearchParams(q0);
    if (cursor) q.set('cursor', cursor);
    const res = await app.request(`http://127.0.0.1/api/v1/orgs/${info.orgId}/risks?${q}`, { headers });
    const text = await res.text();
    process.stdout.write(`${q0} ${res.status} ${res.headers.get('content-type')}\n${text}\n`);
    cursor = res.status === 200 ? (JSON.parse(text) as { nextCursor: string | null }).nextCursor : null;
  } while (cursor && ++pages < 30);
}
const one = await app.request(`http://127.0.0.1/api/v1/orgs/${info.orgId}/risks?limit=1`, { headers });
const id = ((await one.json()) as { items: { id: string }[] }).items[0]!.id;
const single = await app.request(`http://127.0.0.1/api/v1/orgs/${info.orgId}/risks/${id}`, { headers });
process.stdout.write(`get ${single.status} ${single.headers.get('etag')}\n${await single.text()}\n`);
await database.close();
