// A small line chart of a KPI's measurements against its target: a picture of the trend beats a table (§9.1).
// Plain SVG: recharts would add hundreds of kilobytes for one line.
import { Text } from '@mantine/core';
import type { Kpi, Measurement } from '@openaims/core';

export function KpiChart({ kpi, measurements }: { kpi: Kpi; measurements: Measurement[] }) {
  const points = measurements
    .filter((m) => m.kpiId === kpi.id)
    .sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
  if (points.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No measurements yet.
      </Text>
    );
  const W = 480,
    H = 140,
    P = 24;
  const values = [...points.map((p) => p.value), kpi.target];
  const lo = Math.min(...values),
    hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const y = (v: number) => H - P - ((v - lo) / span) * (H - 2 * P);
  const x = (i: number) => (points.length === 1 ? W / 2 : P + (i * (W - 2 * P)) / (points.length - 1));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const last = points[points.length - 1]!;
  return (
    <svg
      role="img"
      aria-label={`${kpi.name}: ${points.length} measurements, latest ${last.value}${kpi.unit} on ${last.measuredAt}, target ${kpi.target}${kpi.unit}`}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <line
        x1={P}
        x2={W - P}
        y1={y(kpi.target)}
        y2={y(kpi.target)}
        stroke="var(--mantine-color-gray-6)"
        strokeDasharray="4 4"
      />
      <text x={W - P} y={y(kpi.target) - 4} textAnchor="end" fontSize="11" fill="var(--mantine-color-text)">
        target {kpi.target}
        {kpi.unit}
      </text>
      <path d={path} fill="none" stroke="var(--mantine-color-indigo-7)" strokeWidth="2" />
      {points.map((p, i) => (
        <circle key={p.id} cx={x(i)} cy={y(p.value)} r="3.5" fill="var(--mantine-color-indigo-7)">
          <title>{`${p.measuredAt}: ${p.value}${kpi.unit}`}</title>
        </circle>
      ))}
      <text x={P} y={H - 6} fontSize="11" fill="var(--mantine-color-text)">
        {points[0]!.measuredAt}
      </text>
      <text x={W - P} y={H - 6} fontSize="11" textAnchor="end" fill="var(--mantine-color-text)">
        {last.measuredAt}
      </text>
    </svg>
  );
}
