// E-mail templates in our own words, each with a plain-text and an HTML part. Every value is escaped in HTML.
import type { EmailMessage } from './mailer.ts';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout(title: string, paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 12px">${esc(p)}</p>`).join('');
  const button = action
    ? `<p style="margin:16px 0"><a href="${esc(action.url)}" style="background:#1c7ed6;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">${esc(action.label)}</a></p><p style="color:#666;font-size:12px">${esc(action.url)}</p>`
    : '';
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#222;max-width:560px"><h2 style="font-size:18px">${esc(title)}</h2>${body}${button}<hr style="border:none;border-top:1px solid #ddd"><p style="color:#888;font-size:12px">Sent by OpenAIMS. Choose which messages you get in your notification settings.</p></body></html>`;
}

function text(title: string, paragraphs: string[], action?: { label: string; url: string }): string {
  return [
    title,
    '',
    ...paragraphs,
    ...(action ? ['', `${action.label}: ${action.url}`] : []),
    '',
    '-- ',
    'Sent by OpenAIMS.',
  ].join('\n');
}

/** A message whose subject is its title, with the same paragraphs and action in both parts. */
function message(
  to: string,
  title: string,
  paragraphs: string[],
  action?: { label: string; url: string },
): EmailMessage {
  return {
    to,
    subject: title,
    text: text(title, paragraphs, action),
    html: layout(title, paragraphs, action),
  };
}

/** A reminder that something falls due. */
export function reminderEmail(input: {
  to: string;
  kindTitle: string;
  subject: string;
  dueDate: string;
  organizationName: string;
  url?: string;
}): EmailMessage {
  const title = `${input.kindTitle}: ${input.subject}`;
  const paragraphs = [
    `In ${input.organizationName}, "${input.subject}" falls due on ${input.dueDate}.`,
    'Please take care of it before then, or record why it can wait, so the management system stays current.',
  ];
  const action = input.url ? { label: 'Open it in OpenAIMS', url: input.url } : undefined;
  return message(input.to, title, paragraphs, action);
}

/** An invitation to join an organization. */
export function invitationEmail(input: {
  to: string;
  organizationName: string;
  role: string;
  acceptUrl: string;
  expiresAt: string;
}): EmailMessage {
  const title = `You are invited to ${input.organizationName} on OpenAIMS`;
  const paragraphs = [
    `You have been invited to join ${input.organizationName} as ${input.role}.`,
    `The link below works once and until ${input.expiresAt.slice(0, 10)}. If you did not expect this message, ignore it.`,
  ];
  const action = { label: 'Accept the invitation', url: input.acceptUrl };
  return message(input.to, title, paragraphs, action);
}

/** One person's daily digest of reminders in one organization. */
export function digestEmail(input: {
  to: string;
  organizationName: string;
  items: { title: string; body: string; link: string | null }[];
  publicUrl?: string;
}): EmailMessage {
  const title = `${input.items.length} reminder${input.items.length === 1 ? '' : 's'} in ${input.organizationName}`;
  const base = input.publicUrl?.replace(/\/$/, '');
  const lines = input.items.map((i) => `${i.title}${i.body ? ` (${i.body.replace(/\.$/, '')})` : ''}`);
  const urls = input.items.map((i) => (base && i.link ? `${base}${i.link}` : null));
  const text = [
    title,
    '',
    ...lines.map((l, n) => `- ${l}${urls[n] ? `\n  ${urls[n]}` : ''}`),
    '',
    '-- ',
    'Sent by OpenAIMS as your daily digest.',
  ].join('\n');
  const list = lines
    .map((l, n) => `<li>${urls[n] ? `<a href="${esc(urls[n]!)}">${esc(l)}</a>` : esc(l)}</li>`)
    .join('');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#222;max-width:560px"><h2 style="font-size:18px">${esc(title)}</h2><ul>${list}</ul><hr style="border:none;border-top:1px solid #ddd"><p style="color:#888;font-size:12px">Sent by OpenAIMS as your daily digest. Choose which messages you get in your notification settings.</p></body></html>`;
  return { to: input.to, subject: title, text, html };
}

/** A one-time link to choose a new password. */
export function passwordResetEmail(input: {
  to: string;
  name: string;
  resetUrl: string;
  expiresAt: string;
}): EmailMessage {
  const title = 'Choose a new OpenAIMS password';
  const paragraphs = [
    `Hello ${input.name}, someone (we hope you) asked to reset the password of this account.`,
    'The link below lets you choose a new one. It works once, for 60 minutes, and signs you out everywhere else.',
    'If you did not ask for this, ignore this message: your password stays as it is.',
  ];
  const action = { label: 'Choose a new password', url: input.resetUrl };
  return message(input.to, title, paragraphs, action);
}

/** The answer to a reset request for an account that signs in only with single sign-on. */
export function ssoOnlyResetEmail(input: { to: string; signInUrl: string }): EmailMessage {
  const title = 'Your OpenAIMS account uses single sign-on';
  const paragraphs = [
    'Someone asked to reset the password of this account, but it has no OpenAIMS password: you sign in through your organization’s single sign-on.',
    'Use "Sign in with single sign-on" on the sign-in page; your identity provider manages your password.',
  ];
  const action = { label: 'Go to the sign-in page', url: input.signInUrl };
  return message(input.to, title, paragraphs, action);
}
