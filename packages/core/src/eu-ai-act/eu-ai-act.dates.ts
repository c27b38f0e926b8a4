// Application dates of the EU AI Act as data, each with its legal status and source (crosswalks §1.4).
import { z } from 'zod';

/** enacted: in the Official Journal; adopted: adopted, not yet published; proposed: not adopted. */
export const LEGAL_STATUSES = ['enacted', 'adopted', 'proposed'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** Groups of provisions that share an application date. */
export const MILESTONES = [
  'prohibitions_literacy',
  'gpai',
  'general',
  'annex_iii_high_risk',
  'annex_i_high_risk',
  'transparency',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** The shape of one row of the dates table. */
export const ApplicationDateSchema = z.object({
  milestone: z.enum(MILESTONES),
  date: z.string().date(),
  legalStatus: z.enum(LEGAL_STATUSES),
  source: z.string(),
});
/** One application date of one group of provisions. */
export type ApplicationDate = z.infer<typeof ApplicationDateSchema>;

/**
 * Dates of application. The enacted ones are Art. 113; the "Digital Omnibus on AI" rows were reported as
 * adopted (Council, 29 Jun 2026) but not verified against the Official Journal, so they carry `adopted`.
 */
export const EU_AI_ACT_DATES: readonly ApplicationDate[] = [
  {
    milestone: 'prohibitions_literacy',
    date: '2025-02-02',
    legalStatus: 'enacted',
    source: 'Art. 113(3)(a): Chapters I and II (Art. 4, Art. 5)',
  },
  {
    milestone: 'gpai',
    date: '2025-08-02',
    legalStatus: 'enacted',
    source: 'Art. 113(3)(b): Chapter V (GPAI models)',
  },
  {
    milestone: 'general',
    date: '2026-08-02',
    legalStatus: 'enacted',
    source: 'Art. 113: general date of application',
  },
  {
    milestone: 'transparency',
    date: '2026-08-02',
    legalStatus: 'enacted',
    source: 'Art. 113: Art. 50 applies from the general date',
  },
  {
    milestone: 'annex_iii_high_risk',
    date: '2026-08-02',
    legalStatus: 'enacted',
    source: 'Art. 113: Art. 6(2) and Annex III obligations',
  },
  {
    milestone: 'annex_iii_high_risk',
    date: '2027-12-02',
    legalStatus: 'adopted',
    source: 'Digital Omnibus on AI (reported; not verified in the OJ)',
  },
  {
    milestone: 'annex_i_high_risk',
    date: '2027-08-02',
    legalStatus: 'enacted',
    source: 'Art. 113(3)(c): Art. 6(1) and corresponding obligations',
  },
  {
    milestone: 'annex_i_high_risk',
    date: '2028-08-02',
    legalStatus: 'adopted',
    source: 'Digital Omnibus on AI (reported; not verified in the OJ)',
  },
];

/** The dates of a milestone, enacted first. */
export function datesFor(
  milestone: Milestone,
  table: readonly ApplicationDate[] = EU_AI_ACT_DATES,
): ApplicationDate[] {
  const rank: Record<LegalStatus, number> = { enacted: 0, adopted: 1, proposed: 2 };
  return table
    .filter((d) => d.milestone === milestone)
    .sort((a, b) => rank[a.legalStatus] - rank[b.legalStatus]);
}

/** A replacement dates table, as an instance keeps it in a data file (`AIMS_AI_ACT_DATES_FILE`). */
export const ApplicationDatesTableSchema = z
  .array(ApplicationDateSchema.strict())
  .min(1, 'the table needs at least one date')
  .max(200)
  .superRefine((rows, ctx) => {
    // Every milestone keeps at least one date, or the obligations under it would lose their dates silently.
    for (const m of MILESTONES)
      if (!rows.some((r) => r.milestone === m))
        ctx.addIssue({ code: 'custom', message: `no date for milestone ${m}`, path: [] });
  });

/**
 * Reads a replacement dates table (parsed JSON) so an amendment reaches an instance without a release; every row
 * names its milestone, date, legal status and source. Throws the zod error, with each bad row's path.
 */
export function parseApplicationDates(json: unknown): ApplicationDate[] {
  return ApplicationDatesTableSchema.parse(json);
}
