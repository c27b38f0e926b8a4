// AI Incident Database rows → external-lesson drafts (§6.1.2, §10.2; DESIGN §6). Two shapes are read: the CSV
// exports of classified incidents (`Incident ID`, `Date`, `Summary`, `AIID URL`, taxonomy columns …) and JSON in
// the shape of the AIID `incidents` collection (`incident_id`, `date`, `title`, `description`), as a list or
// under `incidents`. Columns without a field of their own are kept verbatim in `attributes`.
import { type FieldError, isHttpUrl } from '@openaims/core';
import { parseJsonFile, refuse } from './import-plan.ts';

/** One incident row read from the file, before it meets the database. */
export interface AiidDraft {
  externalId: string;
  title: string;
  date: string | null;
  description: string;
  url: string | null;
  attributes: Record<string, unknown>;
  /** Risk ids the row itself names (a `riskId` / `Risk ID` column). */
  riskIds: string[];
  /** Where the row is in the file (`line 3` or `/2`). */
  location: string;
}

/** The parsed file. */
export interface AiidPlan {
  format: string;
  drafts: AiidDraft[];
  notes: string[];
}

const MAX_ROWS = 20_000;

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); refuses an unclosed quote with its line. */
export function parseCsv(text: string): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) {
        rows.push(row);
        lines.push(rowLine);
      }
      row = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted)
    refuse('AIID CSV: a quoted field is never closed', [
      {
        path: `line ${quoteLine}`,
        message: 'close the quote (") that starts here, or double a quote inside it',
      },
    ]);
  row.push(field);
  if (row.some((f) => f !== '')) {
    rows.push(row);
    lines.push(rowLine);
  }
  return { rows, lines };
}

/** `5/19/2015`, `2015-05-19` or an ISO timestamp → `2015-05-19`; anything else is kept as written. */
export function normaliseAiidDate(v: string): string | null {
  const t = v.trim();
  if (!t) return null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  const [y, m, d] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y) return t.slice(0, 50);
  const s = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const dt = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(dt.getTime()) || dt.toISOString().slice(0, 10) !== s ? t.slice(0, 50) : s;
}

/** A title from a summary: its first sentence, at most 200 characters. */
function titleFrom(summary: string, id: string): string {
  const first = summary.trim().split(/(?<=[.!?])\s/)[0] ?? '';
  const t = first.length > 200 ? `${first.slice(0, 197)}…` : first;
  return t || `AIID incident ${id}`;
}

const key = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, '');
const ID_KEYS = ['incidentid', 'incident_id', 'id'].map(key);
const RISK_KEYS = ['riskid', 'riskids', 'openaimsrisk', 'openaimsriskid'];

