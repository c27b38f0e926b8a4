// Pure rules of monitoring (§9.1, A.6.2.6): thresholds that make sense, the evaluation window, and the level a
// window reaches. The server and the web app both import these, so a chart's bands and an alert agree.
import type { FieldError } from '../errors.ts';
import type { AlertLevel, MetricDefinition, MetricLevel } from './monitoring.schema.ts';

/** What the rules need of a definition. */
export type MetricRule = Pick<
  MetricDefinition,
  'direction' | 'warningThreshold' | 'breachThreshold' | 'aggregate' | 'windowPoints' | 'windowMinutes'
>;

/** One point of a series, `at` as epoch milliseconds. */
export interface SeriesPoint {
  id: string;
  at: number;
  value: number;
}

/** A window's verdict. */
export interface WindowEvaluation {
  level: MetricLevel;
  /** The aggregated value of the window; null without data. */
  value: number | null;
  /** The threshold it crossed (for warning and breach). */
  threshold: number | null;
  from: number | null;
  to: number | null;
  points: number;
}

const NO_DATA: WindowEvaluation = {
  level: 'no_data',
  value: null,
  threshold: null,
  from: null,
  to: null,
  points: 0,
};
const RANK: Record<MetricLevel, number> = { no_data: 0, ok: 1, warning: 2, breach: 3 };

/** The warning must come before the breach in the bad direction, or a breach would never pass a warning. */
export function metricDefinitionProblems(
  m: Pick<MetricDefinition, 'direction' | 'warningThreshold' | 'breachThreshold' | 'kpiId' | 'objectiveId'>,
): FieldError[] {
  const out: FieldError[] = [];
  const { warningThreshold: w, breachThreshold: b } = m;
  if (w !== null && b !== null) {
    if (m.direction === 'higher_is_better' && w < b)
      out.push({
        path: 'warningThreshold',
        message: 'when higher is better, the warning threshold must be at or above the breach threshold',
      });
    if (m.direction === 'lower_is_better' && w > b)
      out.push({
        path: 'warningThreshold',
        message: 'when lower is better, the warning threshold must be at or below the breach threshold',
      });
  }
  if (m.kpiId && !m.objectiveId)
    out.push({ path: 'objectiveId', message: 'a KPI is named together with its objective' });
  return out;
}

/** Whether a value has reached a threshold in the bad direction (reaching it counts). */
function crossed(direction: MetricDefinition['direction'], value: number, threshold: number | null): boolean {
  if (threshold === null) return false;
  return direction === 'higher_is_better' ? value <= threshold : value >= threshold;
}

/** The level of one aggregated value against the thresholds. */
export function levelOf(
  m: Pick<MetricDefinition, 'direction' | 'warningThreshold' | 'breachThreshold'>,
  value: number,
): { level: Exclude<MetricLevel, 'no_data'>; threshold: number | null } {
  if (crossed(m.direction, value, m.breachThreshold))
    return { level: 'breach', threshold: m.breachThreshold };
  if (crossed(m.direction, value, m.warningThreshold))
    return { level: 'warning', threshold: m.warningThreshold };
  return { level: 'ok', threshold: null };
}

/**
 * The window ending at `end` (an index into `series`, sorted by time): at most `windowPoints` points, and with
 * `windowMinutes` only those that many minutes before the newest.
 */
export function windowEndingAt(m: MetricRule, series: SeriesPoint[], end: number): SeriesPoint[] {
  const last = series[end];
  if (!last) return [];
  const start = Math.max(0, end - m.windowPoints + 1);
  const earliest = m.windowMinutes === null ? -Infinity : last.at - m.windowMinutes * 60_000;
  return series.slice(start, end + 1).filter((p) => p.at >= earliest);
}

/** Evaluates one window: its aggregate (last value or mean) against the thresholds. */
export function evaluateWindow(m: MetricRule, window: SeriesPoint[]): WindowEvaluation {
  if (window.length === 0) return NO_DATA;
  const value =
    m.aggregate === 'last'
      ? window[window.length - 1]!.value
      : window.reduce((s, p) => s + p.value, 0) / window.length;
  const { level, threshold } = levelOf(m, value);
  return {
    level,
    value,
    threshold,
    from: window[0]!.at,
    to: window[window.length - 1]!.at,
    points: window.length,
  };
}

/** Sorts points by time, then id, so windows are the same however a batch was ordered. */
export function sortSeries(points: SeriesPoint[]): SeriesPoint[] {
  return [...points].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Evaluates the window ending at each newly stored point and returns the worst (the first to reach the highest
 * level), plus the window at the newest point of the series (the metric's current level). A batch is judged
 * as a whole: however many of its points cross, it yields one verdict, so it raises at most one alert a level.
 */
export function evaluateBatch(
  m: MetricRule,
  series: SeriesPoint[],
  newIds: ReadonlySet<string>,
): { worst: WindowEvaluation; current: WindowEvaluation } {
  const sorted = sortSeries(series);
  let worst = NO_DATA;
  sorted.forEach((p, i) => {
    if (!newIds.has(p.id)) return;
    const e = evaluateWindow(m, windowEndingAt(m, sorted, i));
    if (RANK[e.level] > RANK[worst.level]) worst = e;
  });
  const current = evaluateWindow(m, windowEndingAt(m, sorted, sorted.length - 1));
  return { worst, current };
}

/** Which alert levels an evaluation raises, given the levels that already have an open alert. */
export function alertsToRaise(level: MetricLevel, openLevels: readonly AlertLevel[]): AlertLevel[] {
  if (level === 'breach') return openLevels.includes('breach') ? [] : ['breach'];
  // A warning while a breach is open adds nothing: the breach already says more.
  if (level === 'warning') return openLevels.length ? [] : ['warning'];
  return [];
}
