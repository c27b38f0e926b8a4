// Set-up job of the `write` scenario (issue 17): the dataset's token is a viewer's, which may not write, so this
// creates an API token with the `contributor` role (the least role that may create risks) through the services,
// before the server opens the data (embedded PGlite allows one process per data directory). Each run makes its
// own, expiring after a day.
import { createToken, SYSTEM_ACTOR } from '@openaims/services';
import { runJob } from './job.ts';

await runJob(async ({ db }) => {
  const orgId = process.env.BENCH_ORG_ID ?? '';
  const { token } = await createToken(
    { db, orgId, role: 'owner', actor: SYSTEM_ACTOR },
    { name: 'bench write', role: 'contributor', expiresInDays: 1 },
  );
  return { token };
});
