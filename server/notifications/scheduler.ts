// In-process jobs (croner): the sender every 15 seconds when an SMTP server is configured.
// `protect` keeps a run from overlapping the previous one; the outbox's leases keep two server
// processes from sending the same message.
import { Cron } from 'croner';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client';
import { describeMail, type MailSettings } from './config';
import { createSender } from './sender';

export type JobLog = { info: (msg: string) => void; error: (obj: unknown, msg: string) => void };

export function startMailJobs(db: Db, settings: MailSettings, log: JobLog) {
  const jobs: Cron[] = [];
  const onError = (what: string) => (error: unknown) => log.error({ err: error }, `mail: ${what} failed`);
  if (settings.smtp) {
    const sender = createSender({ db, transport: nodemailer.createTransport(settings.smtp), settings });
    jobs.push(new Cron('*/15 * * * * *', { name: 'mail-sender', protect: true, catch: onError('sender') }, async () => void (await sender.runOnce())));
    log.info(`mail: sending through ${describeMail(settings)}`);
  } else {
    log.info('mail: no SMTP server configured (SMTP_URL or SMTP_HOST); messages stay queued on the Outbox page');
  }
  return {
    stop: () => jobs.forEach((job) => job.stop()),
  };
}
