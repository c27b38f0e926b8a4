// Tasks: the one shared mechanism for actions with an owner and a due date (§6.1.3 risk treatment plans, §8.3,
// §10.2 corrective actions, §9.2/§9.3 audit and review actions). A task may serve a source entity, e.g. a risk.
import { z } from 'zod';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, patchSchema, TenantEntitySchema, textString, withDefaults } from '../common/entity.ts';
import { stampFields } from '../common/stamps.ts';

/** A calendar date `YYYY-MM-DD`. */
const dateString = CalendarDateSchema;

/** Where a task stands. */
export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const TaskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/** What a task is for. Modules that use tasks add their kind here (one list, so filters and the UI know it). */
export const TASK_KINDS = ['treatment', 'corrective', 'review', 'general'] as const;
export const TaskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof TaskKindSchema>;

/** Entity types a task may serve; the services check that the entity exists in the same organization. */
export const TASK_SOURCE_TYPES = ['risk', 'document', 'management_review'] as const;
export const TaskSourceTypeSchema = z.enum(TASK_SOURCE_TYPES);
export type TaskSourceType = z.infer<typeof TaskSourceTypeSchema>;

/** The entity a task serves. */
export const TaskSourceSchema = z
  .object({ entityType: TaskSourceTypeSchema, entityId: z.string().min(1).max(64) })
  .strict();
export type TaskSource = z.infer<typeof TaskSourceSchema>;

/** A task as the API returns it; `overdue` and `sourceTitle` are computed by the server. */
export const TaskSchema = TenantEntitySchema.extend({
  title: z.string(),
  description: z.string(),
  ownerId: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: TaskStatusSchema,
  kind: TaskKindSchema,
  source: TaskSourceSchema.nullable(),
  /** Title of the source entity (e.g. the risk), for lists and boards. */
  sourceTitle: z.string().nullable(),
  overdue: z.boolean(),
  ...stampFields('completed'),
  createdBy: z.string().nullable(),
});
export type Task = z.infer<typeof TaskSchema>;

/** A new task. */
/** What a person edits on a task. */
const taskFields = {
  title: nameString(300),
  description: textString(20_000),
  ownerId: z.string().max(64).nullable(),
  dueDate: dateString.nullable(),
  status: TaskStatusSchema,
};

export const CreateTaskSchema = z
  .object({
    ...withDefaults(taskFields, { description: '', ownerId: null, dueDate: null, status: 'open' }),
    kind: TaskKindSchema.default('general'),
    source: TaskSourceSchema.nullable().default(null),
  })
  .strict();
export type CreateTaskInput = z.input<typeof CreateTaskSchema>;

/** A change to a task; its kind and source are fixed at creation. */
export const UpdateTaskSchema = patchSchema(taskFields);
export type UpdateTaskInput = z.input<typeof UpdateTaskSchema>;

/** Fields tasks may be sorted by. */
export const TASK_SORTS = ['dueDate', 'createdAt', 'title'] as const;

const statusList = new RegExp(`^(${TASK_STATUSES.join('|')})(,(${TASK_STATUSES.join('|')}))*$`);

/** List filters; `status` takes one status or a comma-separated list (`open,in_progress`). */
export const TaskFilterSchema = z.object({
  status: z
    .string()
    .max(64)
    .regex(statusList, `one or more of ${TASK_STATUSES.join(', ')}, comma-separated`)
    .optional(),
  ownerId: z.string().max(64).optional(),
  kind: TaskKindSchema.optional(),
  sourceType: TaskSourceTypeSchema.optional(),
  sourceId: z.string().max(64).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type TaskFilter = z.infer<typeof TaskFilterSchema>;
