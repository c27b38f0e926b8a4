// What a parsed file asks of the inventory, before anything is written: drafts keyed by external reference.
import { AppError, type FieldError } from '@openaims/core';
import type { DatasetFields } from '../inventory/dataset.service.ts';
import type { ModelFields } from '../inventory/model.service.ts';
import type { SupplierFields } from '../inventory/supplier.service.ts';

/** A record to create or update, found at `location` in the file. */
export interface Draft<F> {
  ref: string;
  location: string;
  fields: Partial<F> & { name: string };
}

/** A part of the file the import leaves out, and why (shown in the preview). */
export interface Skipped {
  location: string;
  name: string;
  reason: string;
}

/** Drafts and the links between them, by external reference; what is left out and notes for the preview. */
export interface ImportPlan {
  /** The format and version the file declared (`CycloneDX 1.7`), named in the preview. */
  format?: string;
  skipped: Skipped[];
  notes: string[];
  suppliers: Draft<SupplierFields>[];
  datasets: (Draft<Omit<DatasetFields, 'supplierId'>> & { supplierRef?: string })[];
  models: (Draft<Omit<ModelFields, 'supplierId' | 'datasets'>> & {
    supplierRef?: string;
    datasets: { ref: string; purpose: 'training' | 'validation' | 'testing' }[];
  })[];
}

/** An empty plan. */
export const emptyPlan = (format?: string): ImportPlan => ({
  ...(format ? { format } : {}),
  skipped: [],
  notes: [],
  suppliers: [],
  datasets: [],
  models: [],
});

/** The key a supplier is matched on in every format, so the same vendor from two files is one record. */
export const supplierRef = (name: string) => `supplier:${name.trim().toLowerCase()}`;

/** Adds a supplier draft once per reference; returns the reference. */
export function addSupplier(plan: ImportPlan, name: string, location: string, url?: string): string {
  const ref = supplierRef(name);
  // A malformed vendor URL is dropped rather than refusing the whole file over a cosmetic field.
  const goodUrl = url && /^https?:\/\//.test(url) && URL.canParse(url) ? url : undefined;
  if (!plan.suppliers.some((s) => s.ref === ref)) {
    plan.suppliers.push({
      ref,
      location,
      fields: { name: name.trim(), ...(goodUrl ? { url: goodUrl } : {}) },
    });
  }
  return ref;
}

/** Refuses a file: VALIDATION_FAILED with the location of each problem. */
export function refuse(message: string, errors: FieldError[]): never {
  throw new AppError(
    'VALIDATION_FAILED',
    `${message}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    { errors },
  );
}

/** RFC 6901 JSON pointer of a path inside a parsed file (`/components/3/name`), so a refusal names the place. */
export function jsonPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0
    ? '/'
    : path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Schema issues as field errors whose paths are JSON pointers (at most `max`, so a broken file gives a short answer). */
export function pointerErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  max = 20,
): FieldError[] {
  return issues.slice(0, max).map((i) => ({ path: jsonPointer(i.path), message: i.message }));
}

/**
 * Offset of the first JSON syntax error, found by a small scanner: V8's message gives a position for some errors
 * only ("Unexpected token ','" has none), and a refusal must name the place.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const lit = (w: string) => {
    if (text.startsWith(w, i)) i += w.length;
    else fail();
  };
  const str = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  // An object or an array, its opening character next: items separated by commas up to `close`.
  const items = (close: '}' | ']', item: () => void): void => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail();
    }
  };
  const member = () => {
    ws();
    if (text[i] !== '"') fail();
    str();
    ws();
    if (text[i] !== ':') fail();
    i++;
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') items('}', member);
    else if (c === '[') items(']', value);
    else if (c === '"') str();
    else if (c === 't') lit('true');
    else if (c === 'f') lit('false');
    else if (c === 'n') lit('null');
    else num();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1;
  }
}

/** Parses JSON, refusing with the line and column of a syntax error; `format` names the file in the message. */
export function parseJsonFile(text: string, format = 'The file'): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    let pos = Number(/position (\d+)/.exec(msg)?.[1] ?? Number.NaN);
    if (!Number.isFinite(pos)) pos = jsonErrorOffset(text);
    let where = '(file)';
    if (pos >= 0) {
      const before = text.slice(0, pos).split('\n');
      where = `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
    }
    return refuse(`${format} is not valid JSON (fix the syntax at the place named)`, [
      { path: where, message: msg.replace(/^.*?: /, '').slice(0, 300) },
    ]);
  }
}

/** Text of a value that may be a string or a list of strings. */
export function textOf(v: unknown, sep = '\n'): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string').join(sep);
  return '';
}

/** Guess of a dataset's role from its name (training unless it reads as evaluation or validation data). */
export function purposeFromName(name: string): 'training' | 'validation' | 'testing' {
  if (/\b(eval|evaluation|test|holdout)\b/i.test(name.replace(/[-_]/g, ' '))) return 'testing';
  if (/\bvalid(ation)?\b/i.test(name.replace(/[-_]/g, ' '))) return 'validation';
  return 'training';
}
