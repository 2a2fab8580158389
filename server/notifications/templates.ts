// The e-mails, in Thai (default) and English: a plain-text part and a simple HTML part, dates in
// พ.ศ. (B.E.), every link to the exact page. Rendered when sent (and on the Outbox page) from the
// outbox row's payload, so what the secretariat previews is what the sender delivers.
import { ROLE_LABELS, type Language, type MailKind, type Role } from '../../shared/domain';

export type IndicatorRef = { code: string; nameTh: string; nameEn: string };
export type AgencyRef = { code: string; nameTh: string; nameEn: string };

export type MailPayload =
  | { kind: 'returned'; year: number; indicator: IndicatorRef; agency: AgencyRef | null; comment: string }
  | { kind: 'approved'; year: number; indicator: IndicatorRef; agency: AgencyRef | null }
  | { kind: 'period_opened'; year: number; opensOn: string; deadline: string; agency: AgencyRef; items: IndicatorRef[] }
  | { kind: 'reminder'; year: number; deadline: string; daysBefore: number; agency: AgencyRef; items: IndicatorRef[] }
  | { kind: 'overdue'; year: number; deadline: string; agency: AgencyRef; items: IndicatorRef[] }
  | {
      kind: 'digest';
      date: string;
      year: number | null;
      submissions: Array<{ indicatorCode: string; agencyCode: string | null; agencyNameTh: string | null; agencyNameEn: string | null }>;
      submissionCount: number;
      overdue: AgencyRef[];
      overdueCount: number;
    }
  | {
      kind: 'meeting_digest';
      meetingId: number;
      numberTh: string;
      numberEn: string;
      meetingDate: string;
      daysBefore: number;
      /** The frozen pack's version when there is one (the link opens it), else null (the live preview). */
      packVersion: number | null;
      offTrack: number;
      withStatus: number;
      openActions: number;
      overdueActions: number;
    }
  | { kind: 'test' }
  // Account links: `token` is the single-use secret of the link, erased (null) once the message is sent.
  | { kind: 'invitation'; token: string | null; username: string; displayName: string; role: Role; agency: AgencyRef | null; expiresAt: string }
  | { kind: 'password_reset'; token: string | null; username: string; minutes: number }
  | { kind: 'email_confirm'; token: string | null; username: string; expiresAt: string };

export type RenderedMail = { subject: string; text: string; html: string };

export type LinkContext = {
  publicUrl: string;
  /** A signed link that turns this kind of e-mail off for the recipient (none for mandatory or test mail). */
  unsubscribeUrl: string | null;
};

