import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';
import { parsePushFile } from './metrics.command.ts';

interface PushOutput {
  accepted: number;
  duplicates: number;
  metrics: {
    metricId: string;
    accepted: number;
    duplicates: number;
    alerts: { level: string; nonconformityId: string | null }[];
  }[];
}

describe('push file parsing', () => {
  it('reads CSV with its header and JSON lines, naming the line of a bad row', () => {
    expect(parsePushFile('metricId,id,at,value\nmet_1,a,2026-11-01T00:00:00Z,0.5\n')).toEqual([
      { metricId: 'met_1', id: 'a', at: '2026-11-01T00:00:00Z', value: 0.5 },
    ]);
    expect(
      parsePushFile('{"metricId":"met_1","id":"a","at":"2026-11-01T00:00:00Z","value":2}\n'),
    ).toHaveLength(1);
    expect(() => parsePushFile('metric,id,at,value\n')).toThrow(/header/);
    expect(() => parsePushFile('metricId,id,at,value\nmet_1,a,yesterday,1\n')).toThrow(/line 2: at/);
    expect(() => parsePushFile('metricId,id,at,value\nmet_1,a,2026-11-01T00:00:00Z,\n')).toThrow(
      /line 2: value/,
    );
    expect(() => parsePushFile('')).toThrow(/no measurements/);
  });
});

describe('aims metrics push', () => {
  const cli = useCli({ initTimeoutMs: 110_000, hookTimeoutMs: 180_000 });
  const dir = useTempDir('aims-metrics-push-');
  const metricId = 'met_0000000000clitestmetric00';
  /** `aims metrics push --org <the organization> FILE …flags` (slow on a loaded machine). */
  const push = (file: string, ...flags: string[]) =>
    cli.run(['metrics', 'push', '--org', cli.orgId, file, ...flags], { timeoutMs: 150_000 });
  /** Writes `text` to the file `name` in the test folder and returns its path. */
  const fileOf = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  beforeAll(async () => {
    await cli.sql(
      `INSERT INTO metrics (id, organization_id, created_at, updated_at, name, direction, breach_threshold, on_breach)
       VALUES ('${metricId}', '${cli.orgId}', now(), now(), 'Complaints per week', 'lower_is_better', 10, 'nonconformity')`,
    );
  });

  it('pushes a CSV file once: the breach raises one alert and a nonconformity; a re-run stores nothing', {
    timeout: 400_000,
  }, async () => {
    const file = fileOf(
      'm.csv',
      `metricId,id,at,value\n${metricId},w1,2026-11-02T00:00:00Z,4\n${metricId},w2,2026-11-09T00:00:00Z,12\n`,
    );
    const first = await push(file, '--json');
    expect(first.code, first.stderr).toBe(0);
    const out = jsonOf<PushOutput>(first);
    expect(out).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(out.metrics[0]!.alerts).toMatchObject([
      { level: 'breach', nonconformityId: expect.stringMatching(/^nc_/) },
    ]);
    const again = await push(file, '--json');
    expect(jsonOf<PushOutput>(again)).toMatchObject({
      accepted: 0,
      duplicates: 2,
      metrics: [{ alerts: [] }],
    });
  });

  it('reads JSON lines, and exits 2 on a bad file without storing anything', {
    timeout: 400_000,
  }, async () => {
    const file = fileOf(
      'm.jsonl',
      `${JSON.stringify({ metricId, id: 'w3', at: '2026-11-16T00:00:00Z', value: 3 })}\n`,
    );
    const ok = await push(file);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('1 new, 0 already stored');
    const bad = fileOf(
      'bad.csv',
      `metricId,id,at,value\n${metricId},w4,2026-11-23T00:00:00Z,1\n${metricId},w5,nope,1\n`,
    );
    const r = await push(bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3');
  });
});
