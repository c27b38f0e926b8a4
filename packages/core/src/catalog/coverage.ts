// Crosswalk coverage: how far an organization's ISO/IEC 42001 work (SoA controls, clause tracker) covers another
// framework's requirements, judged by the strength of each mapping. Pure: the caller supplies the states.
import { z } from 'zod';
import type { ImplementationStatus } from '../soa/soa.schema.ts';
import {
  type FrameworkId,
  FrameworkIdSchema,
  MappingConfidenceSchema,
  MappingRelationSchema,
  type Requirement,
} from './catalog.schema.ts';
import { frameworkRequirements } from './catalog.ts';
import { findMappings } from './mappings.ts';

/** How an ISO/IEC 42001 clause or control stands in the organization. */
export type WorkState = 'implemented' | 'partial' | 'not_started' | 'excluded';

export const COVERAGE_STATUSES = ['covered', 'partial', 'gap', 'unmapped'] as const;
export const CoverageStatusSchema = z.enum(COVERAGE_STATUSES);
export type CoverageStatus = z.infer<typeof CoverageStatusSchema>;

export const CoverageItemSchema = z.object({
  ref: z.string(),
  title: z.string(),
  status: CoverageStatusSchema,
  via: z.array(
    z.object({
      ref: z.string(),
      relation: MappingRelationSchema,
      confidence: MappingConfidenceSchema,
      state: z.enum(['implemented', 'partial', 'not_started', 'excluded']),
      full: z.boolean(),
    }),
  ),
});
export type CoverageItem = z.infer<typeof CoverageItemSchema>;

export const CoverageSchema = z.object({
  framework: FrameworkIdSchema,
  summary: z.object({
    covered: z.number().int(),
    partial: z.number().int(),
    gap: z.number().int(),
    unmapped: z.number().int(),
    total: z.number().int(),
  }),
  items: z.array(CoverageItemSchema),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** Frameworks whose coverage can be computed from ISO/IEC 42001 work. */
export const COVERAGE_TARGETS = [
  'eu-ai-act-2024',
  'nist-ai-rmf-1.0',
  'iso-iec-27001-2022',
] as const satisfies readonly FrameworkId[];
export const CoverageTargetSchema = z.enum(COVERAGE_TARGETS);

/** State of one SoA entry: an excluded control covers nothing; otherwise its implementation status decides. */
export function controlState(e: {
  applicable: boolean;
  implementationStatus: ImplementationStatus;
}): WorkState {
  if (!e.applicable) return 'excluded';
  return stateOf(e.implementationStatus);
}

/** State of an implementation status (`planned` counts as not started: nothing works yet). */
export function stateOf(s: ImplementationStatus): WorkState {
  return s === 'implemented' ? 'implemented' : s === 'partial' ? 'partial' : 'not_started';
}

const RANK: Record<WorkState, number> = { excluded: 0, not_started: 1, partial: 2, implemented: 3 };

/** A parent ref (`A.6`, `9.2`) stands as well as all its children together: implemented only when all are. */
function stateOfRef(ref: string, states: ReadonlyMap<string, WorkState>): WorkState | undefined {
  const own = states.get(ref);
  if (own) return own;
  const children = [...states.entries()].filter(([k]) => k.startsWith(`${ref}.`)).map(([, v]) => v);
  if (!children.length) return undefined;
  if (children.every((c) => c === 'implemented')) return 'implemented';
  if (children.some((c) => RANK[c] >= RANK.partial)) return 'partial';
  return children.every((c) => c === 'excluded') ? 'excluded' : 'not_started';
}

/** Leaf requirements of a framework: the ones that carry obligations (no children). */
function leaves(framework: FrameworkId): Requirement[] {
  const all = frameworkRequirements(framework);
  const parents = new Set(all.map((r) => r.parentRef).filter(Boolean));
  return all.filter((r) => !parents.has(r.ref));
}

/**
 * Coverage of `framework` by the organization's 42001 work. A requirement is `covered` when a mapping whose
 * 42001 side contains all of it (`equal`, or the requirement is a `subset`) leads to implemented work;
 * `partial` when some mapped work is implemented or under way but not a full match; `gap` when mapped work
 * exists but none has started; `unmapped` when no mapping exists (own work needed).
 */
export function frameworkCoverage(framework: FrameworkId, states: ReadonlyMap<string, WorkState>): Coverage {
  const items: CoverageItem[] = leaves(framework).map((r) => {
    const via = findMappings({ from: framework, to: 'iso-iec-42001-2023', ref: r.ref }).map((m) => ({
      ref: m.toRef,
      relation: m.relation,
      confidence: m.confidence,
      state: stateOfRef(m.toRef, states) ?? 'not_started',
      full: m.relation === 'equal' || m.relation === 'subset',
    }));
    let status: CoverageStatus = 'unmapped';
    if (via.length) {
      if (via.some((v) => v.full && v.state === 'implemented')) status = 'covered';
      else if (via.some((v) => RANK[v.state] >= RANK.partial)) status = 'partial';
      else status = 'gap';
    }
    return { ref: r.ref, title: r.title, status, via };
  });
  const count = (s: CoverageStatus) => items.filter((i) => i.status === s).length;
  return {
    framework,
    summary: {
      covered: count('covered'),
      partial: count('partial'),
      gap: count('gap'),
      unmapped: count('unmapped'),
      total: items.length,
    },
    items,
  };
}
