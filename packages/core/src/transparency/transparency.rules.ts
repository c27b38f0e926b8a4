// Pure rules of transparency records (A.8.2, Art. 13/50): what is public, and the first draft from the inventory.
import {
  type PublicTransparency,
  TRANSPARENCY_FIELD_LABEL,
  TRANSPARENCY_FIELDS,
  type TransparencyField,
  type TransparencyRecord,
} from './transparency.schema.ts';

/**
 * Fields published by default: what a user needs (A.8.2). Technical notes for operators and authorities and the
 * reporting duties stay internal unless the organization chooses to publish them.
 */
export const DEFAULT_PUBLIC_FIELDS: readonly TransparencyField[] = TRANSPARENCY_FIELDS.filter(
  (f) => f !== 'operatorNotes' && f !== 'authorityNotes' && f !== 'reportingDuties',
);

/** What the inventory record already says, used to prefill an empty transparency record. */
export interface InventoryFacts {
  purpose: string;
  intendedUse: string;
  foreseeableMisuse: string;
  humanOversight: string;
}

/** The first draft of a record from the AI system's inventory entry (A.6.2.2 intended use, A.9.2 oversight). */
export function draftFromInventory(s: InventoryFacts): Record<TransparencyField, string> {
  const purpose = [s.purpose, s.intendedUse].map((x) => x.trim()).filter(Boolean);
  return {
    purpose: [...new Set(purpose)].join('\n\n'),
    capabilities: '',
    limitations: s.foreseeableMisuse.trim() ? `Not intended for: ${s.foreseeableMisuse.trim()}` : '',
    humanOversight: s.humanOversight.trim(),
    contest: '',
    aiDisclosure: '',
    userNotes: '',
    operatorNotes: '',
    authorityNotes: '',
    reportingDuties: '',
  };
}

/**
 * The public view of a record, or undefined when it is not published. Only fields chosen for publication and
 * not empty appear, in the fixed order of TRANSPARENCY_FIELDS; nothing else of the record is carried over.
 */
export function publicTransparency(
  record: Pick<
    TransparencyRecord,
    TransparencyField | 'published' | 'publicFields' | 'version' | 'updatedAt'
  >,
  names: { organizationName: string; systemName: string },
): PublicTransparency | undefined {
  if (!record.published) return undefined;
  const chosen = new Set(record.publicFields);
  const sections = TRANSPARENCY_FIELDS.filter((f) => chosen.has(f) && record[f].trim() !== '').map(
    (field) => ({ field, label: TRANSPARENCY_FIELD_LABEL[field], text: record[field] }),
  );
  return {
    organizationName: names.organizationName,
    systemName: names.systemName,
    sections,
    version: record.version,
    updatedAt: record.updatedAt,
  };
}

/** Problems with publishing: a page with no published text would tell the world nothing. */
export function publishProblems(
  record: Pick<TransparencyRecord, TransparencyField | 'published' | 'publicFields'>,
): { path: string; message: string }[] {
  if (!record.published) return [];
  const any = record.publicFields.some((f) => record[f].trim() !== '');
  return any ? [] : [{ path: 'published', message: 'fill at least one published field before publishing' }];
}
