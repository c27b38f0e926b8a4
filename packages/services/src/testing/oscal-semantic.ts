// A semantic OSCAL check for tests, beside the JSON schemas: a schema cannot see references, a full OSCAL validator
// rejects a document whose references do not resolve. Every referenced role, party, component, control, resource
// and uuid must resolve inside the document set (e.g. the catalog, profile and SSP an export writes together).

type Json = unknown;

/** A problem found: the document, the JSON pointer of the reference and what it names. */
export interface OscalProblem {
  document: string;
  pointer: string;
  message: string;
}

function walk(node: Json, pointer: string, visit: (key: string, value: Json, pointer: string) => void): void {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) walk(v, `${pointer}/${i}`, visit);
  } else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      visit(k, v, p);
      walk(v, p, visit);
    }
}

const root = (doc: Json) => Object.values(doc as Record<string, Json>)[0] as Record<string, Json>;
const ids = (list: Json, key: string) =>
  new Set(Array.isArray(list) ? list.map((x) => (x as Record<string, string>)[key]).filter(Boolean) : []);

/** Control ids (with nested controls and groups) of every catalog in the set. */
function catalogControls(docs: Record<string, Json>): Set<string> {
  const out = new Set<string>();
  for (const doc of Object.values(docs)) {
    if (!(doc && typeof doc === 'object' && 'catalog' in doc)) continue;
    walk(doc, '', (k, v) => {
      if (k === 'controls' && Array.isArray(v)) for (const c of v) out.add((c as { id: string }).id);
    });
  }
  return out;
}

/**
 * Checks the documents (by file name) and returns every unresolved reference: `role-id(s)` against
 * metadata.roles, `party-uuid(s)` against metadata.parties, `component-uuid` against the system's components,
 * `control-id` and profile `with-ids` against the catalogs of the set, `#uuid` links against back-matter
 * resources, back-matter `rlinks` to files of the set, and uuids that repeat inside a document.
 */
export function checkOscalReferences(docs: Record<string, Json>): OscalProblem[] {
  const problems: OscalProblem[] = [];
  const controls = catalogControls(docs);
  for (const [name, doc] of Object.entries(docs)) {
    const r = root(doc);
    const meta = (r.metadata ?? {}) as Record<string, Json>;
    const roles = ids(meta.roles, 'id');
    const parties = ids(meta.parties, 'uuid');
    const impl = (r['system-implementation'] ?? {}) as Record<string, Json>;
    const components = ids(impl.components, 'uuid');
    const resources = ids((r['back-matter'] as Record<string, Json> | undefined)?.resources, 'uuid');
    const seen = new Map<string, string>();
    const allUuids = new Set<string>();
    walk(doc, '', (k, v) => {
      if (k === 'uuid' && typeof v === 'string') allUuids.add(v);
    });
    const problem = (pointer: string, message: string) => problems.push({ document: name, pointer, message });
    const many = (v: Json) => (Array.isArray(v) ? v : [v]) as string[];
    walk(doc, '', (key, value, pointer) => {
      if (key === 'uuid' && typeof value === 'string') {
        if (seen.has(value)) problem(pointer, `uuid ${value} repeats (first at ${seen.get(value)})`);
        else seen.set(value, pointer);
      }
      if (key === 'role-id' || key === 'role-ids')
        for (const id of many(value))
          if (!roles.has(id)) problem(pointer, `role "${id}" is not defined in metadata.roles`);
      if (key === 'party-uuid' || key === 'party-uuids')
        for (const id of many(value))
          if (!parties.has(id)) problem(pointer, `party ${id} is not defined in metadata.parties`);
      if (key === 'component-uuid' && typeof value === 'string' && !components.has(value))
        problem(pointer, `component ${value} is not defined in system-implementation.components`);
      if ((key === 'control-id' || key === 'with-ids') && controls.size > 0)
        for (const id of many(value))
          if (!controls.has(id)) problem(pointer, `control "${id}" is in no catalog of the set`);
      if (
        key === 'href' &&
        typeof value === 'string' &&
        value.startsWith('#') &&
        !resources.has(value.slice(1)) &&
        !allUuids.has(value.slice(1))
      )
        problem(pointer, `link ${value} names no back-matter resource or element of the document`);
    });
    const rlinks = ((r['back-matter'] as Record<string, Json> | undefined)?.resources ?? []) as {
      rlinks?: { href: string }[];
    }[];
    rlinks.forEach((res, i) => {
      for (const [j, l] of (res.rlinks ?? []).entries())
        if (!/^[a-z]+:/.test(l.href) && !(l.href in docs))
          problem(
            `/back-matter/resources/${i}/rlinks/${j}/href`,
            `file ${l.href} is not in the document set`,
          );
    });
  }
  return problems;
}
