// CycloneDX XML → the JSON shape of the same BOM, so one importer reads both encodings. Only the parts the
// inventory import uses need be exact; the mapping follows the XML schema's element names (a list element holds
// items of its singular name, attributes become keys, text-only elements become strings).
import type * as Saxes from 'saxes';
import { lazyRequire } from '../common/lazy-require.ts';
import { refuse } from './import-plan.ts';

const saxes = lazyRequire<typeof Saxes>('saxes');

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** True when the text is XML rather than JSON (a BOM sent as `bom.xml`). */
export function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

function parseTree(text: string): El {
  const parser = new (saxes().SaxesParser)({ position: true });
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const el: El = {
      name: t.name.replace(/^[^:]+:/, ''),
      attrs: Object.fromEntries(Object.entries(t.attributes as Record<string, string>)),
      children: [],
      text: '',
    };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (s) => {
    stack[stack.length - 1]!.text += s;
  });
  parser.on('cdata', (s) => {
    stack[stack.length - 1]!.text += s;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (e) {
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec((e as Error).message);
    refuse('The CycloneDX XML BOM is not well-formed XML (fix the place named)', [
      {
        path: m ? `line ${m[1]}, column ${m[2]}` : '(file)',
        message: (m ? m[3]! : (e as Error).message).split('\n')[0]!,
      },
    ]);
  }
  const bom = root.children[0];
  if (bom?.name !== 'bom')
    refuse('Not a CycloneDX BOM (XML whose root is not <bom>)', [
      {
        path: bom ? `<${bom.name}>` : '(file)',
        message: 'send a CycloneDX 1.4–1.7 BOM: <bom xmlns="http://cyclonedx.org/schema/bom/1.6">',
      },
    ]);
  return bom;
}

/** Lists whose items carry the singular name in XML. */
const LISTS: Record<string, string[]> = {
  components: ['component'],
  hashes: ['hash'],
  externalReferences: ['reference'],
  performanceMetrics: ['performanceMetric'],
  datasets: ['dataset'],
  users: ['user'],
  useCases: ['useCase'],
  technicalLimitations: ['technicalLimitation'],
  performanceTradeoffs: ['performanceTradeoff'],
  ethicalConsiderations: ['ethicalConsideration'],
  fairnessAssessments: ['fairnessAssessment'],
  properties: ['property'],
  dependencies: ['dependency'],
  energyConsumptions: ['energyConsumption'],
  energyProviders: ['energyProvider'],
  sensitiveData: ['sensitiveData'],
  tools: ['tool', 'component'],
  authors: ['author'],
  inputs: ['input'],
  outputs: ['output'],
  data: ['data'],
};

function value(el: El): unknown {
  const { name, attrs, children } = el;
  const text = el.text.trim();
  if (name === 'hash') return { alg: attrs.alg ?? '', content: text };
  if (name === 'property') return { name: attrs.name ?? '', value: text };
  if (name === 'dependency')
    return {
      ref: attrs.ref ?? '',
      dependsOn: children.filter((c) => c.name === 'dependency').map((c) => c.attrs.ref ?? ''),
    };
  if (name === 'licenses')
    return children.map((c) =>
      c.name === 'expression' ? { expression: c.text.trim() } : { license: value(c) },
    );
  if (
    Object.hasOwn(LISTS, name) &&
    children.length > 0 &&
    children.every((c) => LISTS[name]!.includes(c.name))
  )
    return children.map(value);
  if (children.length === 0 && Object.keys(attrs).length === 0) return text;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) if (!k.startsWith('xmlns') && k !== '__proto__') out[k] = v;
  for (const c of children) {
    // Element names are the file's: never let one reach an object's prototype.
    if (c.name === '__proto__' || c.name === 'constructor' || c.name === 'prototype') continue;
    const v = value(c);
    // Elements that repeat at one level (several <url> of a supplier) become a list.
    if (c.name === 'url' && (name === 'supplier' || name === 'manufacturer')) {
      out.url = [...((out.url as unknown[]) ?? []), v];
    } else if (Object.hasOwn(out, c.name)) {
      const prev = out[c.name];
      out[c.name] = Array.isArray(prev) ? [...prev, v] : [prev, v];
    } else out[c.name] = v;
  }
  if (text && children.length === 0) out.value = text;
  return out;
}

/** The BOM's JSON form; the spec version comes from the XML namespace (`…/schema/bom/1.7`). */
export function cycloneDxXmlToJson(text: string): Record<string, unknown> {
  const bom = parseTree(text);
  const ns = bom.attrs.xmlns ?? Object.entries(bom.attrs).find(([k]) => k.startsWith('xmlns:'))?.[1] ?? '';
  const version = /cyclonedx\.org\/schema\/bom\/(\d+\.\d+)/.exec(ns)?.[1] ?? 'not stated';
  const json = value(bom) as Record<string, unknown>;
  return { ...json, bomFormat: 'CycloneDX', specVersion: version };
}
