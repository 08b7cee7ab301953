// The one way out for e-mail: SMTP through nodemailer, or nothing when SMTP_URL is unset.
import { createTransport } from 'nodemailer';
import type { RenderedEmail } from './render.ts';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  /** RFC 8058 one-click unsubscribe URL (mail clients show an Unsubscribe button for it). */
  unsubscribeUrl?: string;
}

export interface Mailer {
  send(message: OutgoingEmail): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string, timeoutMs = 10_000): Mailer {
  const transport = createTransport(smtpUrl, { from });
  // nodemailer waits on a dead server for minutes by default: an event job must not.
  Object.assign(transport.options, { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs });
  return {
    async send(m) {
      await transport.sendMail({
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        ...(m.unsubscribeUrl
          ? { list: { unsubscribe: { url: m.unsubscribeUrl, comment: 'Stop these e-mails' } }, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
          : {}),
      });
    },
    close() {
      transport.close();
    },
  };
}
