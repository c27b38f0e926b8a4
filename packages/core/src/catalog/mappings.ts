// Typed crosswalk mappings between the catalogue's frameworks, built from the compact rows in mappings.data.ts.
import type { FrameworkId, Mapping, MappingRelation } from './catalog.schema.ts';
import { ISO27001_CLAUSES } from './iso27001.clauses.ts';
import { EU_AI_ACT_TO_42001, ISO42001_TO_NIST, ISO42001_WIDER_THAN_27001 } from './mappings.data.ts';

const split = (refs: string) => refs.split(',').map((r) => r.trim());

function build(): Mapping[] {
  const out: Mapping[] = [];
  for (const [article, confidence, refs] of EU_AI_ACT_TO_42001) {
    for (const toRef of split(refs)) {
      out.push({
        fromFramework: 'eu-ai-act-2024',
        fromRef: article,
        toFramework: 'iso-iec-42001-2023',
        toRef,
        relation: 'intersect',
        confidence,
        source: 'openaims-analysis',
      });
    }
  }
  for (const [ref, subs] of ISO42001_TO_NIST) {
    for (const toRef of split(subs)) {
      // The crosswalk is many-to-many and draft-based: "related", never "equivalent" (crosswalks §6).
      out.push({
        fromFramework: 'iso-iec-42001-2023',
        fromRef: ref,
        toFramework: 'nist-ai-rmf-1.0',
        toRef,
        relation: 'intersect',
        confidence: 'medium',
        source: 'nist-airc-ms-crosswalk',
      });
    }
  }
  for (const c of ISO27001_CLAUSES) {
    if (c.parentRef === null) continue;
    const relation: MappingRelation = ISO42001_WIDER_THAN_27001.has(c.ref) ? 'superset' : 'equal';
    out.push({
      fromFramework: 'iso-iec-42001-2023',
      fromRef: c.ref,
      toFramework: 'iso-iec-27001-2022',
      toRef: c.ref,
      relation,
      confidence: 'high',
      source: 'iso-harmonized-structure',
    });
  }
  return out;
}

/** Every mapping, each stored once in its source direction. */
export const MAPPINGS: readonly Mapping[] = build();

const INVERSE: Record<MappingRelation, MappingRelation> = {
  equal: 'equal',
  subset: 'superset',
  superset: 'subset',
  intersect: 'intersect',
};

/** The same mapping seen from the other side (a subset becomes a superset). */
export function invertMapping(m: Mapping): Mapping {
  return {
    ...m,
    fromFramework: m.toFramework,
    fromRef: m.toRef,
    toFramework: m.fromFramework,
    toRef: m.fromRef,
    relation: INVERSE[m.relation],
  };
}

/** Mappings between two frameworks in the asked direction (either may be omitted), inverting stored rows as needed. */
export function findMappings(opts: { from?: FrameworkId; to?: FrameworkId; ref?: string }): Mapping[] {
  const both = !opts.from && !opts.to ? MAPPINGS : MAPPINGS.flatMap((m) => [m, invertMapping(m)]);
  return both.filter(
    (m) =>
      (!opts.from || m.fromFramework === opts.from) &&
      (!opts.to || m.toFramework === opts.to) &&
      (!opts.ref || m.fromRef === opts.ref),
  );
}
