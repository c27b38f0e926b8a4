// Reminders (§9.1, §7.5.2 review, A.6.2.6, EU AI Act Art. 73): what falls due and when to say so. Pure rules.

/** What a reminder is about. */
export const REMINDER_KINDS = [
  'document_review',
  'evidence_expiry',
  'risk_review',
  'task_due',
  'incident_report',
  'competence_renewal',
  'impact_review',
  'audit_upcoming',
  'management_review_due',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Days before the due date that a reminder goes out; Art. 73 deadlines are short, so they warn earlier relative to their span. */
export const REMINDER_LEAD_DAYS: Record<ReminderKind, number> = {
  document_review: 14,
  evidence_expiry: 30,
  risk_review: 14,
  task_due: 3,
  incident_report: 15,
  competence_renewal: 30,
  impact_review: 14,
  // §9.2.2 and §9.3.1: planned intervals; the lead auditor and the chair need time to prepare.
  audit_upcoming: 14,
  management_review_due: 14,
};

/** Short human titles per kind, used in notifications, tasks and e-mails. */
export const REMINDER_TITLES: Record<ReminderKind, string> = {
  document_review: 'Document review due',
  evidence_expiry: 'Evidence expires',
  risk_review: 'Risk review due',
  task_due: 'Task due',
  incident_report: 'Incident report deadline (EU AI Act Art. 73)',
  competence_renewal: 'Competence renewal due',
  impact_review: 'Impact assessment review due',
  audit_upcoming: 'Internal audit coming up',
  management_review_due: 'Management review due',
};

/** Adds days to a YYYY-MM-DD date (UTC). */
export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The latest due date that is announced today: a due date on or before it gets its reminder. */
export function reminderHorizon(kind: ReminderKind, today: string): string {
  return addDaysIso(today, REMINDER_LEAD_DAYS[kind]);
}

/** Whether a due date is announced today (within the lead time, or already past). */
export function isReminderDue(kind: ReminderKind, dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate <= reminderHorizon(kind, today);
}

/** Exponential backoff for a failed job attempt (1-based), capped, in milliseconds. */
export function backoffMs(attempt: number, baseMs = 30_000, capMs = 6 * 3_600_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