/** "31 ธันวาคม 2569" / "31 December 2569 BE" — always the Buddhist Era, as the product's default. */
export function mailDate(iso: string, lang: Language): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(`${lang === 'th' ? 'th-TH' : 'en-GB'}-u-ca-buddhist`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const nameOf = (r: { nameTh: string; nameEn: string }, lang: Language) => (lang === 'en' && r.nameEn ? r.nameEn : r.nameTh);

/** The reporting page, opened at one indicator's form when `indicator` is given. */
export function reportingLink(publicUrl: string, year: number, indicator?: string, lang: Language = 'th'): string {
  const q = new URLSearchParams({ year: String(year) });
  if (indicator) q.set('indicator', indicator);
  if (lang === 'en') q.set('lang', 'en');
  return `${publicUrl}/reporting?${q.toString()}`;
}

/** A single-use account link: the token first, so the Outbox page's redaction (`t=…`) hides it. */
export const accountLink = (publicUrl: string, path: string, token: string | null, lang: Language) =>
  `${publicUrl}${path}?t=${token ?? '…'}${lang === 'en' ? '&lang=en' : ''}`;

/** The committee's pack for a meeting: the frozen issue once there is one, else the live preview. */
export const meetingPackLink = (publicUrl: string, meetingId: number, packVersion: number | null) =>
  packVersion === null ? `${publicUrl}/report` : `${publicUrl}/meetings/${meetingId}/pack`;

const withLang = (url: string, lang: Language) => (lang === 'en' ? `${url}${url.includes('?') ? '&' : '?'}lang=en` : url);

type Block = { text: string } | { link: string; label: string } | { list: Array<{ text: string; link?: string }> } | { quote: string };

function compose(subject: string, blocks: Block[], lang: Language, links: LinkContext): RenderedMail {
  const footer =
    lang === 'th'
      ? 'อีเมลฉบับนี้ส่งจากระบบติดตามยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม (สำนักงาน ก.พ.) โดยอัตโนมัติ โปรดอย่าตอบกลับ'
      : 'Sent automatically by the public-sector ethics strategy tracker (OCSC). Please do not reply.';
  const unsub = links.unsubscribeUrl
    ? lang === 'th'
      ? { label: 'ไม่ต้องการรับอีเมลประเภทนี้', link: links.unsubscribeUrl }
      : { label: 'Stop e-mails of this kind', link: links.unsubscribeUrl }
    : null;
  const prefs = lang === 'th' ? 'ตั้งค่าการรับอีเมล' : 'E-mail settings';
  const prefsLink = withLang(`${links.publicUrl}/account`, lang);

  const text = [
    ...blocks.map((b) => {
      if ('text' in b) return b.text;
      if ('link' in b) return `${b.label}: ${b.link}`;
      if ('quote' in b) return b.quote.split('\n').map((l) => `> ${l}`).join('\n');
      return b.list.map((i) => `- ${i.text}${i.link ? `\n  ${i.link}` : ''}`).join('\n');
    }),
    '--',
    footer,
    `${prefs}: ${prefsLink}`,
    ...(unsub ? [`${unsub.label}: ${unsub.link}`] : []),
  ].join('\n\n');

  const a = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const body = blocks
    .map((b) => {
      if ('text' in b) return `<p>${escapeHtml(b.text)}</p>`;
      if ('link' in b) return `<p>${a(b.link, b.label)}</p>`;
      if ('quote' in b) return `<blockquote style="border-left:4px solid #b45309;margin:0;padding:4px 12px;white-space:pre-wrap">${escapeHtml(b.quote)}</blockquote>`;
      return `<ul>${b.list.map((i) => `<li>${i.link ? a(i.link, i.text) : escapeHtml(i.text)}</li>`).join('')}</ul>`;
    })
    .join('\n');
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Sarabun,Tahoma,sans-serif;font-size:16px;line-height:1.6;color:#1f2937;max-width:640px">
${body}
<hr><p style="font-size:13px;color:#4b5563">${escapeHtml(footer)}<br>${a(prefsLink, prefs)}${unsub ? ` · ${a(unsub.link, unsub.label)}` : ''}</p>
</body></html>`;
  return { subject, text, html };
}

/** The subject and both bodies of one message. */
export function renderMail(payload: MailPayload, lang: Language, links: LinkContext): RenderedMail {
  const th = lang === 'th';
  const url = links.publicUrl;
  const itemList = (year: number, items: IndicatorRef[]) => ({
    list: items.map((i) => ({ text: `${i.code} — ${nameOf(i, lang)}`, link: reportingLink(url, year, i.code, lang) })),
  });
  switch (payload.kind) {
    case 'returned': {
      const ind = `${payload.indicator.code} ${nameOf(payload.indicator, lang)}`;
      return compose(
        th ? `ส่งคืนให้แก้ไข: ${payload.indicator.code} ปี ${payload.year}` : `Returned for correction: ${payload.indicator.code} ${payload.year} BE`,
        [
          { text: th ? `ค่าที่รายงานของตัวชี้วัด ${ind} ปี พ.ศ. ${payload.year}${payload.agency ? ` (${nameOf(payload.agency, lang)})` : ''} ถูกส่งคืนให้แก้ไข ความเห็นของผู้ตรวจ:` : `The value reported for ${ind}, ${payload.year} BE${payload.agency ? ` (${nameOf(payload.agency, lang)})` : ''}, was returned for correction. The reviewer's comment:` },
          { quote: payload.comment },
          { link: reportingLink(url, payload.year, payload.indicator.code, lang), label: th ? 'แก้ไขและส่งอีกครั้ง' : 'Correct and submit again' },
        ],
        lang,
        links,
      );
    }
    case 'approved': {
      const ind = `${payload.indicator.code} ${nameOf(payload.indicator, lang)}`;
      return compose(
        th ? `อนุมัติแล้ว: ${payload.indicator.code} ปี ${payload.year}` : `Approved: ${payload.indicator.code} ${payload.year} BE`,
        [
          { text: th ? `ค่าที่รายงานของตัวชี้วัด ${ind} ปี พ.ศ. ${payload.year} ได้รับการอนุมัติและเผยแพร่แล้ว ขอบคุณที่รายงาน` : `The value reported for ${ind}, ${payload.year} BE, was approved and published. Thank you for reporting.` },
          { link: reportingLink(url, payload.year, payload.indicator.code, lang), label: th ? 'ดูรายการรายงาน' : 'Open your reporting page' },
        ],
        lang,
        links,
      );
    }
    case 'period_opened':
      return compose(
        th ? `เปิดรอบการรายงานปี ${payload.year} แล้ว — กำหนดส่ง ${mailDate(payload.deadline, lang)}` : `Reporting for ${payload.year} BE is open — due ${mailDate(payload.deadline, lang)}`,
        [
          { text: th ? `รอบการรายงานปี พ.ศ. ${payload.year} เปิดตั้งแต่ ${mailDate(payload.opensOn, lang)} ถึง ${mailDate(payload.deadline, lang)} ${nameOf(payload.agency, lang)} มีตัวชี้วัดที่ต้องรายงาน ${payload.items.length} รายการ:` : `Reporting for ${payload.year} BE is open from ${mailDate(payload.opensOn, lang)} to ${mailDate(payload.deadline, lang)}. ${nameOf(payload.agency, lang)} has ${payload.items.length} indicator(s) to report:` },
          itemList(payload.year, payload.items),
          { link: reportingLink(url, payload.year, undefined, lang), label: th ? 'เริ่มรายงาน' : 'Start reporting' },
        ],
        lang,
        links,
      );
    case 'reminder':
      return compose(
        th ? `เตือน: อีก ${payload.daysBefore} วันถึงกำหนดส่งรายงานปี ${payload.year} (${payload.items.length} รายการ)` : `Reminder: ${payload.daysBefore} day(s) to the ${payload.year} BE deadline (${payload.items.length} left)`,
        [
          { text: th ? `กำหนดส่งรายงานปี พ.ศ. ${payload.year} คือ ${mailDate(payload.deadline, lang)} ${nameOf(payload.agency, lang)} ยังไม่ได้ส่งตัวชี้วัดต่อไปนี้:` : `The ${payload.year} BE reporting deadline is ${mailDate(payload.deadline, lang)}. ${nameOf(payload.agency, lang)} has not yet submitted:` },
          itemList(payload.year, payload.items),
          { link: reportingLink(url, payload.year, undefined, lang), label: th ? 'ไปที่หน้ารายงาน' : 'Open your reporting page' },
        ],
        lang,
        links,
      );
    case 'overdue':
      return compose(
        th ? `เลยกำหนดส่งรายงานปี ${payload.year} แล้ว (${payload.items.length} รายการ)` : `The ${payload.year} BE reporting deadline has passed (${payload.items.length} left)`,
        [
          { text: th ? `กำหนดส่งรายงานปี พ.ศ. ${payload.year} คือ ${mailDate(payload.deadline, lang)} ${nameOf(payload.agency, lang)} ยังไม่ได้ส่งตัวชี้วัดต่อไปนี้ โปรดรายงานโดยเร็ว:` : `The ${payload.year} BE reporting deadline was ${mailDate(payload.deadline, lang)}. ${nameOf(payload.agency, lang)} has not yet submitted the following; please report as soon as possible:` },
          itemList(payload.year, payload.items),
          { link: reportingLink(url, payload.year, undefined, lang), label: th ? 'ไปที่หน้ารายงาน' : 'Open your reporting page' },
        ],
        lang,
        links,
      );
    case 'digest': {
      const more = (shown: number, total: number) => (total > shown ? [{ text: th ? `และอีก ${total - shown} รายการ` : `and ${total - shown} more` }] : []);
      return compose(
        th ? `สรุปประจำวัน ${mailDate(payload.date, lang)}: ส่งใหม่ ${payload.submissionCount} · หน่วยงานเลยกำหนด ${payload.overdueCount}` : `Daily digest ${mailDate(payload.date, lang)}: ${payload.submissionCount} new submission(s) · ${payload.overdueCount} overdue agenc(ies)`,
        [
          { text: th ? `ค่าที่ส่งเข้ามาใหม่ใน 24 ชั่วโมงที่ผ่านมา: ${payload.submissionCount} รายการ` : `New submissions in the last 24 hours: ${payload.submissionCount}` },
          ...(payload.submissions.length
            ? [{ list: payload.submissions.map((s) => ({ text: `${s.indicatorCode}${s.agencyCode ? ` · ${s.agencyCode} ${th ? (s.agencyNameTh ?? '') : (s.agencyNameEn || s.agencyNameTh || '')}` : ''}` })) }]
            : []),
          ...more(payload.submissions.length, payload.submissionCount),
          { link: withLang(`${url}/review`, lang), label: th ? 'ไปที่คิวตรวจ' : 'Open the review queue' },
          ...(payload.year !== null
            ? [
                { text: th ? `หน่วยงานที่เลยกำหนดส่งรายงานปี พ.ศ. ${payload.year} และยังส่งไม่ครบ: ${payload.overdueCount} หน่วยงาน` : `Agencies past the ${payload.year} BE deadline with reports missing: ${payload.overdueCount}` },
                ...(payload.overdue.length ? [{ list: payload.overdue.map((a) => ({ text: `${a.code} ${nameOf(a, lang)}` })) }] : []),
                ...more(payload.overdue.length, payload.overdueCount),
                { link: withLang(`${url}/completeness`, lang), label: th ? 'ไปที่ความครบถ้วนของการรายงาน' : 'Open reporting completeness' },
              ]
            : []),
        ],
        lang,
        links,
      );
    }
    case 'meeting_digest': {
      const number = th ? payload.numberTh : payload.numberEn || payload.numberTh;
      return compose(
        th ? `อีก ${payload.daysBefore} วันถึงการประชุม ${payload.numberTh} (${mailDate(payload.meetingDate, lang)})` : `${payload.daysBefore} day(s) to meeting ${number} (${mailDate(payload.meetingDate, lang)})`,
        [
          { text: th ? `การประชุมคณะกรรมการ ${payload.numberTh} วันที่ ${mailDate(payload.meetingDate, lang)} สรุปจากเอกสารประกอบการประชุม${payload.packVersion === null ? ' (ฉบับร่างล่าสุด)' : ` (ฉบับที่ ${payload.packVersion} ที่ออกแล้ว)`}:` : `The committee meets (${number}) on ${mailDate(payload.meetingDate, lang)}. From the meeting pack${payload.packVersion === null ? ' (the live draft)' : ` (issued version ${payload.packVersion})`}:` },
          {
            list: th
              ? [
                  { text: `ตัวชี้วัดที่ไม่เป็นไปตามเป้า: ${payload.offTrack} จาก ${payload.withStatus} ตัวชี้วัดที่ประเมินสถานะได้` },
                  { text: `มติและงานที่ยังไม่แล้วเสร็จ: ${payload.openActions} รายการ (เลยกำหนด ${payload.overdueActions})` },
                ]
              : [
                  { text: `Indicators off track: ${payload.offTrack} of ${payload.withStatus} with a status` },
                  { text: `Decisions and actions still open: ${payload.openActions} (${payload.overdueActions} overdue)` },
                ],
          },
          { link: withLang(meetingPackLink(url, payload.meetingId, payload.packVersion), lang), label: th ? 'เปิดเอกสารประกอบการประชุม' : 'Open the meeting pack' },
        ],
        lang,
        links,
      );
    }
    case 'invitation':
      return compose(
        th ? 'คำเชิญเข้าใช้ระบบติดตามยุทธศาสตร์จริยธรรม — ตั้งรหัสผ่านของท่าน' : 'Invitation to the ethics strategy tracker — set your password',
        [
          {
            text: th
              ? `เรียน ${payload.displayName} สำนักงาน ก.พ. เชิญท่านเข้าใช้ระบบในบทบาท${ROLE_LABELS[payload.role].th}${payload.agency ? ` ของ${nameOf(payload.agency, lang)}` : ''} ชื่อผู้ใช้ของท่านคือ ${payload.username} (หรือใช้อีเมลนี้เข้าสู่ระบบ)`
              : `Dear ${payload.displayName}, the OCSC invites you to the tracker as ${ROLE_LABELS[payload.role].en}${payload.agency ? ` for ${nameOf(payload.agency, lang)}` : ''}. Your username is ${payload.username} (or sign in with this e-mail address).`,
          },
          { text: th ? `ตั้งรหัสผ่านของท่านจากลิงก์นี้ ลิงก์ใช้ได้ครั้งเดียว ถึงวันที่ ${mailDate(payload.expiresAt, lang)}:` : `Set your password with this link; it works once, until ${mailDate(payload.expiresAt, lang)}:` },
          { link: accountLink(url, '/welcome', payload.token, lang), label: th ? 'ตั้งรหัสผ่าน' : 'Set your password' },
          { text: th ? 'หากท่านไม่ได้คาดว่าจะได้รับคำเชิญนี้ โปรดเพิกเฉยต่ออีเมลฉบับนี้' : 'If you did not expect this invitation, ignore this e-mail.' },
        ],
        lang,
        links,
      );
    case 'password_reset':
      return compose(
        th ? 'ตั้งรหัสผ่านใหม่ — ระบบติดตามยุทธศาสตร์จริยธรรม' : 'Reset your password — ethics strategy tracker',
        [
          { text: th ? `มีผู้ขอตั้งรหัสผ่านใหม่ของบัญชี ${payload.username} ลิงก์ด้านล่างใช้ได้ครั้งเดียว ภายใน ${payload.minutes} นาที เมื่อตั้งรหัสผ่านใหม่แล้ว ทุกอุปกรณ์ที่เข้าสู่ระบบไว้จะถูกออกจากระบบ` : `Someone asked to reset the password of the account ${payload.username}. The link below works once, within ${payload.minutes} minutes. Setting a new password signs every device out.` },
          { link: accountLink(url, '/reset-password', payload.token, lang), label: th ? 'ตั้งรหัสผ่านใหม่' : 'Set a new password' },
          { text: th ? 'หากท่านไม่ได้ขอ โปรดเพิกเฉยต่ออีเมลฉบับนี้ รหัสผ่านเดิมยังใช้ได้' : 'If you did not ask, ignore this e-mail: your password is unchanged.' },
        ],
        lang,
        links,
      );
    case 'email_confirm':
      return compose(
        th ? 'ยืนยันอีเมลใหม่ของบัญชี — ระบบติดตามยุทธศาสตร์จริยธรรม' : 'Confirm the new address of your account — ethics strategy tracker',
        [
          { text: th ? `บัญชี ${payload.username} ขอใช้อีเมลนี้รับการแจ้งเตือนและเข้าสู่ระบบ โปรดยืนยันจากลิงก์ด้านล่าง (ใช้ได้ครั้งเดียว ถึงวันที่ ${mailDate(payload.expiresAt, lang)})` : `The account ${payload.username} asked to use this address for notices and signing in. Confirm with the link below (it works once, until ${mailDate(payload.expiresAt, lang)}).` },
          { link: accountLink(url, '/confirm-email', payload.token, lang), label: th ? 'ยืนยันอีเมลนี้' : 'Confirm this address' },
          { text: th ? 'หากท่านไม่ได้ขอ โปรดเพิกเฉยต่ออีเมลฉบับนี้' : 'If you did not ask, ignore this e-mail.' },
        ],
        lang,
        links,
      );
    case 'test':
      return compose(
        th ? 'อีเมลทดสอบจากระบบติดตามยุทธศาสตร์จริยธรรม' : 'Test e-mail from the ethics strategy tracker',
        [{ text: th ? 'ถ้าได้รับอีเมลนี้ แปลว่าการตั้งค่า SMTP ใช้งานได้' : 'If you received this, the SMTP settings work.' }],
        lang,
        links,
      );
  }
}

