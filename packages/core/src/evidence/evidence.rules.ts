// Pure rules about evidence (§7.5.3 control of documented information, §9.1 retained evidence of results):
// which files are accepted, how large, and whether evidence is still valid on a given day.
import { addDays, daysBetween } from '../common/dates.ts';

/** Default largest evidence file, in bytes (25 MiB); the server's AIMS_EVIDENCE_MAX_BYTES overrides it. */
export const DEFAULT_EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

/** Days before `validUntil` from which evidence counts as expiring soon (time to renew it before the audit). */
export const EXPIRING_SOON_DAYS = 30;

/** How a media type is verified: by its magic bytes, as a ZIP-based Office file, or as UTF-8 text. */
export type MediaCheck = 'magic' | 'text';

/** The media types accepted as evidence files, with the extensions they usually carry and how they are checked. */
export const EVIDENCE_MEDIA_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'], check: 'magic' },
  'image/png': { label: 'PNG image', extensions: ['png'], check: 'magic' },
  'image/jpeg': { label: 'JPEG image', extensions: ['jpg', 'jpeg'], check: 'magic' },
  'image/webp': { label: 'WebP image', extensions: ['webp'], check: 'magic' },
  'text/plain': { label: 'Plain text', extensions: ['txt', 'log'], check: 'text' },
  'text/csv': { label: 'CSV', extensions: ['csv'], check: 'text' },
  'text/markdown': { label: 'Markdown', extensions: ['md', 'markdown'], check: 'text' },
  'application/json': { label: 'JSON', extensions: ['json'], check: 'text' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel workbook',
    extensions: ['xlsx'],
    check: 'magic',
  },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word document',
    extensions: ['docx'],
    check: 'magic',
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    label: 'PowerPoint deck',
    extensions: ['pptx'],
    check: 'magic',
  },
  'application/zip': { label: 'ZIP archive', extensions: ['zip'], check: 'magic' },
} as const satisfies Record<string, { label: string; extensions: readonly string[]; check: MediaCheck }>;

export type EvidenceMediaType = keyof typeof EVIDENCE_MEDIA_TYPES;

/** Accepted media types, for `accept=` attributes and documentation. */
export const EVIDENCE_MEDIA_TYPE_LIST = Object.keys(EVIDENCE_MEDIA_TYPES) as EvidenceMediaType[];

/** Whether a media type (parameters such as `; charset=` ignored, case-insensitive) is accepted as evidence. */
export function normalizeMediaType(declared: string | undefined | null): EvidenceMediaType | undefined {
  const base = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return base in EVIDENCE_MEDIA_TYPES ? (base as EvidenceMediaType) : undefined;
}

/** The accepted media type a file name's extension suggests, used when a browser declares none or a generic one. */
export function mediaTypeFromFileName(fileName: string): EvidenceMediaType | undefined {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  for (const [type, spec] of Object.entries(EVIDENCE_MEDIA_TYPES)) {
    if ((spec.extensions as readonly string[]).includes(ext)) return type as EvidenceMediaType;
  }
  return undefined;
}

/**
 * Whether a detected type (from the content's magic bytes) agrees with the declared one. Text types have no
 * magic bytes: they agree when nothing binary was detected. A plain ZIP is accepted for `application/zip` only.
 */
export function mediaTypesAgree(declared: EvidenceMediaType, detected: string | undefined): boolean {
  const spec = EVIDENCE_MEDIA_TYPES[declared];
  if (spec.check === 'text') return detected === undefined;
  return detected === declared;
}

/** Whether evidence is still usable on a day: no end date, valid, expiring within the warning window, or expired. */
export type EvidenceValidity = 'no_expiry' | 'valid' | 'expiring_soon' | 'expired';

/** Validity of evidence on `today`: expired after its last valid day, expiring soon within EXPIRING_SOON_DAYS of it. */
export function evidenceValidity(
  validUntil: string | null,
  today: string,
  soonDays = EXPIRING_SOON_DAYS,
): EvidenceValidity {
  if (!validUntil) return 'no_expiry';
  const left = daysBetween(today, validUntil);
  if (left < 0) return 'expired';
  if (left <= soonDays) return 'expiring_soon';
  return 'valid';
}

/** The last day of the expiring-soon window that starts on `today`, for queries. */
export function expiringSoonUntil(today: string, soonDays = EXPIRING_SOON_DAYS): string {
  return addDays(today, soonDays);
}

/** Field problems of dates: validity cannot end before the evidence was produced. */
export function evidenceDateProblems(v: {
  evidenceDate: string;
  validUntil: string | null;
}): { path: string; message: string }[] {
  if (v.validUntil && daysBetween(v.evidenceDate, v.validUntil) < 0) {
    return [{ path: 'validUntil', message: 'must be on or after the evidence date' }];
  }
  return [];
}