/** Builds drafts from rows of key → value; `where(i)` names the place of row i. */
function draftsOf(
  format: string,
  records: Record<string, unknown>[],
  where: (i: number) => string,
): AiidPlan {
  const notes: string[] = [];
  const errors: FieldError[] = [];
  const drafts: AiidDraft[] = [];
  const seen = new Map<string, string>();
  records.forEach((r, i) => {
    const find = (keys: string[]) => {
      const k = Object.keys(r).find((x) => keys.includes(key(x)));
      return k === undefined ? undefined : { k, v: r[k] };
    };
    const text = (v: unknown) =>
      typeof v === 'string'
        ? v.trim()
        : typeof v === 'number'
          ? String(v)
          : Array.isArray(v)
            ? v.join(', ')
            : '';
    const idf = find(ID_KEYS);
    const externalId = text(idf?.v);
    if (!externalId || !/^[\w.-]{1,100}$/.test(externalId)) {
      errors.push({
        path: `${where(i)} (${idf?.k ?? 'Incident ID'})`,
        message: externalId
          ? 'an AIID incident id is a number (at most 100 letters, digits, . _ -)'
          : 'every row needs its AIID incident id (column "Incident ID" in CSV, "incident_id" in JSON)',
      });
      return;
    }
    if (seen.has(externalId)) {
      notes.push(
        `incident ${externalId} appears again at ${where(i)}; the later row is used (first at ${seen.get(externalId)})`,
      );
    }
    seen.set(externalId, where(i));
    const used = new Set<string>();
    const take = (keys: string[]) => {
      const f = find(keys.map(key));
      if (f) used.add(f.k);
      return f?.v;
    };
    used.add(idf!.k);
    const description = text(take(['description', 'summary'])).slice(0, 20_000);
    const title = (text(take(['title'])) || titleFrom(description, externalId)).slice(0, 300);
    const date = normaliseAiidDate(text(take(['date'])));
    const rawUrl = text(take(['AIID URL', 'url']));
    let url: string | null = null;
    if (rawUrl) {
      if (isHttpUrl(rawUrl)) url = rawUrl.slice(0, 2000);
      else
        notes.push(
          `incident ${externalId}: the address "${rawUrl.slice(0, 80)}" is not http(s) and was left out`,
        );
    } else if (/^\d+$/.test(externalId)) url = `https://incidentdatabase.ai/cite/${externalId}`;
    const riskCell = take(RISK_KEYS);
    const riskIds = (Array.isArray(riskCell) ? riskCell.map(text) : text(riskCell).split(/[\s,;]+/)).filter(
      Boolean,
    );
    const attributes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      if (used.has(k) || k === '_id' || k === 'embedding' || v === '' || v === null || v === undefined)
        continue;
      // Array cells of the CSV export are JSON lists (`["youtube"]`); keep them as lists.
      if (typeof v === 'string' && /^\[.*\]$/s.test(v.trim())) {
        try {
          attributes[k] = JSON.parse(v);
          continue;
        } catch {}
      }
      attributes[k] = typeof v === 'string' ? v.slice(0, 20_000) : v;
    }
    const draft = { externalId, title, date, description, url, attributes, riskIds, location: where(i) };
    const at = drafts.findIndex((d) => d.externalId === externalId);
    if (at >= 0) drafts[at] = draft;
    else drafts.push(draft);
  });
  if (errors.length) refuse(`${format}: some incident rows cannot be read`, errors);
  if (drafts.length === 0)
    refuse(`${format}: no incident rows`, [
      { path: '(file)', message: 'send at least one AIID incident row after the header' },
    ]);
  return { format, drafts, notes };
}

/** Parses an AIID export (CSV or JSON, told apart by the first character) into drafts; refuses by place. */
export function parseAiid(text: string): AiidPlan {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') {
    const json = parseJsonFile(body, 'AIID JSON');
    const list = Array.isArray(json)
      ? json
      : json && typeof json === 'object' && Array.isArray((json as { incidents?: unknown }).incidents)
        ? (json as { incidents: unknown[] }).incidents
        : undefined;
    const prefix = Array.isArray(json) ? '' : '/incidents';
    if (!list)
      refuse('AIID JSON: expected a list of incidents', [
        {
          path: '/',
          message:
            'send a JSON array of incidents (AIID `incidents` collection: incident_id, date, title, description) or an object with an "incidents" array',
        },
      ]);
    if (list.length > MAX_ROWS)
      refuse('AIID JSON: too many incidents in one file', [
        { path: prefix || '/', message: `at most ${MAX_ROWS} a file; split it` },
      ]);
    const bad = list.findIndex((x) => !x || typeof x !== 'object' || Array.isArray(x));
    if (bad >= 0)
      refuse('AIID JSON: an incident is not an object', [
        { path: `${prefix}/${bad}`, message: 'each incident is an object with incident_id, date, title …' },
      ]);
    return draftsOf('AIID JSON', list as Record<string, unknown>[], (i) => `${prefix}/${i}`);
  }
  const { rows, lines } = parseCsv(body);
  const header = rows[0];
  if (!header?.some((h) => ID_KEYS.includes(key(h))))
    refuse('AIID CSV: no "Incident ID" column in the header', [
      {
        path: 'line 1',
        message:
          'send an AI Incident Database CSV export (header with "Incident ID", "Date", "Summary", "AIID URL" …) or AIID JSON',
      },
    ]);
  if (rows.length - 1 > MAX_ROWS)
    refuse('AIID CSV: too many rows in one file', [
      { path: 'line 1', message: `at most ${MAX_ROWS} a file; split it` },
    ]);
  const records = rows.slice(1).map((r, i) => {
    if (r.length > header.length)
      refuse('AIID CSV: a row has more fields than the header', [
        {
          path: `line ${lines[i + 1]}`,
          message: `${r.length} fields, the header has ${header.length}; quote fields that hold commas`,
        },
      ]);
    return Object.fromEntries(header.map((h, j) => [h.trim(), r[j] ?? '']));
  });
  return draftsOf('AIID CSV', records, (i) => `line ${lines[i + 1]}`);
}
