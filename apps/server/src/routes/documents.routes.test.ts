import {
  DocumentAcknowledgementSchema,
  DocumentSchema,
  DocumentVersionSchema,
  pageSchema,
} from '@openaims/core';
import { hashPassword } from '@openaims/services';
import { addMember, buildUser } from '@openaims/services/testing/factories';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';
import { sessionFrom } from '../testing/test-app.ts';

const { t, f } = appWithTwoOrgsForFile();

const org = (rest: string) => `/api/v1/orgs/${f.a.org.id}${rest}`;

describe('document routes', () => {
  it('creates the AI policy, drafts, submits, refuses a contributor approving (403), approves and acknowledges', async () => {
    const created = await t.call('POST', org('/documents'), {
      token: f.tokens.contributor,
      json: {
        title: 'AI policy',
        type: 'policy',
        mandatoryKey: 'ai_policy',
        requirementRefs: ['5.2'],
        content: '# AI policy',
      },
    });
    expect(created.status).toBe(201);
    const doc = DocumentSchema.parse(await created.json());
    expect(created.headers.get('location')).toBe(org(`/documents/${doc.id}`));
    expect(created.headers.get('etag')).toBe(`"${doc.version}"`);

    const versions = pageSchema(DocumentVersionSchema).parse(
      await (await t.call('GET', org(`/documents/${doc.id}/versions`), { token: f.tokens.viewer })).json(),
    );
    expect(versions.items.map((v) => v.status)).toEqual(['draft']);
    const v1 = versions.items[0]!;

    const submit = await t.call('POST', org(`/documents/${doc.id}/versions/${v1.id}/submit`), {
      token: f.tokens.contributor,
      json: {},
    });
    expect(submit.status).toBe(200);
    const refused = await t.call('POST', org(`/documents/${doc.id}/versions/${v1.id}/approve`), {
      token: f.tokens.contributor,
      json: {},
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const approved = await t.call('POST', org(`/documents/${doc.id}/versions/1/approve`), {
      token: f.tokens.owner,
      json: {},
    });
    expect(approved.status).toBe(200);
    expect(DocumentVersionSchema.parse(await approved.json()).status).toBe('approved');

    const after = DocumentSchema.parse(
      await (await t.call('GET', org(`/documents/${doc.id}`), { token: f.tokens.viewer })).json(),
    );
    expect(after).toMatchObject({
      status: 'approved',
      currentVersionNumber: 1,
      currentContentHash: v1.contentHash,
    });
    expect(after.nextReviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A frozen version is refused as a domain rule; an API token cannot acknowledge for a person.
    const frozen = await t.call('PATCH', org(`/documents/${doc.id}/versions/1`), {
      token: f.tokens.owner,
      json: { content: 'x' },
    });
    expect(frozen.status).toBe(422);
    expect(
      (
        await t.call('POST', org(`/documents/${doc.id}/acknowledge`), {
          token: f.tokens.contributor,
          json: {},
        })
      ).status,
    ).toBe(422);

    const user = await buildUser(t.database.db, {
      passwordHash: await hashPassword('correct horse battery'),
    });
    await addMember(t.database.db, f.a.org.id, 'contributor', user);
    const { cookie, csrf } = sessionFrom(
      await t.call('POST', '/api/v1/auth/login', {
        json: { email: user.email, password: 'correct horse battery' },
      }),
    );
    const ack = await t.call('POST', org(`/documents/${doc.id}/acknowledge`), {
      cookie,
      headers: { 'x-csrf-token': csrf },
      json: {},
    });
    expect(ack.status).toBe(200);
    expect(DocumentAcknowledgementSchema.parse(await ack.json())).toMatchObject({
      userId: user.id,
      versionNumber: 1,
    });
    const acks = pageSchema(DocumentAcknowledgementSchema).parse(
      await (
        await t.call('GET', org(`/documents/${doc.id}/acknowledgements`), { token: f.tokens.auditor })
      ).json(),
    );
    expect(acks.items.map((a) => a.userEmail)).toEqual([user.email]);

    const listed = pageSchema(DocumentSchema).parse(
      await (
        await t.call('GET', org('/documents?mandatoryKey=ai_policy&status=approved&reviewOverdue=false'), {
          token: f.tokens.viewer,
        })
      ).json(),
    );
    expect(listed.items.map((d) => d.id)).toEqual([doc.id]);
  });

  it('answers 400 for bad input and filters, 409 for a taken mandatory item, 422 for a second open draft', async () => {
    const bad = await t.call('POST', org('/documents'), {
      token: f.tokens.manager,
      json: { title: '', type: 'memo', mandatoryKey: 'nope', requirementRefs: ['A.42'] },
    });
    expect(bad.status).toBe(400);
    const problem = await bad.json();
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['title', 'type', 'mandatoryKey', 'requirementRefs.0']),
    );
    expect((await t.call('GET', org('/documents?type=memo'), { token: f.tokens.viewer })).status).toBe(400);
    expect((await t.call('GET', org('/documents?sort=owner'), { token: f.tokens.viewer })).status).toBe(400);

    const scope = await (
      await t.call('POST', org('/documents'), {
        token: f.tokens.manager,
        json: { title: 'AIMS scope', type: 'scope', mandatoryKey: 'aims_scope' },
      })
    ).json();
    const taken = await t.call('POST', org('/documents'), {
      token: f.tokens.manager,
      json: { title: 'Scope again', type: 'scope', mandatoryKey: 'aims_scope' },
    });
    expect(taken.status).toBe(409);

    const v = await t.call('POST', org(`/documents/${scope.id}/versions`), {
      token: f.tokens.manager,
      json: { content: 'Scope text' },
    });
    expect(v.status).toBe(201);
    // The new version is answered as an entity: its ETag, and its Location under the document.
    const draft = DocumentVersionSchema.parse(await v.json());
    expect(v.headers.get('location')).toBe(org(`/documents/${scope.id}/versions/${draft.id}`));
    expect(v.headers.get('etag')).toBeTruthy();
    const second = await t.call('POST', org(`/documents/${scope.id}/versions`), {
      token: f.tokens.manager,
      json: { content: 'More' },
    });
    expect(second.status).toBe(422);
    const reject = await t.call('POST', org(`/documents/${scope.id}/versions/1/reject`), {
      token: f.tokens.manager,
      json: {},
    });
    expect(reject.status).toBe(400);
  });

  it('answers 412 to a stale If-Match and 404 to another organization', async () => {
    const doc = await (
      await t.call('POST', org('/documents'), {
        token: f.tokens.manager,
        json: { title: 'Procedure', type: 'procedure', content: 'Steps' },
      })
    ).json();
    const cur = await t.call('GET', org(`/documents/${doc.id}`), { token: f.tokens.manager });
    const tag = cur.headers.get('etag')!;
    const ok = await t.call('PATCH', org(`/documents/${doc.id}`), {
      token: f.tokens.manager,
      json: { reviewIntervalMonths: 6 },
      headers: { 'if-match': tag },
    });
    expect(ok.status).toBe(200);
    const stale = await t.call('PATCH', org(`/documents/${doc.id}`), {
      token: f.tokens.manager,
      json: { title: 'Renamed' },
      headers: { 'if-match': tag },
    });
    expect(stale.status).toBe(412);
    const staleDraft = await t.call('PATCH', org(`/documents/${doc.id}/versions/1`), {
      token: f.tokens.manager,
      json: { content: 'New steps' },
      headers: { 'if-match': '"7"' },
    });
    expect(staleDraft.status).toBe(412);

    const theirs = await (
      await t.call('POST', `/api/v1/orgs/${f.b.org.id}/documents`, {
        token: f.ownerB,
        json: { title: 'Theirs', type: 'policy', content: 'x' },
      })
    ).json();
    for (const path of [
      `/documents/${theirs.id}`,
      `/documents/${theirs.id}/versions/1`,
      `/documents/${theirs.id}/acknowledgements`,
    ]) {
      expect((await t.call('GET', org(path), { token: f.tokens.owner })).status, path).toBe(404);
    }
    expect(
      (
        await t.call('POST', org(`/documents/${theirs.id}/versions/1/submit`), {
          token: f.tokens.owner,
          json: {},
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/documents`, { token: f.tokens.owner })).status,
    ).toBe(404);
  });

  it('with four-eyes approval on, refuses the author approving the AI policy (422) and takes another lead', async () => {
    const on = await t.call('PATCH', `/api/v1/orgs/${f.a.org.id}`, {
      token: f.tokens.owner,
      json: { documentFourEyes: true },
    });
    expect(on.status).toBe(200);
    expect((await on.json()).documentFourEyes).toBe(true);
    try {
      const created = await t.call('POST', org('/documents'), {
        token: f.tokens.manager,
        json: { title: 'AI policy (four eyes)', type: 'policy', content: '# AI policy' },
      });
      expect(created.status).toBe(201);
      const doc = DocumentSchema.parse(await created.json());
      const submit = await t.call('POST', org(`/documents/${doc.id}/versions/1/submit`), {
        token: f.tokens.manager,
        json: {},
      });
      expect(submit.status).toBe(200);
      const own = await t.call('POST', org(`/documents/${doc.id}/versions/1/approve`), {
        token: f.tokens.manager,
        json: {},
      });
      expect(own.status).toBe(422);
      expect((await own.json()).errors).toEqual([
        { path: 'approvedBy', message: expect.stringMatching(/four-eyes/) },
      ]);
      const versions = pageSchema(DocumentVersionSchema).parse(
        await (await t.call('GET', org(`/documents/${doc.id}/versions`), { token: f.tokens.viewer })).json(),
      );
      expect(versions.items[0]!.status).toBe('in_review');
      const other = await t.call('POST', org(`/documents/${doc.id}/versions/1/approve`), {
        token: f.tokens.admin,
        json: {},
      });
      expect(other.status).toBe(200);
      expect(DocumentVersionSchema.parse(await other.json()).status).toBe('approved');
    } finally {
      await t.call('PATCH', `/api/v1/orgs/${f.a.org.id}`, {
        token: f.tokens.owner,
        json: { documentFourEyes: false },
      });
    }
  });
});
