// Pure risk scoring (§6.1.2): the one place scores and levels are computed; server and web import it.
import type { FieldError } from '../errors.ts';
import type { RiskBand } from './risk-criteria.schema.ts';

/** The parts of the criteria scoring needs. */
export interface ScoringCriteria {
  likelihoodLabels: readonly string[];
  consequenceLabels: readonly string[];
  bands: readonly RiskBand[];
  appetite: number;
}

/** A rating on the criteria's scales. */
export interface Rating {
  likelihood: number;
  consequence: number;
}

/** Score and level of one rating. */
export interface Assessment {
  score: number;
  level: string;
}

/** Likelihood × consequence. */
export function riskScore(r: Rating): number {
  return r.likelihood * r.consequence;
}

/** The band key for a score: the band with the highest `minScore` not above it. */
export function levelForScore(criteria: Pick<ScoringCriteria, 'bands'>, score: number): string {
  let level = criteria.bands[0]?.key ?? 'unrated';
  for (const b of [...criteria.bands].sort((a, z) => a.minScore - z.minScore))
    if (score >= b.minScore) level = b.key;
  return level;
}

/** Score and level of a rating under the criteria (§6.1.2: comparable, repeatable results). */
export function assessRisk(criteria: ScoringCriteria, r: Rating): Assessment {
  const score = riskScore(r);
  return { score, level: levelForScore(criteria, score) };
}

/** Whether a score is within the organization's risk appetite. */
export function isWithinAppetite(criteria: Pick<ScoringCriteria, 'appetite'>, score: number): boolean {
  return score <= criteria.appetite;
}

/** Field errors when a rating lies outside the criteria's scales (`prefix` names the fields, e.g. `residual`). */
export function ratingProblems(criteria: ScoringCriteria, r: Rating, prefix = ''): FieldError[] {
  const name = (f: string) => (prefix ? `${prefix}${f[0]!.toUpperCase()}${f.slice(1)}` : f);
  const out: FieldError[] = [];
  if (r.likelihood < 1 || r.likelihood > criteria.likelihoodLabels.length) {
    out.push({
      path: name('likelihood'),
      message: `must be 1–${criteria.likelihoodLabels.length} on the current criteria`,
    });
  }
  if (r.consequence < 1 || r.consequence > criteria.consequenceLabels.length) {
    out.push({
      path: name('consequence'),
      message: `must be 1–${criteria.consequenceLabels.length} on the current criteria`,
    });
  }
  return out;
}

/** Field errors of a criteria definition: bands start at 1, rise strictly, fit the matrix, keys unique. */
export function criteriaProblems(c: ScoringCriteria): FieldError[] {
  const out: FieldError[] = [];
  const max = c.likelihoodLabels.length * c.consequenceLabels.length;
  if (c.bands[0]?.minScore !== 1)
    out.push({ path: 'bands.0.minScore', message: 'the lowest band must start at 1' });
  c.bands.forEach((b, i) => {
    if (i > 0 && b.minScore <= c.bands[i - 1]!.minScore)
      out.push({ path: `bands.${i}.minScore`, message: 'bands must rise strictly' });
    if (b.minScore > max)
      out.push({ path: `bands.${i}.minScore`, message: `above the largest score (${max})` });
  });
  if (new Set(c.bands.map((b) => b.key)).size !== c.bands.length)
    out.push({ path: 'bands', message: 'band keys must be unique' });
  if (c.appetite > max) out.push({ path: 'appetite', message: `above the largest score (${max})` });
  return out;
}

/** One cell of the likelihood × consequence matrix. */
export interface MatrixCell {
  likelihood: number;
  consequence: number;
  score: number;
  level: string;
}

/** Every cell of the criteria's matrix, likelihood-major (for heatmaps, legends and appetite counts). */
export function matrixCells(criteria: ScoringCriteria): MatrixCell[] {
  return criteria.likelihoodLabels.flatMap((_, li) =>
    criteria.consequenceLabels.map((_, ci) => {
      const rating = { likelihood: li + 1, consequence: ci + 1 };
      return { ...rating, ...assessRisk(criteria, rating) };
    }),
  );
}

/** The full matrix: `matrix[l-1][c-1]` is the level of likelihood l and consequence c (for heatmaps). */
export function riskMatrix(criteria: ScoringCriteria): string[][] {
  const cells = matrixCells(criteria);
  return criteria.likelihoodLabels.map((_, li) =>
    cells.filter((c) => c.likelihood === li + 1).map((c) => c.level),
  );
}
