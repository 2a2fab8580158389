// npm run mail:test -- you@example.go.th [--lang en]
// Queues a test e-mail in the outbox and, when an SMTP server is configured, sends it at once and
// prints the outcome (the server's error on failure). Never prints the SMTP credentials.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { DEFAULT_DATABASE_PATH, openDb } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { mailOutbox } from '../../db/schema';
import { EmailSchema } from '../../shared/schemas/common';
import { describeMail, mailSettingsFromEnv } from '../notifications/config';
import { enqueueMail } from '../notifications/outbox';
import { createSender } from '../notifications/sender';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string', default: 'th' } } });
const address = EmailSchema.safeParse(positionals[0] ?? '');
if (!address.success) {
  console.error('usage: npm run mail:test -- you@example.go.th [--lang en]');
  process.exit(2);
}
const settings = mailSettingsFromEnv();
const path = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
mkdirSync(dirname(path), { recursive: true });
const db = openDb(path);
migrateDb(db);
const now = new Date();
enqueueMail(db, { dedupeKey: `test:${now.toISOString()}:${address.data}`, recipient: { id: null, email: address.data, language: values.lang === 'en' ? 'en' : 'th' }, payload: { kind: 'test' } }, now);
const row = db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.dedupeKey, `test:${now.toISOString()}:${address.data}`)).get()!;
if (!settings.smtp) {
  console.log(`no SMTP server configured (SMTP_URL or SMTP_HOST): message #${row.id} is queued; see /admin/outbox`);
  process.exit(0);
}
const transport = nodemailer.createTransport(settings.smtp);
await createSender({ db, transport, settings, only: [row.id] }).runOnce();
const result = db.select({ state: mailOutbox.state, lastError: mailOutbox.lastError }).from(mailOutbox).where(eq(mailOutbox.id, row.id)).get()!;
transport.close();
db.$client.close();
if (result.state === 'sent') {
  console.log(`sent message #${row.id} to ${address.data} through ${describeMail(settings)}`);
} else {
  console.error(`message #${row.id} not sent through ${describeMail(settings)}: ${result.lastError ?? result.state} (it stays in the outbox and is retried)`);
  process.exit(1);
}
