// What evidence proves (§9.1, §6.1.3): links to controls, clauses, risks, AI systems and documents, checked to
// exist in the organization before they are written.
import { AppError, EVIDENCE_TARGET_TYPES, type EvidenceLink, type EvidenceTargetType } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { existingIds } from '../common/existing-ids.ts';
import { linkRepository } from '../links/link.repository.ts';
import { EVIDENCE_LINK_TYPE } from './evidence.repository.ts';

const { risks, aiSystems, documents } = tables;

/** Throws RULE_VIOLATION naming each linked risk, AI system or document that is not in the organization. */
export async function assertTargetsExist(db: Db, orgId: string, links: EvidenceLink[]): Promise<void> {
  const errors: { path: string; message: string }[] = [];
  const check = async (
    type: EvidenceTargetType,
    table: typeof risks | typeof aiSystems | typeof documents,
  ) => {
    const want = links.filter((l) => l.targetType === type).map((l) => l.targetId);
    if (want.length === 0) return;
    const have = await existingIds(db, orgId, table, want);
    links.forEach((l, i) => {
      if (l.targetType === type && !have.has(l.targetId))
        errors.push({
          path: `links.${i}.targetId`,
          message: `no ${type.replace('_', ' ')} ${l.targetId} in this organization`,
        });
    });
  };
  await check('risk', risks);
  await check('ai_system', aiSystems);
  await check('document', documents);
  if (errors.length)
    throw new AppError('RULE_VIOLATION', 'Evidence can only be linked to records of this organization.', {
      errors,
    });
}

/** Adds or removes links of one evidence record; returns what actually changed, by target type. */
export async function changeLinks(
  db: Db,
  orgId: string,
  evidenceId: string,
  links: EvidenceLink[],
  mode: 'add' | 'remove',
  by: string | null,
): Promise<{ added: EvidenceLink[]; removed: EvidenceLink[] }> {
  const repo = linkRepository(db);
  const out = { added: [] as EvidenceLink[], removed: [] as EvidenceLink[] };
  const end = { type: EVIDENCE_LINK_TYPE, id: evidenceId };
  for (const type of EVIDENCE_TARGET_TYPES) {
    const ids = links.filter((l) => l.targetType === type).map((l) => l.targetId);
    if (ids.length === 0) continue;
    // Links of any relation count as present, as the evidence record shows them.
    const current = (await repo.linksOfMany(orgId, end.type, [end.id], type)).get(end.id) ?? [];
    const next = mode === 'add' ? [...current, ...ids] : current.filter((c) => !ids.includes(c));
    const diff = await repo.replace(orgId, end, type, next, by);
    out.added.push(...diff.added.map((targetId) => ({ targetType: type, targetId })));
    out.removed.push(...diff.removed.map((targetId) => ({ targetType: type, targetId })));
  }
  return out;
}