/** Mail a person cannot turn off here: a test message. (The last reminder is kept by the reminder job.) */
export const UNSUBSCRIBABLE: ReadonlySet<MailKind> = new Set(['period_opened', 'reminder', 'overdue', 'returned', 'approved', 'digest', 'meeting_digest']);

/**
 * The page an in-app notice opens: the same page as the e-mail's main link (the indicator's form,
 * the reporting page, the review queue, the meeting pack), as a path inside the app.
 */
export function noticePath(payload: MailPayload): string {
  switch (payload.kind) {
    case 'returned':
    case 'approved':
      return reportingLink('', payload.year, payload.indicator.code);
    case 'period_opened':
    case 'reminder':
    case 'overdue':
      return reportingLink('', payload.year);
    case 'digest':
      return '/review';
    case 'meeting_digest':
      return meetingPackLink('', payload.meetingId, payload.packVersion);
    default:
      return '/account';
  }
}

/** A notice's second line in the header's list (the subject is its title); null when the title says it all. */
export function noticeSummary(payload: MailPayload, lang: Language): string | null {
  const th = lang === 'th';
  const codes = (items: IndicatorRef[]) => items.slice(0, 5).map((i) => i.code).join(', ') + (items.length > 5 ? ', …' : '');
  switch (payload.kind) {
    case 'period_opened':
      return th ? `ต้องรายงาน ${payload.items.length} ตัวชี้วัด: ${codes(payload.items)}` : `${payload.items.length} indicator(s) to report: ${codes(payload.items)}`;
    case 'reminder':
    case 'overdue':
      return th ? `ยังไม่ได้ส่ง: ${codes(payload.items)}` : `Not yet submitted: ${codes(payload.items)}`;
    case 'meeting_digest':
      return th
        ? `ไม่เป็นไปตามเป้า ${payload.offTrack} จาก ${payload.withStatus} ตัวชี้วัด · มติและงานค้าง ${payload.openActions} (เลยกำหนด ${payload.overdueActions})`
        : `Off track: ${payload.offTrack} of ${payload.withStatus} indicators · open decisions and actions: ${payload.openActions} (${payload.overdueActions} overdue)`;
    default:
      return null;
  }
}
