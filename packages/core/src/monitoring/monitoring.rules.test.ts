import { describe, expect, it } from 'vitest';
import {
  alertsToRaise,
  evaluateBatch,
  evaluateWindow,
  levelOf,
  type MetricRule,
  metricDefinitionProblems,
  type SeriesPoint,
  windowEndingAt,
} from './monitoring.rules.ts';
import { matchesAttributes, otlpPointKey, otlpPoints, otlpTimeIso } from './otlp.ts';

const accuracy: MetricRule = {
  direction: 'higher_is_better',
  warningThreshold: 0.9,
  breachThreshold: 0.8,
  aggregate: 'last',
  windowPoints: 1,
  windowMinutes: null,
};
const latency: MetricRule = {
  ...accuracy,
  direction: 'lower_is_better',
  warningThreshold: 200,
  breachThreshold: 500,
};
const pts = (...values: number[]): SeriesPoint[] =>
  values.map((value, i) => ({ id: `p${i}`, at: Date.UTC(2026, 0, 1, 0, i), value }));

describe('thresholds (§9.1)', () => {
  it('levels a value in each direction, reaching a threshold counts', () => {
    expect(levelOf(accuracy, 0.95).level).toBe('ok');
    expect(levelOf(accuracy, 0.9)).toEqual({ level: 'warning', threshold: 0.9 });
    expect(levelOf(accuracy, 0.7)).toEqual({ level: 'breach', threshold: 0.8 });
    expect(levelOf(latency, 100).level).toBe('ok');
    expect(levelOf(latency, 300).level).toBe('warning');
    expect(levelOf(latency, 500).level).toBe('breach');
    expect(levelOf({ ...latency, warningThreshold: null, breachThreshold: null }, 1e9).level).toBe('ok');
  });

  it('refuses a warning beyond the breach in the bad direction', () => {
    const base = { kpiId: null, objectiveId: null };
    expect(metricDefinitionProblems({ ...accuracy, ...base, warningThreshold: 0.7 })).toMatchObject([
      { path: 'warningThreshold' },
    ]);
    expect(metricDefinitionProblems({ ...latency, ...base, warningThreshold: 600 })).toHaveLength(1);
    expect(metricDefinitionProblems({ ...latency, ...base })).toEqual([]);
    expect(metricDefinitionProblems({ ...latency, kpiId: 'kpi_1', objectiveId: null })).toMatchObject([
      { path: 'objectiveId' },
    ]);
  });
});

describe('evaluation window', () => {
  it('takes the last N points, bounded by minutes before the newest', () => {
    const s = pts(1, 2, 3, 4, 5);
    expect(windowEndingAt({ ...accuracy, windowPoints: 3 }, s, 4).map((p) => p.value)).toEqual([3, 4, 5]);
    expect(
      windowEndingAt({ ...accuracy, windowPoints: 10, windowMinutes: 2 }, s, 4).map((p) => p.value),
    ).toEqual([3, 4, 5]);
    expect(windowEndingAt(accuracy, s, 9)).toEqual([]);
  });

  it('aggregates by last value or mean', () => {
    const mean = { ...latency, aggregate: 'mean' as const, windowPoints: 4 };
    expect(evaluateWindow(mean, pts(100, 300, 500, 700))).toMatchObject({
      level: 'warning',
      value: 400,
      points: 4,
    });
    expect(evaluateWindow(latency, pts(100, 700))).toMatchObject({
      level: 'breach',
      value: 700,
      threshold: 500,
    });
    expect(evaluateWindow(latency, [])).toMatchObject({ level: 'no_data', value: null });
  });

  it('judges a batch once: the worst window among its new points, and the current one', () => {
    const s = pts(100, 600, 700, 150);
    const r = evaluateBatch(latency, s, new Set(['p1', 'p2', 'p3']));
    expect(r.worst).toMatchObject({ level: 'breach', value: 600 });
    expect(r.current).toMatchObject({ level: 'ok', value: 150 });
    // Points already stored are not judged again.
    expect(evaluateBatch(latency, s, new Set(['p3'])).worst.level).toBe('ok');
    expect(evaluateBatch(latency, s, new Set()).worst.level).toBe('no_data');
    // Order of arrival does not matter.
    expect(evaluateBatch(latency, [...s].reverse(), new Set(['p1'])).current.value).toBe(150);
  });

  it('raises one alert per level while one is open', () => {
    expect(alertsToRaise('breach', [])).toEqual(['breach']);
    expect(alertsToRaise('breach', ['warning'])).toEqual(['breach']);
    expect(alertsToRaise('breach', ['breach'])).toEqual([]);
    expect(alertsToRaise('warning', [])).toEqual(['warning']);
    expect(alertsToRaise('warning', ['breach'])).toEqual([]);
    expect(alertsToRaise('ok', [])).toEqual([]);
  });
});

describe('OTLP JSON', () => {
  const body = {
    resourceMetrics: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: 'scorer' } },
            { key: 'replica', value: { intValue: '2' } },
          ],
        },
        scopeMetrics: [
          {
            metrics: [
              {
                name: 'model.accuracy',
                gauge: {
                  dataPoints: [
                    { timeUnixNano: '1767225600000000000', asDouble: 0.91, attributes: [] },
                    { timeUnixNano: 1767225660000000000, asInt: '1' },
                    { asDouble: 1 },
                  ],
                },
              },
              {
                name: 'latency',
                histogram: { dataPoints: [{ timeUnixNano: '1767225600000000000', count: '4', sum: 100 }] },
              },
              { name: 'q', summary: { dataPoints: [{}] } },
            ],
          },
        ],
      },
    ],
  };

  it('flattens gauge, sum and histogram points (histogram as its mean)', () => {
    const { points, skipped } = otlpPoints(body);
    expect(points.map((p) => [p.name, p.value])).toEqual([
      ['model.accuracy', 0.91],
      ['model.accuracy', 1],
      ['latency', 25],
    ]);
    expect(skipped).toBe(2);
    expect(points[0]!.resource).toEqual({ 'service.name': 'scorer', replica: '2' });
    expect(otlpTimeIso(points[0]!.timeUnixNano)).toBe('2026-01-01T00:00:00.000Z');
    expect(otlpPoints({ resourceMetrics: 'nonsense' })).toEqual({ points: [], skipped: 0 });
    expect(otlpPoints(null).points).toEqual([]);
  });

  it('matches attributes exactly and keys a point by name, series and time', () => {
    const [p] = otlpPoints(body).points;
    expect(matchesAttributes({ 'service.name': 'scorer' }, p!)).toBe(true);
    expect(matchesAttributes({ 'service.name': 'other' }, p!)).toBe(false);
    expect(matchesAttributes({}, p!)).toBe(true);
    const reordered = { ...p!, resource: { replica: '2', 'service.name': 'scorer' } };
    expect(otlpPointKey(reordered)).toBe(otlpPointKey(p!));
    expect(otlpPointKey({ ...p!, timeUnixNano: '1' })).not.toBe(otlpPointKey(p!));
  });
});
