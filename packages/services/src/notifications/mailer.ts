// E-mail over SMTP (§7.4 communication): one nodemailer transport from AIMS_SMTP_URL. Messages are sent by the
// `email.send` job, so a failing server means retries with backoff, not a failed request.
import type { Transporter } from 'nodemailer';
import { loadNodemailer } from '../common/heavy-modules.ts';

/** One message with plain-text and HTML parts. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends e-mail; `from` is the configured sender. */
export interface Mailer {
  from: string;
  /** Host and port only (no credentials), for the status page. */
  host: string;
  send(message: EmailMessage): Promise<void>;
}

/** SMTP settings: `smtp://user:pass@host:port` (STARTTLS when offered) or `smtps://…` (TLS from the start). */
export interface SmtpOptions {
  url: string;
  from: string;
  /** Accept a self-signed certificate (test and in-house servers only). */
  tlsInsecure?: boolean;
}

/** A mailer over SMTP. Connections are opened per message (no pool), which suits a job that may run anywhere. */
export function createSmtpMailer(opts: SmtpOptions): Mailer {
  const u = new URL(opts.url);
  // Built on the first message: nodemailer is loaded only by a process that sends mail.
  let transport: Promise<Transporter> | undefined;
  const options = {
    host: u.hostname,
    port: u.port ? Number(u.port) : u.protocol === 'smtps:' ? 465 : 587,
    secure: u.protocol === 'smtps:',
    auth: u.username
      ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) }
      : undefined,
    tls: opts.tlsInsecure ? { rejectUnauthorized: false } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
  return {
    from: opts.from,
    host: `${u.hostname}:${u.port || (u.protocol === 'smtps:' ? 465 : 587)}`,
    async send(m) {
      transport ??= loadNodemailer().then((n) => n.createTransport(options));
      await (await transport).sendMail({
        from: opts.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
      });
    },
  };
}
