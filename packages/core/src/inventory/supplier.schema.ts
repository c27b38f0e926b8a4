// Suppliers (A.10: third-party and customer relationships; A.10.2 allocating responsibilities, A.10.3 suppliers).
import { z } from 'zod';
import { createBodySchema } from '../common/create-body.ts';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, patchSchema, TenantEntitySchema, textString } from '../common/entity.ts';
import { HttpUrlSchema } from '../common/url.ts';
import { INVENTORY_SORTS, inventoryRecordTail } from './inventory.common.ts';

/** What a supplier provides. */
export const SUPPLY_KINDS = ['model', 'dataset', 'service', 'platform', 'component', 'other'] as const;
/** One kind of thing a supplier provides. */
export const SupplyKindSchema = z.enum(SUPPLY_KINDS);
/** Words for what a supplier provides. */
export const SUPPLY_KIND_LABEL: Record<(typeof SUPPLY_KINDS)[number], string> = {
  model: 'Models',
  dataset: 'Datasets',
  service: 'Services',
  platform: 'Platform',
  component: 'Components',
  other: 'Other',
};
/** What a supplier assessment concluded (A.10.3). */
export const SUPPLIER_OUTCOMES = ['approved', 'approved_with_conditions', 'pending', 'rejected'] as const;
/** Words for the outcomes. */
export const SUPPLIER_OUTCOME_LABEL: Record<(typeof SUPPLIER_OUTCOMES)[number], string> = {
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  pending: 'Pending',
  rejected: 'Rejected',
};

/** A supplier assessment (A.10.3: the supplier meets the organization's approach to responsible AI). */
export const SupplierAssessmentSchema = z.object({
  date: CalendarDateSchema,
  outcome: z.enum(SUPPLIER_OUTCOMES),
  summary: z.string().trim().max(2000).default(''),
  nextReview: CalendarDateSchema.optional(),
});

/** A certificate the supplier holds (e.g. ISO/IEC 42001, ISO/IEC 27001). */
export const SupplierCertificateSchema = z.object({
  name: z.string().trim().min(1).max(200),
  issuer: z.string().trim().max(200).default(''),
  validUntil: CalendarDateSchema.optional(),
});

/** A supplier in the inventory. */
export const SupplierSchema = TenantEntitySchema.extend({
  name: z.string(),
  url: z.string(),
  description: z.string(),
  provides: z.array(SupplyKindSchema),
  /** A.10.2: which party is responsible for what across the AI system life cycle. */
  responsibilities: z.string(),
  assessments: z.array(SupplierAssessmentSchema),
  certificates: z.array(SupplierCertificateSchema),
  ...inventoryRecordTail,
});
export type Supplier = z.infer<typeof SupplierSchema>;

const supplierFields = {
  name: nameString(300),
  url: z.union([HttpUrlSchema, z.literal('')]),
  description: textString(20_000),
  provides: z.array(SupplyKindSchema).max(SUPPLY_KINDS.length),
  responsibilities: textString(20_000),
  assessments: z.array(SupplierAssessmentSchema).max(200),
  certificates: z.array(SupplierCertificateSchema).max(100),
};

/** Body of `POST …/suppliers`; unknown fields are refused. */
export const CreateSupplierSchema = createBodySchema(supplierFields, {
  url: '',
  description: '',
  provides: [],
  responsibilities: '',
  assessments: [],
  certificates: [],
});
export type CreateSupplierInput = z.input<typeof CreateSupplierSchema>;

/** Body of `PATCH …/suppliers/{id}`: any subset of the fields. */
export const UpdateSupplierSchema = patchSchema(supplierFields);
export type UpdateSupplierInput = z.infer<typeof UpdateSupplierSchema>;

/** Fields a supplier list may be sorted by. */
export const SUPPLIER_SORTS = INVENTORY_SORTS;
