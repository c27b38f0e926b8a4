// Pure rules of the management review (§9.3): the status moves, the reporting period, the shaping of each §9.3.2
// input from plain rows, and the diff between two reviews' frozen inputs. The services gather the rows; the same
// functions give the live preview and the frozen record, so both read alike.
import { AppError } from '../errors.ts';
import {
  REVIEW_LIST_CAP,
  type ReviewDiffEntry,
  type ReviewInputs,
  type ReviewPeriod,
  type ReviewStatus,
} from './management-review.schema.ts';

type Inputs<K extends keyof ReviewInputs> = ReviewInputs[K];

/** Whether an instant (ISO string) lies in the period: after `from` (exclusive) up to `to` (inclusive). */
export function inPeriod(at: string | null | undefined, p: ReviewPeriod): boolean {
  if (!at) return false;
  return (p.from === null || at > p.from) && at <= p.to;
}

/** Counts rows by a key, every known key present (zero when absent) so two reviews compare key by key. */
export function countBy<T>(
  rows: readonly T[],
  key: (r: T) => string,
  known: readonly string[] = [],
): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(known.map((k) => [k, 0]));
  for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + 1;
  return out;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cap = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort(byId).slice(0, REVIEW_LIST_CAP);

/** Refuses a status move the review's lifecycle does not allow (planned → frozen → approved). */
export function assertReviewStep(status: ReviewStatus, step: 'freeze' | 'approve' | 'decide' | 'edit'): void {
  const ok =
    step === 'freeze' || step === 'edit'
      ? status === 'planned'
      : step === 'approve'
        ? status === 'frozen'
        : status !== 'approved';
  if (ok) return;
  const why: Record<typeof step, string> = {
    freeze: 'Only a planned review can be frozen; its inputs are already fixed.',
    edit: 'The review is frozen; its details and inputs no longer change (add decisions instead).',
    approve:
      status === 'planned'
        ? 'Freeze the review inputs at the meeting before approving it (§9.3).'
        : 'This review is already approved.',
    decide: 'This review is approved; record new decisions in the next review.',
  };
  throw new AppError('RULE_VIOLATION', why[step], { errors: [{ path: 'status', message: why[step] }] });
}

