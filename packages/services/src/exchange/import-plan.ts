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

/** Parses JSON, refusing with the line and column of a syntax error; `format` names the file in the message. */
export function parseJsonFile(text: string, format = 'The file'): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = Number(/position (\d+)/.exec(msg)?.[1] ?? Number.NaN);
    let where = '(file)';
    if (Number.isFinite(pos)) {
      const before = text.slice(0, pos).split('\n');
      where = `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
    }
    return refuse(`${format} is not valid JSON (fix the syntax at the place named)`, [
      { path: where, message: msg.replace(/^.*?: /, '') },
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
