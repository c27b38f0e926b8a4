// OTLP/HTTP JSON metrics (OpenTelemetry protocol, `ExportMetricsServiceRequest` in its JSON mapping): flattened to
// data points so any OTel SDK or collector can report model metrics (A.6.2.6). Pure: hashing is the caller's.

/** An OTLP `AnyValue` in JSON. */
type AnyValue = {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: AnyValue[] };
  kvlistValue?: { values?: KeyValue[] };
};
type KeyValue = { key?: string; value?: AnyValue };

/** One numeric data point of an OTLP export, with the attributes that identify its series. */
export interface OtlpPoint {
  name: string;
  resource: Record<string, string>;
  attributes: Record<string, string>;
  /** Nanoseconds since the epoch, as the decimal string OTLP sends. */
  timeUnixNano: string;
  value: number;
}

/** OTLP int64 in JSON: a decimal string, a number, or protobufjs's {low, high} long bits. */
function nanos(v: unknown): string | null {
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) return v.replace(/^0+(?=\d)/, '');
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return BigInt(Math.trunc(v)).toString();
  if (v && typeof v === 'object' && 'low' in v && 'high' in v) {
    const { low, high } = v as { low: number; high: number };
    return ((BigInt(high >>> 0) << 32n) + BigInt(low >>> 0)).toString();
  }
  return null;
}

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function stringOf(v: AnyValue | undefined): string {
  if (!v) return '';
  if (v.stringValue !== undefined) return String(v.stringValue);
  if (v.boolValue !== undefined) return String(v.boolValue);
  if (v.intValue !== undefined) return String(v.intValue);
  if (v.doubleValue !== undefined) return String(v.doubleValue);
  if (v.arrayValue) return JSON.stringify((v.arrayValue.values ?? []).map(stringOf));
  if (v.kvlistValue) return JSON.stringify(attributesOf(v.kvlistValue.values));
  return '';
}

/** OTLP key-value list → a plain string map (values as strings, for exact matching). */
export function attributesOf(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(list)) return out;
  for (const kv of list as KeyValue[]) {
    if (kv && typeof kv.key === 'string') out[kv.key] = stringOf(kv.value);
  }
  return out;
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * Every numeric data point of a request: gauge and sum points as they are, histogram points as their mean
 * (sum / count; points without a sum or with count 0 are skipped). Summaries and exponential histograms are
 * skipped. Points without a time are skipped too, since the time is part of their identity.
 */
export function otlpPoints(body: unknown): { points: OtlpPoint[]; skipped: number } {
  const points: OtlpPoint[] = [];
  let skipped = 0;
  for (const rm of arr(obj(body).resourceMetrics)) {
    const resource = attributesOf(obj(obj(rm).resource).attributes);
    for (const sm of arr(obj(rm).scopeMetrics)) {
      for (const metric of arr(obj(sm).metrics)) {
        const m = obj(metric);
        const name = typeof m.name === 'string' ? m.name : '';
        const numeric = [...arr(obj(m.gauge).dataPoints), ...arr(obj(m.sum).dataPoints)];
        const push = (dp: Record<string, unknown>, value: number | null) => {
          const time = nanos(dp.timeUnixNano);
          if (!name || value === null || time === null) {
            skipped++;
            return;
          }
          points.push({ name, resource, attributes: attributesOf(dp.attributes), timeUnixNano: time, value });
        };
        for (const dp of numeric) push(obj(dp), num(obj(dp).asDouble) ?? num(obj(dp).asInt));
        for (const raw of arr(obj(m.histogram).dataPoints)) {
          const dp = obj(raw);
          const count = num(dp.count);
          const sum = num(dp.sum);
          push(dp, count && sum !== null ? sum / count : null);
        }
        skipped += arr(obj(m.summary).dataPoints).length + arr(obj(m.exponentialHistogram).dataPoints).length;
      }
    }
  }
  return { points, skipped };
}

/** Whether a point's resource and point attributes carry every matcher (point attributes win on a clash). */
export function matchesAttributes(matchers: Record<string, string>, p: OtlpPoint): boolean {
  const all = { ...p.resource, ...p.attributes };
  return Object.entries(matchers).every(([k, v]) => all[k] === v);
}

/** The identity of a point before hashing: metric name, sorted series attributes and time. */
export function otlpPointKey(p: OtlpPoint): string {
  const attrs = (r: Record<string, string>) =>
    Object.keys(r)
      .sort()
      .map((k) => [k, r[k]]);
  return JSON.stringify([p.name, attrs(p.resource), attrs(p.attributes), p.timeUnixNano]);
}

/** A point's time as an ISO timestamp (millisecond precision). */
export function otlpTimeIso(timeUnixNano: string): string {
  return new Date(Number(BigInt(timeUnixNano) / 1_000_000n)).toISOString();
}
