// Evidence that stays true (issue 11, §7.5.3 protection from loss of integrity): re-hash every stored file of an
// organization and name each one whose bytes changed or vanished; and remove a blob written for an upload whose
// transaction then failed, when no record uses it.
import { type Db, tables } from '@openaims/db';
import { asc, eq, gt, isNotNull } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import type { BlobStore } from './blob-store.ts';

/** One stored evidence file that no longer holds. */
export interface EvidenceIntegrityProblem {
  evidenceId: string;
  title: string;
  sha256: string;
  problem: 'missing' | 'mismatch';
  detail: string;
}

/** The verdict of `aims evidence verify`. */
export interface EvidenceIntegrityResult {
  ok: boolean;
  /** Evidence records with a file that were checked. */
  checked: number;
  problems: EvidenceIntegrityProblem[];
}

/** Reads a blob to its end; the store's verifying stream errors when the bytes no longer hash to `sha256`. */
async function check(
  blobs: BlobStore,
  sha256: string,
): Promise<Pick<EvidenceIntegrityProblem, 'problem' | 'detail'> | null> {
  if (!(await blobs.has(sha256)))
    return { problem: 'missing', detail: 'the file is missing from the evidence store' };
  try {
    const reader = (await blobs.read(sha256)).getReader();
    for (;;) if ((await reader.read()).done) break;
    return null;
  } catch (e) {
    return { problem: 'mismatch', detail: (e as Error).message };
  }
}

/** Re-hashes every file of the organization's evidence (archived included: it is retained, so it must hold). */
export async function verifyEvidenceFiles(
  db: Db,
  blobs: BlobStore,
  orgId: string,
): Promise<EvidenceIntegrityResult> {
  const { evidence } = tables;
  const verdicts = new Map<string, Pick<EvidenceIntegrityProblem, 'problem' | 'detail'> | null>();
  const problems: EvidenceIntegrityProblem[] = [];
  let checked = 0;
  let after = '';
  for (;;) {
    const rows = await db
      .select({ id: evidence.id, title: evidence.title, sha256: evidence.sha256 })
      .from(evidence)
      .where(inOrg(evidence, orgId, isNotNull(evidence.sha256), gt(evidence.id, after)))
      .orderBy(asc(evidence.id))
      .limit(500);
    for (const r of rows) {
      const sha256 = r.sha256!;
      if (!verdicts.has(sha256)) verdicts.set(sha256, await check(blobs, sha256));
      const bad = verdicts.get(sha256);
      if (bad) problems.push({ evidenceId: r.id, title: r.title, sha256, ...bad });
      checked++;
    }
    if (rows.length < 500) break;
    after = rows[rows.length - 1]!.id;
  }
  return { ok: problems.length === 0, checked, problems };
}

/**
 * After an upload's transaction failed: removes the blob it wrote, unless a record (of any organization, since
 * content is shared by hash) uses it. Best effort — a blob left behind is harmless and reused by the next upload.
 */
export async function removeOrphanBlob(db: Db, blobs: BlobStore, sha256: string): Promise<void> {
  try {
    const { evidence } = tables;
    const [used] = await db
      .select({ id: evidence.id })
      .from(evidence)
      .where(eq(evidence.sha256, sha256))
      .limit(1);
    if (!used) await blobs.delete(sha256);
  } catch {
    // The database may be what failed; leave the blob.
  }
}
