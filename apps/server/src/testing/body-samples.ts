// Request bodies generated from the OpenAPI document, for the generated sweeps: which operations take a JSON
// body, which fields of it match a test (id fields, dates, URLs), and a minimal body the schema accepts.

// biome-ignore lint/suspicious/noExplicitAny: walking an OpenAPI JSON Schema document
export type Schema = any;

/** An operation with a JSON body and the paths of the body fields a predicate picked (`[]` steps into arrays). */
export interface BodyOperation {
  method: string;
  path: string;
  schema: Schema;
  fields: string[][];
}

/** The JSON-body operations of a document, each with its fields for which `pick(name, schema)` holds. */
export function bodyOperations(
  doc: Schema,
  pick: (name: string, schema: Schema) => boolean,
): { out: BodyOperation[]; resolve: (s: Schema) => Schema } {
  const resolve = (s: Schema): Schema =>
    s?.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()]) : s;
  const out: BodyOperation[] = [];
  const walk = (s: Schema, at: string[], fields: string[][], depth = 0) => {
    s = resolve(s);
    if (!s || depth > 6) return;
    for (const k of ['anyOf', 'oneOf', 'allOf']) for (const x of s[k] ?? []) walk(x, at, fields, depth + 1);
    for (const [k, v] of Object.entries<Schema>(s.properties ?? {})) {
      if (pick(k, resolve(v)) && !fields.some((x) => x.join('.') === [...at, k].join('.')))
        fields.push([...at, k]);
      walk(v, [...at, k], fields, depth + 1);
    }
    if (s.items) walk(s.items, [...at, '[]'], fields, depth + 1);
  };
  for (const [path, item] of Object.entries<Schema>(doc.paths)) {
    for (const [method, op] of Object.entries<Schema>(item)) {
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      if (!schema) continue;
      const fields: string[][] = [];
      walk(schema, [], fields);
      if (fields.length) out.push({ method: method.toUpperCase(), path, schema: resolve(schema), fields });
    }
  }
  return { out, resolve };
}

/**
 * A minimal body the schema accepts: required properties only, each with a plain sample value; `idFor` gives
 * a value for a property by name (record ids) when it knows one.
 */
export function sampleBody(
  s: Schema,
  resolve: (s: Schema) => Schema,
  idFor: (name: string) => string | undefined = () => undefined,
  depth = 0,
  name = '',
): unknown {
  s = resolve(s);
  if (!s || depth > 8) return undefined;
  const id = name ? idFor(name) : undefined;
  if (id !== undefined) return id;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt)
    return sampleBody(
      alt.find((x: Schema) => resolve(x)?.type !== 'null') ?? alt[0],
      resolve,
      idFor,
      depth + 1,
    );
  if (s.allOf)
    return Object.assign({}, ...s.allOf.map((x: Schema) => sampleBody(x, resolve, idFor, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((x: string) => x !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const k of s.required ?? []) o[k] = sampleBody(s.properties?.[k], resolve, idFor, depth + 1, k);
      return o;
    }
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sampleBody(s.items, resolve, idFor, depth + 1));
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'string':
      if (isDateSchema(s)) return '2026-01-01';
      if (s.format === 'date-time') return '2026-01-01T00:00:00.000Z';
      if (s.format === 'email') return 'sweep@example.test';
      if (s.format === 'uri' || s.format === 'url' || /(url|link)$/i.test(name))
        return 'https://example.test/';
      return 'Sweep value';
    default:
      return undefined;
  }
}

/** Whether a string schema is a calendar date (`YYYY-MM-DD`). */
export function isDateSchema(s: Schema): boolean {
  return s?.format === 'date' || (typeof s?.pattern === 'string' && s.pattern.includes('\\d{4}-'));
}

/** The sample of the schema at a field path (for building array items on the way to a field). */
export function sampleAt(
  schema: Schema,
  resolve: (s: Schema) => Schema,
  at: string[],
  idFor?: (name: string) => string | undefined,
) {
  let s = schema;
  for (const step of at)
    s = step === '[]' ? resolve(resolve(s)?.items) : resolve(resolve(s)?.properties?.[step]);
  return sampleBody(s, resolve, idFor);
}

/** Sets `value` at a field path; `[]` steps create a one-element array of the item's sample. */
export function setAt(
  body: Record<string, unknown>,
  path: string[],
  value: unknown,
  itemSample: (at: string[]) => unknown,
): void {
  let cur: Record<string, unknown> = body;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!;
    if (path[i + 1] === '[]') {
      const item = (itemSample(path.slice(0, i + 2)) ?? {}) as Record<string, unknown>;
      cur[step] = [item];
      cur = item;
      i++;
    } else {
      cur[step] ??= {};
      cur = cur[step] as Record<string, unknown>;
    }
  }
  const last = path[path.length - 1]!;
  cur[last] = last.endsWith('Ids') ? [value] : value;
  // A link names its target's type beside the id (`{ targetType, targetId }`, `{ entityType, entityId }`).
  if (last === 'targetId') cur.targetType = 'risk';
  if (last === 'entityId') cur.entityType = 'risk';
}
