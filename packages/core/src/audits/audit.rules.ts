// Pure rules of internal audit (§9.2): the programme's default cycle, the seeded sample of AI systems, the
// checklist drawn from scope, auditor independence (§9.2.2 objectivity and impartiality) and completion.
import { ANNEX_A_CONTROLS } from '../catalog/iso42001.annex-a.ts';
import { ISO42001_CLAUSES } from '../catalog/iso42001.clauses.ts';
import type { FieldError } from '../errors.ts';
import type { CHECKLIST_KINDS, ProgrammeYear } from './audit.schema.ts';

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine, so an auditor can
 * show how a sample was drawn and anyone can draw it again. Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sample of `size` ids drawn without replacement with the seed. The population is sorted first so the result
 * depends only on the set of ids, the size and the seed, never on the order the database returned them.
 */
export function drawSample(population: readonly string[], size: number, seed: number): string[] {
  const pool = [...new Set(population)].sort();
  const n = Math.max(0, Math.min(size, pool.length));
  const rand = seededRandom(seed);
  // Partial Fisher–Yates: the first n places are the sample.
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n).sort();
}

/**
 * The usual certification cycle from a start year: stage 1 and stage 2 in the first year, surveillance in the two
 * following years, recertification in the fourth. One internal audit a year is planned (§9.2.2: planned intervals).
 */
export function defaultProgrammeYears(startYear: number): ProgrammeYear[] {
  return [
    { year: startYear, stages: ['stage1', 'stage2'], plannedAudits: 1, note: '' },
    { year: startYear + 1, stages: ['surveillance'], plannedAudits: 1, note: '' },
    { year: startYear + 2, stages: ['surveillance'], plannedAudits: 1, note: '' },
    { year: startYear + 3, stages: ['recertification'], plannedAudits: 1, note: '' },
  ];
}

/** Years out of order or repeated, which the calendar could not show. */
export function programmeYearProblems(years: readonly ProgrammeYear[]): FieldError[] {
  const seen = new Set<number>();
  const out: FieldError[] = [];
  years.forEach((y, i) => {
    if (seen.has(y.year)) out.push({ path: `years.${i}.year`, message: `year ${y.year} appears twice` });
    seen.add(y.year);
  });
  return out;
}

/** Whether a clause ref is covered by a scope entry: "6.1" covers "6.1.2", "9" covers "9.2.1". */
function covered(ref: string, scope: readonly string[]): boolean {
  return scope.some((s) => ref === s || ref.startsWith(`${s}.`));
}

/** Clause refs in scope that the catalogue does not know, or controls that are not Annex A controls. */
export function scopeProblems(scope: {
  clauses: readonly string[];
  controls: readonly string[];
}): FieldError[] {
  const clauses = new Set(ISO42001_CLAUSES.map((c) => c.ref));
  const controls = new Set(ANNEX_A_CONTROLS.map((c) => c.ref));
  const out: FieldError[] = [];
  scope.clauses.forEach((c, i) => {
    if (!clauses.has(c))
      out.push({ path: `scope.clauses.${i}`, message: `${c} is not a clause of ISO/IEC 42001` });
  });
  scope.controls.forEach((c, i) => {
    if (!controls.has(c))
      out.push({ path: `scope.controls.${i}`, message: `${c} is not an Annex A control` });
  });
  return out;
}

/** A checklist line before it is stored. */
export interface ChecklistDraft {
  kind: (typeof CHECKLIST_KINDS)[number];
  ref: string;
  title: string;
}

/**
 * The checklist of an audit: each leaf clause in scope (a parent clause expands to its sub-clauses that have no
 * children of their own), each control in scope that the SoA marks applicable, then each sampled AI system.
 * Controls out of the SoA's applicability are left out: they were justified as excluded (§6.1.3 d).
 */
export function buildChecklist(input: {
  clauses: readonly string[];
  controls: readonly string[];
  applicableControls: readonly string[];
  sampledSystems: readonly { id: string; name: string }[];
}): ChecklistDraft[] {
  const parents = new Set(ISO42001_CLAUSES.map((c) => c.parentRef).filter((p): p is string => p !== null));
  const clauseLines = ISO42001_CLAUSES.filter(
    (c) => covered(c.ref, input.clauses) && !parents.has(c.ref),
  ).map((c) => ({ kind: 'clause' as const, ref: c.ref, title: c.title }));
  const applicable = new Set(input.applicableControls);
  const wanted = new Set(input.controls);
  const controlLines = ANNEX_A_CONTROLS.filter((c) => wanted.has(c.ref) && applicable.has(c.ref)).map(
    (c) => ({
      kind: 'control' as const,
      ref: c.ref,
      title: c.title,
    }),
  );
  const systemLines = [...input.sampledSystems]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({ kind: 'ai_system' as const, ref: s.id, title: s.name }));
  return [...clauseLines, ...controlLines, ...systemLines];
}

/** Something in scope a member of the audit team owns. */
export interface OwnedInScope {
  kind: 'ai_system' | 'control' | 'document';
  id: string;
  label: string;
  ownerId: string | null;
}

/**
 * §9.2.2: auditors are chosen so the audit is objective and impartial, so nobody audits an AI system, a control
 * or a documented process they own. One error per conflict, naming the member and what they own.
 */
export function independenceConflicts(
  team: { leadId: string | null; teamIds: readonly string[] },
  owned: readonly OwnedInScope[],
  names: Readonly<Record<string, string>> = {},
): FieldError[] {
  const members = [
    ...(team.leadId ? [{ id: team.leadId, path: 'leadId', role: 'lead auditor' }] : []),
    ...team.teamIds.map((id, i) => ({ id, path: `teamIds.${i}`, role: 'team member' })),
  ];
  const out: FieldError[] = [];
  for (const m of members) {
    for (const o of owned) {
      if (o.ownerId !== m.id) continue;
      const what = o.kind === 'ai_system' ? 'AI system' : o.kind === 'control' ? 'control' : 'document';
      out.push({
        path: m.path,
        message: `Independence conflict (§9.2.2): ${m.role} ${names[m.id] ?? m.id} owns the ${what} ${o.label} (${o.id}) in scope`,
      });
    }
  }
  return out;
}

/**
 * §9.2.2 c: an audit's planned dates must make a period — it cannot end before it starts. Either date may still
 * be open (null), which is no problem yet.
 */
export function auditDateProblems(plannedStart: string | null, plannedEnd: string | null): FieldError[] {
  return plannedStart && plannedEnd && plannedEnd < plannedStart
    ? [{ path: 'plannedEnd', message: 'the audit cannot end before it starts' }]
    : [];
}

/** §9.2.2: an audit completes only when every checklist item has a result. */
export function completeProblems(
  status: string,
  items: readonly { ref: string; result: string | null }[],
): FieldError[] {
  if (status !== 'in_progress' && status !== 'planned')
    return [{ path: 'status', message: `an audit that is ${status} cannot be completed` }];
  if (items.length === 0) return [{ path: 'checklist', message: 'generate the checklist and work it first' }];
  const open = items.filter((i) => i.result === null);
  if (open.length > 0)
    return [
      {
        path: 'checklist',
        message: `${open.length} checklist item(s) have no result yet: ${open
          .slice(0, 5)
          .map((i) => i.ref)
          .join(', ')}${open.length > 5 ? ' …' : ''}`,
      },
    ];
  return [];
}

/** The nonconformity severity a finding raises; observations and opportunities raise none. */
export function ncSeverityOf(kind: string): 'major' | 'minor' | null {
  if (kind === 'major_nc') return 'major';
  if (kind === 'minor_nc') return 'minor';
  return null;
}
