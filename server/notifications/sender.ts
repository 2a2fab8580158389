// The sender loop: claims due outbox rows, renders and delivers them through nodemailer, and
// records each outcome. Never runs inside a request. Delivery is at least once: a row recorded
// as sent is never claimed again; a crash between the SMTP server's "250 OK" and the record may
// resend that one message once, with the same Message-ID.
import { randomUUID } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { Db } from '../../db/client';
import type { Language, MailKind } from '../../shared/domain';
import { redactError, type MailSettings } from './config';
import { claimDue, recordFailure, recordSent, type ClaimedMessage } from './outbox';
import { renderMail, UNSUBSCRIBABLE, type MailPayload, type RenderedMail } from './templates';
import { signUnsubscribe, unsubscribeKey, unsubscribeUrl } from './unsubscribe';

/** What the sender needs of a nodemailer transporter. */
export type MailTransport = Pick<Transporter, 'sendMail'>;

export type SenderOptions = {
  db: Db;
  transport: MailTransport;
  settings: Pick<MailSettings, 'from' | 'publicUrl' | 'messageIdDomain'>;
  /** Who holds the leases (one per process). */
  owner?: string;
  batchSize?: number;
  leaseSeconds?: number;
  /** The clock (tests move it forward to pass the retry delay). */
  now?: () => Date;
  /** Only these messages (the test-message command). */
  only?: number[];
};

/** A stored message as it will be delivered: subject, text and HTML, and the unsubscribe link. */
export function renderStored(db: Db, row: Pick<ClaimedMessage, 'userId' | 'kind' | 'language' | 'payload'>, publicUrl: string): RenderedMail & { unsubscribeUrl: string | null } {
  const lang = row.language as Language;
  const kind = row.kind as MailKind;
  const link = row.userId !== null && UNSUBSCRIBABLE.has(kind) ? unsubscribeUrl(publicUrl, signUnsubscribe(unsubscribeKey(db), row.userId, kind), lang) : null;
  return { ...renderMail(JSON.parse(row.payload) as MailPayload, lang, { publicUrl, unsubscribeUrl: link }), unsubscribeUrl: link };
}

export function createSender({ db, transport, settings, owner = `sender-${randomUUID()}`, batchSize = 20, leaseSeconds = 120, now = () => new Date(), only }: SenderOptions) {
  async function deliver(row: ClaimedMessage): Promise<boolean> {
    try {
      const mail = renderStored(db, row, settings.publicUrl);
      await transport.sendMail({
        from: settings.from,
        to: row.toAddress,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${row.messageId}@${settings.messageIdDomain}>`,
        ...(mail.unsubscribeUrl
          ? {
              // RFC 8058 one-click: a mail client may POST to the same signed link (server/notifications/routes.ts).
              list: { unsubscribe: { url: mail.unsubscribeUrl.replace('/unsubscribe?', '/mail/unsubscribe?'), comment: 'unsubscribe' } },
              headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
            }
          : {}),
      });
    } catch (error) {
      recordFailure(db, row.id, owner, redactError(error), now());
      return false;
    }
    recordSent(db, row.id, owner, now());
    return true;
  }

  return {
    owner,
    /** Claims one batch and delivers it, one message after another. */
    async runOnce(): Promise<{ sent: number; failed: number }> {
      const batch = claimDue(db, owner, now(), batchSize, leaseSeconds, only);
      let sent = 0;
      for (const row of batch) if (await deliver(row)) sent++;
      return { sent, failed: batch.length - sent };
    },
    /** Runs batches until nothing is due (tests; the scheduler calls runOnce on a timer). */
    async drain(): Promise<{ sent: number; failed: number }> {
      const total = { sent: 0, failed: 0 };
      for (;;) {
        const r = await this.runOnce();
        total.sent += r.sent;
        total.failed += r.failed;
        if (r.sent + r.failed === 0) return total;
      }
    },
  };
}
