// Evidence contract (§7.5.3, §9.1): a stored file (content-addressed by SHA-256) or a link, dated when it was
// produced, valid until a date, owned by a member, and linked to what it proves.
import { z } from 'zod';
import { isAnnexAControl } from '../catalog/iso42001.annex-a.ts';
import { TRACKED_CLAUSE_REFS } from '../catalog/iso42001.clauses.ts';
import { nameString, patchSchema, TenantEntitySchema, textString } from '../common/entity.ts';
import { HttpUrlSchema } from '../common/url.ts';
import { DateSchema } from '../risks/risk.schema.ts';

export const EVIDENCE_KINDS = ['file', 'link'] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

/**
 * What evidence can prove: an Annex A control of the SoA (id = ref, e.g. `A.6.2.4`), a clause (`9.1`), a risk,
 * an AI system or a document. These are the `entity_links` types the SoA, clause tracker and registers read.
 */
export const EVIDENCE_TARGET_TYPES = ['control', 'clause', 'risk', 'ai_system', 'document'] as const;
export const EvidenceTargetTypeSchema = z.enum(EVIDENCE_TARGET_TYPES);
export type EvidenceTargetType = z.infer<typeof EvidenceTargetTypeSchema>;

const ID_SHAPE = /^[a-z]{2,5}_[0-9a-z]{26}$/;
const TRACKED = new Set(TRACKED_CLAUSE_REFS);

/** One thing evidence is linked to. Refs are checked against the catalogue; ids for shape (existence by the service). */
export const EvidenceLinkSchema = z
  .object({ targetType: EvidenceTargetTypeSchema, targetId: z.string().trim().min(1).max(64) })
  .strict()
  .superRefine((v, ctx) => {
    const ok =
      v.targetType === 'control'
        ? isAnnexAControl(v.targetId)
        : v.targetType === 'clause'
          ? TRACKED.has(v.targetId)
          : ID_SHAPE.test(v.targetId);
    if (!ok) {
      const what =
        v.targetType === 'control'
          ? 'an Annex A control such as A.6.2.4'
          : v.targetType === 'clause'
            ? 'a clause such as 9.1'
            : 'an id';
      ctx.addIssue({ code: 'custom', path: ['targetId'], message: `not ${what}` });
    }
  });
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/** Whether the evidence is within its validity on the server's today (computed, never stored). */
export const EvidenceValiditySchema = z.enum(['no_expiry', 'valid', 'expiring_soon', 'expired']);

/** An evidence record as the API returns it. File fields are null for links and `url` is null for files. */
export const EvidenceSchema = TenantEntitySchema.extend({
  kind: EvidenceKindSchema,
  title: z.string(),
  description: z.string(),
  evidenceDate: z.string(),
  validUntil: z.string().nullable(),
  validity: EvidenceValiditySchema,
  ownerId: z.string().nullable(),
  url: z.string().nullable(),
  sha256: z.string().nullable(),
  size: z.number().int().nullable(),
  mediaType: z.string().nullable(),
  fileName: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  archivedAt: z.string().datetime().nullable(),
  links: z.array(z.object({ targetType: EvidenceTargetTypeSchema, targetId: z.string() })),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const httpUrl = HttpUrlSchema;

const meta = {
  title: nameString(300),
  description: textString(5000),
  evidenceDate: DateSchema,
  validUntil: DateSchema.nullable(),
  ownerId: z.string().max(64).nullable(),
};

/** What a new record, file or link, may say beside its title; the optional fields default. */
const createMeta = {
  description: meta.description.default(''),
  evidenceDate: meta.evidenceDate,
  validUntil: meta.validUntil.default(null),
  ownerId: meta.ownerId.default(null),
  links: z.array(EvidenceLinkSchema).max(100).default([]),
};

/** Metadata sent with an uploaded file (the multipart fields beside `file`). Title defaults to the file name. */
export const EvidenceFileMetaSchema = z.object({ title: meta.title.optional(), ...createMeta }).strict();
export type EvidenceFileMeta = z.input<typeof EvidenceFileMetaSchema>;

/** A link as evidence (JSON body of `POST …/evidence`): a dashboard, a ticket, a report kept elsewhere. */
export const CreateEvidenceLinkSchema = z
  .object({
    kind: z.literal('link').default('link'),
    url: httpUrl,
    title: meta.title,
    ...createMeta,
  })
  .strict();
export type CreateEvidenceLinkInput = z.input<typeof CreateEvidenceLinkSchema>;

/** A change to evidence metadata. The file itself never changes: new content is new evidence. */
export const UpdateEvidenceSchema = patchSchema({ ...meta, url: httpUrl });
export type UpdateEvidenceInput = z.infer<typeof UpdateEvidenceSchema>;

/** `POST|DELETE …/evidence/{id}/links` body: the targets to add or remove. */
export const EvidenceLinksChangeSchema = z
  .object({ links: z.array(EvidenceLinkSchema).min(1).max(100) })
  .strict();
export type EvidenceLinksChange = z.infer<typeof EvidenceLinksChangeSchema>;

/** Fields the evidence list may be sorted by. */
export const EVIDENCE_SORTS = ['title', 'evidenceDate', 'validUntil', 'createdAt', 'updatedAt'] as const;

/** Filters of the evidence list. `validity=expired` or `expiring_soon` is judged on the server's today. */
export const EvidenceFilterSchema = z.object({
  kind: EvidenceKindSchema.optional(),
  targetType: EvidenceTargetTypeSchema.optional(),
  targetId: z.string().max(64).optional(),
  validity: z.enum(['expired', 'expiring_soon', 'valid', 'no_expiry']).optional(),
  archived: z.enum(['true', 'false', 'all']).default('false'),
});
export type EvidenceFilter = z.input<typeof EvidenceFilterSchema>;
