// In-process jobs (croner): deadline mail and the digest at 08:00 Asia/Bangkok (also on start, after
// 08:00, to catch up a morning the server was down — the dedupe keys make a second run harmless),
// and the sender every 15 seconds when an SMTP server is configured.
// `protect` keeps a run from overlapping the previous one; the outbox's leases keep two server
// processes from sending the same message.
import { Cron } from 'croner';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client';
import { describeMail, type MailSettings } from './config';
import { queueDeadlineMail } from './reminders';
import { createSender } from './sender';

export type JobLog = { info: (msg: string) => void; error: (obj: unknown, msg: string) => void };

export function startMailJobs(db: Db, settings: MailSettings, log: JobLog) {
  const jobs: Cron[] = [];
  const onError = (what: string) => (error: unknown) => log.error({ err: error }, `mail: ${what} failed`);
  const morning = () => {
    const run = queueDeadlineMail(db, new Date());
    log.info(`mail: queued ${run.opened} opening notice(s), ${run.reminders} reminder(s), ${run.overdue} overdue notice(s), ${run.digests} digest(s), ${run.meetingDigests} meeting digest(s); ${run.notices} in-app notice(s)`);
  };
  jobs.push(new Cron('0 8 * * *', { name: 'mail-deadlines', timezone: 'Asia/Bangkok', protect: true, catch: onError('deadline mail') }, morning));
  if (Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Asia/Bangkok' }).format(new Date())) >= 8) {
    try {
      morning();
    } catch (error) {
      onError('deadline mail')(error);
    }
  }
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
