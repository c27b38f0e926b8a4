// AI risk criteria (§6.1.1): the organization's likelihood × consequence scales, level bands and appetite.
// Versioned: a change makes a new version; every assessment records the version it used (§6.1.2 comparability).
import { z } from 'zod';

/** Smallest and largest scale of either axis (3×3 up to 6×6). */
export const MIN_SCALE = 3;
export const MAX_SCALE = 6;

const label = z.string().trim().min(1).max(60);

/** A level band: scores from `minScore` up to the next band's minimum get this level. */
export const RiskBandSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,23}$/, 'a short lower-case key such as high'),
    label,
    minScore: z
      .number()
      .int()
      .min(1)
      .max(MAX_SCALE * MAX_SCALE),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #d9534f'),
  })
  .strict();
export type RiskBand = z.infer<typeof RiskBandSchema>;

/** The criteria as an organization defines them (without version metadata). */
export const RiskCriteriaInputSchema = z
  .object({
    likelihoodLabels: z.array(label).min(MIN_SCALE).max(MAX_SCALE),
    consequenceLabels: z.array(label).min(MIN_SCALE).max(MAX_SCALE),
    bands: z.array(RiskBandSchema).min(2).max(6),
    /** Highest score the organization accepts without treatment (§6.1.1 "acceptable vs not"). */
    appetite: z
      .number()
      .int()
      .min(1)
      .max(MAX_SCALE * MAX_SCALE),
    note: z.string().max(2000).default(''),
  })
  .strict();
export type RiskCriteriaInput = z.input<typeof RiskCriteriaInputSchema>;

/** One stored version of the criteria. */
export const RiskCriteriaSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  number: z.number().int().min(1),
  likelihoodLabels: z.array(z.string()),
  consequenceLabels: z.array(z.string()),
  bands: z.array(RiskBandSchema),
  appetite: z.number().int(),
  note: z.string(),
  createdAt: z.string().datetime(),
  createdBy: z.string().nullable(),
});
export type RiskCriteria = z.infer<typeof RiskCriteriaSchema>;

/** A sensible 5×5 default every organization starts with. */
export const DEFAULT_RISK_CRITERIA: z.infer<typeof RiskCriteriaInputSchema> = {
  likelihoodLabels: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  consequenceLabels: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
  bands: [
    { key: 'low', label: 'Low', minScore: 1, color: '#2e7d32' },
    { key: 'medium', label: 'Medium', minScore: 5, color: '#f9a825' },
    { key: 'high', label: 'High', minScore: 10, color: '#ef6c00' },
    { key: 'critical', label: 'Critical', minScore: 17, color: '#c62828' },
  ],
  appetite: 8,
  note: 'Default 5×5 criteria',
};