/** The date the next review falls due: a year after the last approved one unless the organization plans one. */
export function nextReviewDue(lastHeldOn: string | null, plannedOn: string | null): string | null {
  if (plannedOn) return plannedOn;
  if (!lastHeldOn) return null;
  const d = new Date(`${lastHeldOn}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** §9.3.2 a: tasks created by earlier reviews, by status, with the ones still open or moved in the period. */
export function summarizePreviousActions(
  tasks: {
    id: string;
    title: string;
    status: string;
    ownerId: string | null;
    dueDate: string | null;
    reviewId: string;
    updatedAt: string;
  }[],
  p: ReviewPeriod,
): Inputs<'previousActions'> {
  const today = p.to.slice(0, 10);
  const active = (s: string) => s === 'open' || s === 'in_progress';
  const isOverdue = (t: { status: string; dueDate: string | null }) =>
    active(t.status) && t.dueDate !== null && t.dueDate < today;
  const shown = tasks.filter((t) => active(t.status) || inPeriod(t.updatedAt, p));
  return {
    total: tasks.length,
    byStatus: countBy(tasks, (t) => t.status, ['open', 'in_progress', 'done', 'cancelled']),
    overdue: tasks.filter(isOverdue).length,
    items: cap(shown).map((t) => ({
      id: t.id,
      title: t.title,
      reviewId: t.reviewId,
      status: t.status,
      ownerId: t.ownerId,
      dueDate: t.dueDate,
      overdue: isOverdue(t),
    })),
  };
}

const CONTEXT_KINDS = ['internal_issue', 'external_issue', 'interested_party'];

/** §9.3.2 b: context items added, changed or archived since the previous review (all of them at a first review). */
export function summarizeContextChanges(
  items: {
    id: string;
    kind: string;
    title: string;
    createdAt: string;
    updatedAt: string;
    archivedAt: string | null;
  }[],
  p: ReviewPeriod,
  rolesUpdatedAt: string | null,
): Inputs<'contextChanges'> {
  const existed = items.filter((i) => i.createdAt <= p.to);
  const archived = existed.filter((i) => inPeriod(i.archivedAt, p));
  const current = existed.filter((i) => !i.archivedAt || i.archivedAt > p.to);
  const added = current.filter((i) => inPeriod(i.createdAt, p));
  const changed = current.filter((i) => !inPeriod(i.createdAt, p) && inPeriod(i.updatedAt, p));
  const refOf = (i: { id: string; kind: string; title: string }) => ({
    id: i.id,
    kind: i.kind,
    title: i.title,
  });
  const kindCounts = (kind: string) => ({
    added: added.filter((i) => i.kind === kind).length,
    changed: changed.filter((i) => i.kind === kind).length,
    archived: archived.filter((i) => i.kind === kind).length,
    current: current.filter((i) => i.kind === kind).length,
  });
  return {
    added: cap(added).map(refOf),
    changed: cap(changed).map(refOf),
    archived: cap(archived).map(refOf),
    byKind: Object.fromEntries(CONTEXT_KINDS.map((k) => [k, kindCounts(k)])),
    rolesChanged: inPeriod(rolesUpdatedAt, p),
  };
}

/** §9.3.2 c 1: nonconformity and corrective-action trends, and AI incidents, for the period. */
export function summarizeNonconformities(
  ncs: { status: string; severity: string; createdAt: string; closedAt: string | null }[],
  actions: { status: string; dueDate: string | null; effective: boolean | null; checkedAt: string | null }[],
  incidents: { status: string; createdAt: string; serious: boolean }[],
  p: ReviewPeriod,
): Inputs<'nonconformities'> {
  const today = p.to.slice(0, 10);
  const rows = ncs.filter((n) => n.createdAt <= p.to);
  const open = rows.filter((n) => n.status !== 'closed');
  const checked = actions.filter((a) => inPeriod(a.checkedAt, p));
  const incs = incidents.filter((i) => i.createdAt <= p.to);
  const openIncs = incs.filter((i) => i.status !== 'closed');
  return {
    open: open.length,
    byStatus: countBy(rows, (n) => n.status, ['open', 'action_planned', 'verifying', 'closed']),
    openBySeverity: countBy(open, (n) => n.severity, ['major', 'minor']),
    openedInPeriod: rows.filter((n) => inPeriod(n.createdAt, p)).length,
    closedInPeriod: rows.filter((n) => inPeriod(n.closedAt, p)).length,
    correctiveActions: {
      byStatus: countBy(actions, (a) => a.status, ['open', 'done', 'cancelled']),
      overdue: actions.filter((a) => a.status === 'open' && a.dueDate !== null && a.dueDate < today).length,
      effectiveInPeriod: checked.filter((a) => a.effective === true).length,
      ineffectiveInPeriod: checked.filter((a) => a.effective === false).length,
    },
    incidents: {
      openedInPeriod: incs.filter((i) => inPeriod(i.createdAt, p)).length,
      open: openIncs.length,
      serious: openIncs.filter((i) => i.serious).length,
    },
  };
}

/** One KPI with its latest value up to the end of the period and its status (`kpiStatus`). */
export interface KpiResult {
  objectiveId: string;
  objectiveTitle: string;
  kpiId: string;
  name: string;
  unit: string;
  target: number;
  value: number | null;
  measuredAt: string | null;
  status: string;
}

/** §9.3.2 c 2: monitoring and measurement results (KPI results; metric alerts when monitoring is present). */
export function summarizeMonitoring(
  kpis: KpiResult[],
  measurementsInPeriod: number,
  alerts: { raisedInPeriod: number; open: number } | null,
): Inputs<'monitoring'> {
  const sorted = [...kpis].sort((a, b) =>
    a.objectiveId === b.objectiveId ? (a.kpiId < b.kpiId ? -1 : 1) : a.objectiveId < b.objectiveId ? -1 : 1,
  );
  return {
    sources: alerts ? ['objective_kpis', 'metrics'] : ['objective_kpis'],
    kpis: sorted.slice(0, REVIEW_LIST_CAP),
    kpiStatus: countBy(kpis, (k) => k.status, ['on_track', 'off_track', 'no_data']),
    measurementsInPeriod,
    alerts,
  };
}

/** §9.3.2 c 3: audits completed in the period and their findings by kind; `null` where audits do not exist yet. */
export function summarizeAudits(
  audits: { id: string; title: string; status: string; completedAt: string | null }[] | null,
  findings: { kind: string; status: string; auditId: string | null }[],
  p: ReviewPeriod,
): Inputs<'audits'> {
  const kinds = ['major_nc', 'minor_nc', 'observation', 'opportunity'];
  if (audits === null)
    return {
      available: false,
      completedInPeriod: [],
      findingsByKind: countBy([], String, kinds),
      openFindings: 0,
    };
  const completed = audits.filter((a) => a.status === 'completed' && inPeriod(a.completedAt, p));
  const ids = new Set(completed.map((a) => a.id));
  const ofPeriod = findings.filter((f) => f.auditId !== null && ids.has(f.auditId));
  return {
    available: true,
    completedInPeriod: cap(completed).map((a) => ({ id: a.id, title: a.title, completedAt: a.completedAt })),
    findingsByKind: countBy(ofPeriod, (f) => f.kind, kinds),
    openFindings: findings.filter((f) => f.status !== 'closed').length,
  };
}

/** §9.3.2 c 4: how far the AI objectives (§6.2) are fulfilled. */
export function summarizeObjectives(
  objectives: { id: string; title: string; status: string; targetDate: string | null }[],
  kpis: KpiResult[],
  p: ReviewPeriod,
): Inputs<'objectives'> {
  const today = p.to.slice(0, 10);
  const live = objectives.filter((o) => o.status !== 'draft');
  return {
    byStatus: countBy(objectives, (o) => o.status, ['draft', 'active', 'achieved', 'dropped']),
    items: cap(live).map((o) => {
      const own = kpis.filter((k) => k.objectiveId === o.id);
      return {
        id: o.id,
        title: o.title,
        status: o.status,
        targetDate: o.targetDate,
        kpisOnTrack: own.filter((k) => k.status === 'on_track').length,
        kpisTotal: own.length,
        pastTarget: o.status === 'active' && o.targetDate !== null && o.targetDate < today,
      };
    }),
  };
}

/** §9.3.2 d: new risks, risks whose level moved, and residual risks accepted in the period. */
export function summarizeRisks(
  risks: {
    id: string;
    title: string;
    status: string;
    inherentLevel: string;
    residualLevel: string | null;
    createdAt: string;
    acceptedAt: string | null;
  }[],
  levelChanges: { riskId: string; at: string; from: string | null; to: string | null }[],
  p: ReviewPeriod,
): Inputs<'risks'> {
  const existing = risks.filter((r) => r.createdAt <= p.to);
  const titles = new Map(existing.map((r) => [r.id, r.title]));
  const moved = new Map<string, { from: string | null; to: string | null }>();
  for (const c of [...levelChanges].sort((a, b) => (a.at < b.at ? -1 : 1))) {
    if (!inPeriod(c.at, p) || !titles.has(c.riskId)) continue;
    const prev = moved.get(c.riskId);
    moved.set(c.riskId, { from: prev ? prev.from : c.from, to: c.to });
  }
  const created = new Set(existing.filter((r) => inPeriod(r.createdAt, p)).map((r) => r.id));
  const levelChanged = [...moved]
    .filter(([id, m]) => !created.has(id) && m.from !== m.to)
    .map(([id, m]) => ({ id, title: titles.get(id)!, ...m }));
  return {
    openByLevel: countBy(
      existing.filter((r) => r.status !== 'closed'),
      (r) => r.inherentLevel,
    ),
    newInPeriod: cap(existing.filter((r) => created.has(r.id))).map((r) => ({
      id: r.id,
      title: r.title,
      level: r.inherentLevel,
    })),
    levelChanged: cap(levelChanged),
    acceptedInPeriod: cap(existing.filter((r) => inPeriod(r.acceptedAt, p))).map((r) => ({
      id: r.id,
      title: r.title,
      level: r.residualLevel,
    })),
  };
}

/** §9.3.2 e: opportunities for continual improvement (context items marked as opportunities, opportunity findings). */
export function summarizeOpportunities(
  items: { id: string; title: string; source: string }[],
): Inputs<'opportunities'> {
  return { total: items.length, items: cap(items) };
}

// Identity, period and the names of the monitoring sources are not results to compare.
const NOT_COMPARED = new Set(['format', 'reviewId', 'previousReviewId', 'period', 'monitoring.sources']);

/** Numeric leaves of an input tree as `path → number`; a list counts as its length. */
function numericLeaves(value: unknown, path: string, out: Map<string, number>): void {
  if (NOT_COMPARED.has(path)) return;
  if (typeof value === 'number') out.set(path, value);
  else if (Array.isArray(value)) out.set(`${path}.count`, value.length);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numericLeaves(v, path ? `${path}.${k}` : k, out);
}

/**
 * Compares two reviews' inputs number by number (counts, and list lengths): every path whose value differs, in
 * path order. With no previous review every non-zero number is new.
 */
export function diffReviewInputs(previous: ReviewInputs | null, current: ReviewInputs): ReviewDiffEntry[] {
  const leaves = (i: ReviewInputs | null) => {
    const out = new Map<string, number>();
    if (!i) return out;
    for (const [k, v] of Object.entries(i)) numericLeaves(v, k, out);
    return out;
  };
  const a = leaves(previous);
  const b = leaves(current);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .map((path) => {
      const prev = a.get(path) ?? null;
      const cur = b.get(path) ?? null;
      return {
        path,
        previous: prev,
        current: cur,
        change: prev !== null && cur !== null ? cur - prev : null,
      };
    })
    .filter((e) => e.previous !== e.current && !(e.previous === null && e.current === 0));
}
