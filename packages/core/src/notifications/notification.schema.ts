// Notifications (§7.4 communication, §9.1 monitoring): in-app messages, reminders of what falls due, webhooks and
// the background jobs that deliver them. The schemas are the API contract.
import { z } from 'zod';
import { createBodySchema } from '../common/create-body.ts';
import { patchSchema, TenantEntitySchema } from '../common/entity.ts';
import { pageSchema } from '../common/pagination.ts';

/** Events the system announces; webhooks subscribe to a subset, members choose channels per event. */
export const NOTIFY_EVENTS = [
  'reminder.due',
  'risk.accepted',
  'document.approved',
  'incident.created',
  'invitation.created',
  'webhook.test',
] as const;
export const NotifyEventSchema = z.enum(NOTIFY_EVENTS);
export type NotifyEvent = z.infer<typeof NotifyEventSchema>;

/** Events a webhook may subscribe to (`webhook.test` is sent on request to one endpoint only). */
export const WEBHOOK_EVENTS = [
  'reminder.due',
  'risk.accepted',
  'document.approved',
  'incident.created',
] as const;
export const WebhookEventSchema = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

/** An in-app notification. */
export const NotificationSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  event: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  createdAt: z.string().datetime(),
  readAt: z.string().datetime().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** A page of one's notifications with the unread count (for the header's bell). */
export const NotificationPageSchema = pageSchema(NotificationSchema).extend({
  unreadCount: z.number().int().min(0),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

/** `?unread=true` keeps only unread notifications. */
export const NotificationFilterSchema = z.object({
  unread: z.enum(['true', 'false']).optional(),
});

/** A member's channels for one event; `digest` gathers the day's e-mails for it into one message. */
export const NotificationPreferenceSchema = z
  .object({
    event: NotifyEventSchema,
    inApp: z.boolean(),
    email: z.boolean(),
    digest: z.boolean().default(false),
  })
  .strict();
export type NotificationPreference = z.output<typeof NotificationPreferenceSchema>;

/** The full set of a member's preferences (every event, defaults filled in). */
export const NotificationPreferencesSchema = z.object({ items: z.array(NotificationPreferenceSchema) });
/** A change to some of a member's preferences. */
export const UpdateNotificationPreferencesSchema = z
  .object({ items: z.array(NotificationPreferenceSchema).min(1).max(NOTIFY_EVENTS.length) })
  .strict();
export type UpdateNotificationPreferences = z.infer<typeof UpdateNotificationPreferencesSchema>;

const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'an http:// or https:// URL');

/** A webhook endpoint as the API returns it (the secret is never shown again after creation). */
export const WebhookSchema = TenantEntitySchema.extend({
  url: z.string(),
  events: z.array(WebhookEventSchema),
  allowPrivate: z.boolean(),
  active: z.boolean(),
  description: z.string(),
  createdBy: z.string().nullable(),
});
export type Webhook = z.infer<typeof WebhookSchema>;

/** A new webhook. `allowPrivate` lets an administrator deliver to loopback, private or link-local addresses. */
const webhookFields = {
  url: webhookUrl,
  events: z.array(WebhookEventSchema).min(1).max(WEBHOOK_EVENTS.length),
  allowPrivate: z.boolean(),
  active: z.boolean(),
  description: z.string().max(500),
};

export const CreateWebhookSchema = createBodySchema(webhookFields, {
  allowPrivate: false,
  active: true,
  description: '',
});
export type CreateWebhookInput = z.input<typeof CreateWebhookSchema>;

/** A change to a webhook. */
export const UpdateWebhookSchema = patchSchema(webhookFields);
export type UpdateWebhookInput = z.input<typeof UpdateWebhookSchema>;

/** A created webhook with its signing secret, shown this once. */
export const CreatedWebhookSchema = WebhookSchema.extend({ secret: z.string() });
export type CreatedWebhook = z.infer<typeof CreatedWebhookSchema>;

/** One delivery attempt of one event to one webhook. */
export const WebhookDeliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  event: z.string(),
  attempt: z.number().int(),
  ok: z.boolean(),
  responseStatus: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  createdAt: z.string().datetime(),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

/** The body of every webhook request. */
export const WebhookPayloadSchema = z.object({
  id: z.string(),
  event: z.string(),
  organizationId: z.string(),
  occurredAt: z.string().datetime(),
  entity: z.object({ type: z.string(), id: z.string() }).nullable(),
  data: z.unknown(),
});
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;

/** Where a background job stands. */
export const JOB_STATUSES = ['pending', 'running', 'done', 'dead'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A background job as `aims jobs list` shows it. */
export const JobSchema = z.object({
  id: z.string(),
  type: z.string(),
  organizationId: z.string().nullable(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.string().datetime(),
  lastError: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
  createdAt: z.string().datetime(),
  finishedAt: z.string().datetime().nullable(),
});
export type Job = z.infer<typeof JobSchema>;

/** The instance's e-mail status for the settings page (never the URL's credentials). */
export const MailStatusSchema = z.object({
  configured: z.boolean(),
  from: z.string().nullable(),
  host: z.string().nullable(),
});
export type MailStatus = z.infer<typeof MailStatusSchema>;
