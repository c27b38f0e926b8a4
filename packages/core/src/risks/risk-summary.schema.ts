// The risk register in numbers (§6.1.2, §9.1): counts the server computes over every risk of the organization,
// so a heatmap or a dashboard never counts a truncated page in the browser.
import { z } from 'zod';
import { RiskStatusSchema } from './risk.schema.ts';

const count = z.number().int().nonnegative();

/** How many risks sit in one likelihood × consequence cell. */
export const RiskCellCountSchema = z.object({
  likelihood: z.number().int(),
  consequence: z.number().int(),
  count,
});
export type RiskCellCount = z.infer<typeof RiskCellCountSchema>;

/** Counts of the whole register: by inherent and residual level, status, matrix cell and AI system. */
export const RiskSummarySchema = z.object({
  total: count,
  /** By inherent level key (the band of the criteria the risk was assessed under). */
  byLevel: z.array(z.object({ level: z.string(), count })),
  /** By residual level key; risks without a residual rating are left out. */
  byResidualLevel: z.array(z.object({ level: z.string(), count })),
  byStatus: z.array(z.object({ status: RiskStatusSchema, count })),
  /** Inherent ratings, one entry per occupied cell. */
  inherentCells: z.array(RiskCellCountSchema),
  /** Residual ratings, one entry per occupied cell; risks without a residual rating are left out. */
  residualCells: z.array(RiskCellCountSchema),
  /** By AI system; `aiSystemId` null counts the risks linked to no system. */
  byAiSystem: z.array(z.object({ aiSystemId: z.string().nullable(), count })),
  needsReassessment: count,
  aboveAppetite: count,
});
export type RiskSummary = z.infer<typeof RiskSummarySchema>;

/** The count in one cell of a summary's cells, 0 when empty. */
export function cellCount(cells: readonly RiskCellCount[], likelihood: number, consequence: number): number {
  return cells.find((c) => c.likelihood === likelihood && c.consequence === consequence)?.count ?? 0;
}
