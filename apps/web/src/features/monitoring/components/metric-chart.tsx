// A metric's time series with its threshold bands (§9.1 analysis and evaluation): green where it is fine, amber
// from the warning, red from the breach, in the metric's own direction. Plain SVG like the KPI chart.
import { Text } from '@mantine/core';
import type { MetricDefinition, MetricMeasurement } from '@openaims/core';

const W = 720;
const H = 240;
const PAD = { l: 56, r: 16, t: 12, b: 28 };

const fmt = (v: number) => (Math.abs(v) >= 1000 || Number.isInteger(v) ? String(v) : v.toPrecision(3));

export function MetricChart({ metric, points }: { metric: MetricDefinition; points: MetricMeasurement[] }) {
  if (points.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No measurements yet. Send them with the API, `aims metrics push` or an OpenTelemetry exporter.
      </Text>
    );
  const times = points.map((p) => Date.parse(p.at));
  const thresholds = [metric.warningThreshold, metric.breachThreshold].filter((t): t is number => t !== null);
  const values = [...points.map((p) => p.value), ...thresholds];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const margin = (hi - lo || Math.abs(hi) || 1) * 0.1;
  lo -= margin;
  hi += margin;
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (t: number) =>
    t1 === t0 ? (PAD.l + W - PAD.r) / 2 : PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + ((hi - Math.min(hi, Math.max(lo, v))) / (hi - lo)) * (H - PAD.t - PAD.b);
  const higher = metric.direction === 'higher_is_better';
  // Bands from the good end to the bad end: ok, warning, breach.
  const w = metric.warningThreshold;
  const b = metric.breachThreshold;
  const goodEnd = higher ? hi : lo;
  const badEnd = higher ? lo : hi;
  const bands: { from: number; to: number; color: string; label: string }[] = [];
  const firstCut = w ?? b ?? badEnd;
  bands.push({ from: goodEnd, to: firstCut, color: 'var(--mantine-color-teal-5)', label: 'ok' });
  if (w !== null)
    bands.push({ from: w, to: b ?? badEnd, color: 'var(--mantine-color-yellow-5)', label: 'warning' });
  if (b !== null) bands.push({ from: b, to: badEnd, color: 'var(--mantine-color-red-5)', label: 'breach' });
  const path = points
    .map((p, i) => `${i ? 'L' : 'M'}${x(times[i]!).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const last = points[points.length - 1]!;
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const ticks = [hi - margin, ...thresholds, lo + margin].filter((v, i, a) => a.indexOf(v) === i);
  return (
    <svg
      role="img"
      aria-label={`${metric.name}: ${points.length} measurements from ${points[0]!.at.slice(0, 16)} to ${last.at.slice(0, 16)}, latest ${last.value}${unit}${w !== null ? `, warning at ${w}${unit}` : ''}${b !== null ? `, breach at ${b}${unit}` : ''}`}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: 960 }}
    >
      {bands.map((band) => (
        <rect
          key={band.label}
          x={PAD.l}
          width={W - PAD.l - PAD.r}
          y={Math.min(y(band.from), y(band.to))}
          height={Math.abs(y(band.from) - y(band.to))}
          fill={band.color}
          fillOpacity={0.15}
        />
      ))}
      {thresholds.map((t) => (
        <line
          key={t}
          x1={PAD.l}
          x2={W - PAD.r}
          y1={y(t)}
          y2={y(t)}
          stroke={t === b ? 'var(--mantine-color-red-8)' : 'var(--mantine-color-yellow-8)'}
          strokeDasharray="4 4"
        />
      ))}
      {ticks.map((v) => (
        <text
          key={v}
          x={PAD.l - 6}
          y={y(v) + 4}
          textAnchor="end"
          fontSize="11"
          fill="var(--mantine-color-text)"
        >
          {fmt(v)}
        </text>
      ))}
      <path d={path} fill="none" stroke="var(--mantine-color-indigo-7)" strokeWidth="2" />
      {points.length <= 200 &&
        points.map((p, i) => (
          <circle key={p.id} cx={x(times[i]!)} cy={y(p.value)} r="3" fill="var(--mantine-color-indigo-7)">
            <title>{`${p.at}: ${p.value}${unit}`}</title>
          </circle>
        ))}
      <text x={PAD.l} y={H - 8} fontSize="11" fill="var(--mantine-color-text)">
        {points[0]!.at.slice(0, 16).replace('T', ' ')}
      </text>
      <text x={W - PAD.r} y={H - 8} fontSize="11" textAnchor="end" fill="var(--mantine-color-text)">
        {last.at.slice(0, 16).replace('T', ' ')}
      </text>
    </svg>
  );
}
