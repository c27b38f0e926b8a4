// Pure task rules shared by server and web: when a task is overdue, which status changes are allowed, and
// which kinds need a source (§6.1.3: a treatment action belongs to a risk).

import type { FieldError } from '../errors.ts';
import type { TaskKind, TaskSource, TaskStatus } from './task.schema.ts';

/** Statuses in which work is still expected. */
export const ACTIVE_TASK_STATUSES: readonly TaskStatus[] = ['open', 'in_progress'];

/** Whether a task is still active and its due date lies before `today` (`YYYY-MM-DD`). */
export function isOverdue(task: { status: TaskStatus; dueDate: string | null }, today: string): boolean {
  return task.dueDate !== null && ACTIVE_TASK_STATUSES.includes(task.status) && task.dueDate < today;
}

// Done and cancelled tasks may be reopened (work found incomplete); a cancelled task is not "done" by edit,
// and a done task is not cancelled afterwards, so the record of what was completed stays true.
const TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  open: ['in_progress', 'done', 'cancelled'],
  in_progress: ['open', 'done', 'cancelled'],
  done: ['open', 'in_progress'],
  cancelled: ['open'],
};

/** Whether a task may move from one status to another (staying put is always allowed). */
export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** The statuses a task may move to next, for menus. */
export function nextStatuses(from: TaskStatus): readonly TaskStatus[] {
  return TRANSITIONS[from];
}

/** Which source kinds a task kind requires (a treatment task serves a risk). */
export function sourceProblems(kind: TaskKind, source: TaskSource | null): FieldError[] {
  if (kind === 'treatment' && source?.entityType !== 'risk')
    return [{ path: 'source', message: 'a treatment task belongs to a risk' }];
  return [];
}
