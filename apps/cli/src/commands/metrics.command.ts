// `aims metrics push --org ID FILE`: measurements from a CSV (`metricId,id,at,value` with a header) or JSON lines
// file, through the same service as the API (§9.1). Idempotent: each row's id is its key, so a re-run stores
// nothing twice and raises no second alert.
import { MAX_MEASUREMENT_BATCH, type MeasurementPoint, MeasurementPointSchema } from '@openaims/core';
import { recordMeasurements } from '@openaims/services';
import type { Command } from 'commander';
import { badInput } from '../support/errors.ts';
import { readInputFile } from '../support/files.ts';
import { existingOrgContext } from '../support/lookup.ts';
import { printJson, printLines } from '../support/output.ts';
import { type StorageFlags, withDatabase, withDataDirOption } from '../support/storage.ts';

/** One row of a push file. */
export interface PushRow extends MeasurementPoint {
  metricId: string;
}

const HEADER = ['metricId', 'id', 'at', 'value'];

function csvFields(line: string): string[] {
  return line.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
}

/** Parses a push file (CSV with header, or JSON lines); a bad row is an error naming its line. */
export function parsePushFile(text: string): PushRow[] {
  const lines = text.split(/\r?\n/).map((l, i) => ({ l: l.trim(), n: i + 1 }));
  const body = lines.filter((x) => x.l !== '');
  if (body.length === 0) throw badInput('the file holds no measurements');
  const isJsonLines = body[0]!.l.startsWith('{');
  let rows = body;
  if (!isJsonLines) {
    const header = csvFields(body[0]!.l);
    if (header.join(',') !== HEADER.join(','))
      throw badInput(`line ${body[0]!.n}: the CSV header must be ${HEADER.join(',')}`);
    rows = body.slice(1);
  }
  return rows.map(({ l, n }) => {
    let raw: Record<string, unknown>;
    if (isJsonLines) {
      try {
        raw = JSON.parse(l);
      } catch {
        throw badInput(`line ${n}: not a JSON object`);
      }
    } else {
      const f = csvFields(l);
      if (f.length !== 4) throw badInput(`line ${n}: expected 4 fields (${HEADER.join(',')})`);
      raw = { metricId: f[0], id: f[1], at: f[2], value: f[3] === '' ? Number.NaN : Number(f[3]) };
    }
    const { metricId, ...point } = raw ?? {};
    const parsed = MeasurementPointSchema.safeParse(point);
    if (typeof metricId !== 'string' || metricId === '') throw badInput(`line ${n}: metricId is missing`);
    if (!parsed.success)
      throw badInput(
        `line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ')}`,
      );
    return { metricId, ...parsed.data };
  });
}

interface PushSummary {
  metricId: string;
  accepted: number;
  duplicates: number;
  alerts: { id: string; level: string; nonconformityId: string | null; incidentId: string | null }[];
}

/** Registers `aims metrics push`. */
export function registerMetricsCommand(program: Command): void {
  const metrics = program.command('metrics').description('monitoring metrics (§9.1)');
  withDataDirOption(
    metrics
      .command('push')
      .description(
        'record measurements from a CSV (metricId,id,at,value) or JSON lines file; idempotent by id',
      )
      .argument('<file>', 'the file to read'),
  )
    .requiredOption('--org <id>', 'organization id (org_…)')
    .option('--json', 'print {"accepted","duplicates","metrics":[…]}')
    .action(async (file: string, flags: StorageFlags & { org: string; json?: boolean }) => {
      const text = await readInputFile(file);
      const rows = parsePushFile(text);
      const byMetric = new Map<string, MeasurementPoint[]>();
      for (const { metricId, ...p } of rows) byMetric.set(metricId, [...(byMetric.get(metricId) ?? []), p]);
      const out = await withDatabase(flags, async ({ db }) => {
        const ctx = await existingOrgContext(db, flags.org);
        const summaries: PushSummary[] = [];
        for (const [metricId, points] of byMetric) {
          const s: PushSummary = { metricId, accepted: 0, duplicates: 0, alerts: [] };
          for (let i = 0; i < points.length; i += MAX_MEASUREMENT_BATCH) {
            const r = await recordMeasurements(
              ctx,
              metricId,
              { items: points.slice(i, i + MAX_MEASUREMENT_BATCH) },
              'cli',
            );
            s.accepted += r.accepted;
            s.duplicates += r.duplicates;
            s.alerts.push(
              ...r.alerts.map((a) => ({
                id: a.id,
                level: a.level,
                nonconformityId: a.nonconformityId,
                incidentId: a.incidentId,
              })),
            );
          }
          summaries.push(s);
        }
        return summaries;
      });
      const accepted = out.reduce((n, s) => n + s.accepted, 0);
      const duplicates = out.reduce((n, s) => n + s.duplicates, 0);
      if (flags.json) printJson({ accepted, duplicates, metrics: out });
      else
        printLines(
          ...out.map(
            (s) =>
              `${s.metricId}  ${s.accepted} new, ${s.duplicates} already stored` +
              (s.alerts.length ? `, alerts: ${s.alerts.map((a) => `${a.level} ${a.id}`).join(', ')}` : ''),
          ),
          `${accepted} new, ${duplicates} already stored`,
        );
    });
}
