// Mail settings from the environment (README "E-mail"). Nothing here is ever logged whole:
// `describeMail` names the server without its user name or password.
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';

export type MailSettings = {
  /** Null: no SMTP server configured — messages stay queued and the Outbox page shows them. */
  smtp: string | SMTPTransportOptions | null;
  from: string;
  /** The base of every link the product sends (no trailing slash). */
  publicUrl: string;
  /** The right-hand side of every Message-ID: the public host name. */
  messageIdDomain: string;
};

export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, '');
  let smtp: MailSettings['smtp'] = null;
  if (env.SMTP_URL) smtp = env.SMTP_URL;
  else if (env.SMTP_HOST) {
    const port = Number(env.SMTP_PORT ?? 587);
    smtp = {
      host: env.SMTP_HOST,
      port,
      // Implicit TLS on 465; otherwise STARTTLS when the server offers it (required with SMTP_SECURE=starttls).
      secure: env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true' || (env.SMTP_SECURE === undefined && port === 465),
      requireTLS: env.SMTP_SECURE === 'starttls',
      ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
    };
  }
  return {
    smtp,
    from: env.MAIL_FROM ?? 'ระบบติดตามยุทธศาสตร์จริยธรรมภาครัฐ <no-reply@localhost>',
    publicUrl,
    messageIdDomain: new URL(publicUrl).hostname || 'localhost',
  };
}

/** "smtp.example.go.th:587" — for logs and the Outbox page; never the credentials. */
export function describeMail(settings: MailSettings): string | null {
  if (!settings.smtp) return null;
  if (typeof settings.smtp === 'string') {
    try {
      const url = new URL(settings.smtp);
      return `${url.protocol}//${url.host}`;
    } catch {
      return 'SMTP_URL (unreadable)';
    }
  }
  return `${settings.smtp.secure ? 'smtps' : 'smtp'}://${settings.smtp.host}:${settings.smtp.port}`;
}

/** An SMTP error as the outbox records it: the server's words, never a URL with credentials. */
export function redactError(error: unknown): string {
  const e = error as { message?: unknown; responseCode?: unknown; code?: unknown };
  const text = [typeof e?.code === 'string' ? e.code : null, typeof e?.message === 'string' ? e.message : String(error)].filter(Boolean).join(': ');
  return text.replace(/\/\/[^/\s@]+@/g, '//***@').slice(0, 500);
}
