// The committee pack as one printable HTML document, rendered from a snapshot only — so a frozen
// pack reads the same however the live data move. The same document is the PDF (pack-pdf.ts),
// the in-app view and what a browser prints. A4 portrait, CSS paged media: a cover, a one-page
// executive summary, strategy sections that flow, ITA, target revisions, decisions and actions.
import { ACTION_STATUS_LABELS, type Bilingual } from '../../shared/domain';
import { figureMeta } from '../../shared/figure';
import { itaGradeLabel } from '../../shared/ita';
import { STATUS_LABELS, type Status } from '../../shared/status';
import { displayYear, type Calendar } from '../../shared/years';
import { packItaMap, PACK_MAP_CSS } from './pack-map';
import type { StoredPack } from './snapshot';

export type PackLang = 'th' | 'en';
export type PackRenderOptions = { lang: PackLang; cal: Calendar; fontCss: string };

const esc = (s: string | number | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const L = {
  packTitle: { th: 'เอกสารประกอบการประชุม', en: 'Committee pack' },
  committee: { th: 'คณะกรรมการมาตรฐานทางจริยธรรม (ก.ม.จ.)', en: 'Ethical Standards Committee' },
  draft: { th: 'ร่าง / DRAFT', en: 'DRAFT' },
  demo: { th: 'ตัวอย่าง (ข้อมูลสาธิต) — ไม่ใช่การประชุมจริง', en: 'Demo — not a real meeting' },
  example: { th: 'ตัวอย่าง', en: 'Example' },
  provisional: { th: 'ชั่วคราว', en: 'provisional' },
  meetingDate: { th: 'วันที่ประชุม', en: 'Meeting date' },
  asOf: { th: 'ข้อมูล ณ', en: 'Data as of' },
  issued: { th: 'ฉบับที่', en: 'Issue' },
  frozenBy: { th: 'จัดทำฉบับสมบูรณ์เมื่อ', en: 'Frozen on' },
  by: { th: 'โดย', en: 'by' },
  reissueReason: { th: 'เหตุผลที่ออกฉบับใหม่', en: 'Reason for re-issue' },
  agenda: { th: 'ระเบียบวาระ', en: 'Agenda' },
  summary: { th: 'บทสรุปสำหรับผู้บริหาร', en: 'Executive summary' },
  overall: { th: 'สถานะภาพรวมของแผน', en: 'Plan status' },
  strategy: { th: 'ยุทธศาสตร์', en: 'Strategy' },
  status: { th: 'สถานะ', en: 'Status' },
  indicatorsCol: { th: 'ตัวชี้วัด', en: 'Indicators' },
  withStatus: { th: 'มีสถานะ', en: 'with a status' },
  offTrack: { th: 'ตัวชี้วัดที่ต่ำกว่าแผน', en: 'Indicators off track' },
  overdueFigures: { th: 'ตัวเลขที่เลยกำหนดเผยแพร่', en: 'Figures overdue' },
  overdueActions: { th: 'เรื่องที่เลยกำหนด (หน่วยงาน)', en: 'Overdue actions (agency)' },
  openActions: { th: 'เรื่องที่ยังดำเนินการไม่แล้วเสร็จ', en: 'Open actions' },
  itaHeadline: { th: 'ITA ระดับประเทศ', en: 'ITA nationally' },
  changes: { th: 'สิ่งที่เปลี่ยนแปลงนับจากการประชุมครั้งก่อน', en: 'Changed since the last meeting' },
  noPrevious: { th: 'ไม่มีเอกสารการประชุมครั้งก่อนที่จัดทำฉบับสมบูรณ์ไว้ให้เปรียบเทียบ', en: 'No frozen pack of a previous meeting to compare with' },
  statusChanges: { th: 'สถานะเปลี่ยน', en: 'Status changes' },
  newValues: { th: 'ค่าใหม่หรือค่าที่แก้ไข', en: 'New or revised values' },
  targetChanges: { th: 'ค่าเป้าหมายที่ปรับ', en: 'Targets revised' },
  actionsClosed: { th: 'เรื่องที่ปิดแล้ว', en: 'Actions closed' },
  graded: { th: 'ตัวชี้วัดที่มีสถานะ', en: 'Indicators with a status' },
  none: { th: 'ไม่มี', en: 'None' },
  goal: { th: 'ตัวชี้วัดระดับเป้าหมายของแผน', en: 'Plan goal indicators' },
  latest: { th: 'ล่าสุด', en: 'Latest' },
  target: { th: 'เป้าหมาย', en: 'Target' },
  commentary: { th: 'ความเห็นของฝ่ายเลขานุการ', en: "Secretariat's commentary" },
  ita: { th: 'การประเมินคุณธรรมและความโปร่งใส (ITA)', en: 'Integrity and Transparency Assessment (ITA)' },
  itaTarget: { th: 'เป้าหมาย: หน่วยงานร้อยละ 80 ผ่านเกณฑ์ 85 คะแนน', en: 'Target: 80 % of agencies scoring 85 or more' },
  year: { th: 'ปี', en: 'Year' },
  assessed: { th: 'หน่วยงานที่ประเมิน', en: 'Agencies assessed' },
  mean: { th: 'คะแนนเฉลี่ย', en: 'Mean score' },
  passPct: { th: 'ร้อยละที่ผ่าน 85', en: '% at 85 or more' },
  grades: { th: 'ระดับผลการประเมิน', en: 'Grades' },
  weakest: { th: 'ตัวชี้วัด ITA ที่คะแนนเฉลี่ยต่ำที่สุด', en: 'Weakest ITA indicators' },
  demoRows: { th: 'มีข้อมูลสาธิต', en: 'includes demo rows' },
  demoData: { th: 'ข้อมูลสาธิต', en: 'Demo data' },
  weakestGroups: { th: 'กลุ่มหน่วยงานที่ผลต่ำที่สุด', en: 'Weakest agency groups' },
  weakestGroupsNote: { th: 'เรียงตามร้อยละที่ผ่าน 85 แล้วคะแนนเฉลี่ย เฉพาะกลุ่มที่ประเมินอย่างน้อย', en: 'By share at 85 or more, then mean; groups with at least' },
  agenciesWord: { th: 'หน่วยงาน', en: 'agencies assessed' },
  group: { th: 'กลุ่ม', en: 'Group' },
  byType: { th: 'ตามประเภทหน่วยงาน', en: 'By agency type' },
  byProvinceGroup: { th: 'ตามกลุ่มจังหวัด', en: 'By province group' },
  assessedOf: { th: 'ประเมิน (จากทั้งหมด)', en: 'Assessed (of all)' },
  overdueAgencies: { th: 'หน่วยงานที่ยังไม่รายงานเมื่อพ้นกำหนด', en: 'Agencies not reported by the deadline' },
  fiscalYear: { th: 'ปีงบประมาณ', en: 'Fiscal year' },
  deadline: { th: 'กำหนดส่ง', en: 'deadline' },
  of: { th: 'จาก', en: 'of' },
  agencyUnit: { th: 'หน่วยงาน', en: 'agencies' },
  andMore: { th: 'และอีก', en: 'and' },
  more: { th: 'หน่วยงาน', en: 'more' },
  noPastDeadline: { th: 'ยังไม่มีรอบการรายงานที่พ้นกำหนดส่ง', en: 'No reporting period is past its deadline yet' },
  revisions: { th: 'การปรับค่าเป้าหมายนับจากการประชุมครั้งก่อน', en: 'Target revisions since the last meeting' },
  from: { th: 'เดิม', en: 'From' },
  to: { th: 'ใหม่', en: 'To' },
  reason: { th: 'เหตุผล', en: 'Reason' },
  revisedOn: { th: 'วันที่ปรับ', en: 'Revised on' },
  actions: { th: 'มติและเรื่องที่ต้องดำเนินการ', en: 'Decisions and actions' },
  raisedAt: { th: 'การประชุม', en: 'Meeting' },
  text: { th: 'เรื่อง', en: 'Item' },
  owner: { th: 'หน่วยงานรับผิดชอบ', en: 'Owner' },
  due: { th: 'กำหนดเสร็จ', en: 'Due' },
  overdue: { th: 'เลยกำหนด', en: 'Overdue' },
  carried: { th: 'ยกมา', en: 'carried' },
  decision: { th: 'มติ', en: 'Decision' },
  quickWins: { th: 'Quick Win ตามระดับ', en: 'Quick Wins by level' },
  sources: { th: 'ที่มาและหมายเหตุ', en: 'Sources and notes' },
  runningSource: { th: 'ค่าที่อนุมัติแล้วในระบบติดตามยุทธศาสตร์ และแหล่งที่ระบุรายตัวชี้วัด', en: 'approved values in the strategy tracker and the source named for each indicator' },
  sourcesText: {
    th: 'ตัวเลขจากระบบติดตามยุทธศาสตร์ (ค่าที่อนุมัติแล้ว) และแหล่งข้อมูลที่ระบุในแต่ละตัวชี้วัด สถานะคำนวณตามหลักเกณฑ์เดียวกับหน้าเว็บ จุดกลวงคือค่าชั่วคราว (ข้อมูลยังไม่ครบตามเกณฑ์เผยแพร่) รายการที่ติดป้าย "ตัวอย่าง" ไม่ใช่ข้อมูลทางการ',
    en: 'Figures from the strategy tracker (approved values) and the source named for each indicator. Statuses follow the same rule as the website. A hollow point is provisional (below the publication threshold). Items badged "Example" are not official.',
  },
  draftsLeftOut: { th: 'ความเห็นที่ยังเป็นร่างไม่ถูกนำมาแสดง', en: 'draft commentary items are not shown' },
  page: { th: 'หน้า', en: 'Page' },
  counts: { th: 'จำนวนตามสถานะ', en: 'Count by status' },
  contents: { th: 'สารบัญ', en: 'Contents' },
  source: { th: 'ที่มา', en: 'Source' },
  level: { th: 'ระดับ', en: 'Level' },
  total: { th: 'ทั้งหมด', en: 'Total' },
  completed: { th: 'แล้วเสร็จ', en: 'Completed' },
  delayed: { th: 'ล่าช้า', en: 'Delayed' },
} satisfies Record<string, Bilingual>;

const LEVEL_WORDS: Record<string, Bilingual> = { central: { th: 'ส่วนกลาง', en: 'Central' }, regional: { th: 'ส่วนภูมิภาค', en: 'Regional' }, local: { th: 'ส่วนท้องถิ่น', en: 'Local' } };

type Ind = StoredPack['strategies'][number]['indicators'][number];

function formatters({ lang, cal }: PackRenderOptions) {
  const locale = lang === 'th' ? 'th-TH' : 'en-GB';
  const t = (b: Bilingual) => b[lang] || b.th;
  const pick = (o: { th: string; en: string }) => (lang === 'en' && o.en ? o.en : o.th);
  const num = (v: number | null | undefined, decimals = 0) =>
    v === null || v === undefined || Number.isNaN(v) ? '–' : new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(v);
  const date = (iso: string | null | undefined) => {
    if (!iso) return '–';
    const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    return new Intl.DateTimeFormat(`${locale}-u-ca-${cal === 'be' ? 'buddhist' : 'gregory'}`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Bangkok' }).format(d);
  };
  const year = (be: number, kind: 'fiscal' | 'edition' = 'fiscal') => (kind === 'edition' ? displayYear(be, 'ce') : displayYear(be, cal));
  const figure = (ind: Ind, v: number | null | undefined) => {
    const meta = figureMeta(ind);
    if (meta.unit === 'boolean') return v === null || v === undefined ? '–' : v >= 1 ? '✓' : '✗';
    return `${num(v, meta.decimals)}${meta.unit === 'percent' ? ' %' : ''}`;
  };
  const name = (o: { nameTh: string; nameEn: string }) => (lang === 'en' && o.nameEn ? o.nameEn : o.nameTh);
  const status = (s: Status) => `<span class="st st-${s}">${esc(t(STATUS_LABELS[s]))}</span>`;
  return { lang, t, pick, name, num, date, year, figure, status };
}

type F = ReturnType<typeof formatters>;

/** Actual vs target as a small line chart; provisional points hollow, targets dashed. */
function chartSvg(ind: Ind, f: F): string {
  const points = ind.trend;
  const targets = ind.targets;
  const all = [...points.map((p) => p.value), ...targets.map((x) => x.value)];
  if (points.length === 0 || figureMeta(ind).unit === 'boolean') return '';
  const years = [...new Set([...points.map((p) => p.year), ...targets.map((x) => x.year)])].sort((a, b) => a - b);
  const [w, h, left, right, top, bottom] = [300, 120, 44, 10, 10, 22];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.1;
  lo -= pad;
  hi += pad;
  const rank = ind.unit === 'rank'; // a smaller rank is better: drawn upwards
  const x = (yr: number) => left + (years.length === 1 ? (w - left - right) / 2 : ((yr - years[0]!) / (years[years.length - 1]! - years[0]!)) * (w - left - right));
  const y = (v: number) => top + (rank ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo)) * (h - top - bottom);
  const decimals = figureMeta(ind).decimals;
  const line = points.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const tline = targets.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const dots = points
    .map((p) => {
      const prov = 'provisional' in p && p.provisional;
      return `<circle cx="${x(p.year).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3.2" class="${prov ? 'pt-prov' : 'pt'}"/>`;
    })
    .join('');
  const tdots = targets.map((p) => `<rect x="${(x(p.year) - 2.5).toFixed(1)}" y="${(y(p.value) - 2.5).toFixed(1)}" width="5" height="5" class="tg"/>`).join('');
  const yLabels = [hi - pad, lo + pad].map((v) => `<text x="${left - 4}" y="${(y(v) + 3).toFixed(1)}" text-anchor="end">${esc(f.num(v, decimals))}</text>`).join('');
  const xLabels = years
    .filter((_, i) => years.length <= 6 || i % 2 === 0 || i === years.length - 1)
    .map((yr) => `<text x="${x(yr).toFixed(1)}" y="${h - 6}" text-anchor="middle">${esc(f.year(yr, ind.yearKind))}</text>`)
    .join('');
  return `<svg class="chart" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(f.name(ind))}">
<line x1="${left}" x2="${w - right}" y1="${h - bottom}" y2="${h - bottom}" class="axis"/>
${targets.length > 1 ? `<polyline points="${tline}" class="tline"/>` : ''}${tdots}
${points.length > 1 ? `<polyline points="${line}" class="aline"/>` : ''}${dots}${yLabels}${xLabels}</svg>`;
}

function badge(isExample: boolean, f: F) {
  return isExample ? ` <span class="badge">${esc(f.t(L.example))}</span>` : '';
}

function commentaryFor(snap: StoredPack, type: 'strategy' | 'indicator', key: string, f: F) {
  const c = snap.commentary.find((x) => x.subjectType === type && x.subjectKey === key);
  if (!c) return '';
  const body = f.pick({ th: c.bodyTh, en: c.bodyEn });
  return `<div class="comment"><div class="comment-h">${esc(f.t(L.commentary))}</div>${body
    .split(/\n+/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</div>`;
}

function indicatorBlock(snap: StoredPack, ind: Ind, f: F) {
  const last = ind.trend[ind.trend.length - 1];
  const target = ind.status.target;
  return `<article class="ind">
<header><h4>${esc(ind.code)} ${esc(f.name(ind))}${badge(ind.isExample, f)}</h4>${f.status(ind.status.status)}</header>
<div class="ind-body">
<dl><dt>${esc(f.t(L.latest))}</dt><dd>${last ? `${esc(f.figure(ind, last.value))} (${esc(f.year(last.year, ind.yearKind))})${'provisional' in last && last.provisional ? ` · ${esc(f.t(L.provisional))}` : ''}` : '–'}</dd>
<dt>${esc(f.t(L.target))}</dt><dd>${target ? `${esc(f.figure(ind, target.value))} (${esc(f.year(target.year, ind.yearKind))})` : '–'}</dd>
<dt>${esc(f.t(L.source))}</dt><dd>${esc(f.pick({ th: ind.sourceOrgTh ?? '', en: ind.sourceOrgEn ?? '' })) || '–'}</dd></dl>
${chartSvg(ind, f)}
</div>${commentaryFor(snap, 'indicator', ind.code, f)}</article>`;
}

function countsCell(s: StoredPack['strategies'][number]['status'], f: F) {
  const order: Status[] = ['achieved', 'on_track', 'needs_attention', 'off_track', 'no_target', 'no_data'];
  return order
    .filter((k) => s.counts[k] > 0)
    .map((k) => `${esc(f.t(STATUS_LABELS[k]))} ${esc(f.num(s.counts[k]))}`)
    .join(' · ');
}

function summaryPage(snap: StoredPack, f: F) {
  const all = [...snap.goalIndicators, ...snap.strategies.flatMap((s) => s.indicators)];
  const off = all.filter((i) => i.status.status === 'off_track');
  const open = snap.actions.filter((a) => a.status === 'open' || a.status === 'in_progress');
  const overdueActions = open.filter((a) => a.overdue);
  const itaLatest = snap.ita.years[snap.ita.years.length - 1];
  const c = snap.changes;
  const list = (items: string[], max = 6) =>
    items.length ? `<ul>${items.slice(0, max).map((i) => `<li>${i}</li>`).join('')}${items.length > max ? `<li>… +${f.num(items.length - max)}</li>` : ''}</ul>` : `<p class="muted">${esc(f.t(L.none))}</p>`;
  return `<section class="summary">
<h2>${esc(f.t(L.summary))}</h2>
<p class="overall">${esc(f.t(L.overall))}: ${f.status(snap.status.plan.status)} · ${esc(f.t(L.withStatus))} ${esc(f.num(snap.status.plan.withStatus))} / ${esc(f.num(snap.status.plan.total))}</p>
<table class="t-summary"><thead><tr><th>${esc(f.t(L.strategy))}</th><th>${esc(f.t(L.status))}</th><th>${esc(f.t(L.counts))}</th></tr></thead><tbody>
${snap.strategies.map((s) => `<tr><td>${esc(f.t(L.strategy))} ${esc(s.no)} ${esc(f.pick({ th: s.titleTh, en: s.titleEn }))}</td><td>${f.status(s.status.status)}</td><td>${countsCell(s.status, f)}</td></tr>`).join('')}
</tbody></table>
<div class="cols">
<div><h3>${esc(f.t(L.offTrack))}</h3>${list(off.map((i) => `${esc(i.code)} ${esc(f.name(i))}${badge(i.isExample, f)}`))}
<h3>${esc(f.t(L.overdueFigures))}</h3>${list(snap.overdue.map((o) => `${esc(o.code)} ${esc(f.name(o))}${badge(o.isExample, f)}`), 4)}
<h3>${esc(f.t(L.itaHeadline))}</h3>${
    itaLatest
      ? `<p>${esc(f.year(itaLatest.year))}: ${esc(f.t(L.passPct))} ${esc(f.num(itaLatest.passPercent, 1))} % (${esc(f.t(L.target))} ${esc(f.num(snap.ita.targetPercent))} %) · ${esc(f.t(L.mean))} ${esc(f.num(itaLatest.mean, 2))}${itaLatest.demoRows > 0 ? ` <span class="badge">${esc(f.t(L.demoRows))}</span>` : ''}</p>`
      : `<p class="muted">${esc(f.t(L.none))}</p>`
  }</div>
<div>${overdueAgenciesBlock(snap, f)}<h3>${esc(f.t(L.openActions))} (${esc(f.num(open.length))})</h3>${list(open.map((a) => `${esc(f.pick({ th: a.textTh, en: a.textEn }))}${a.overdue ? ` <strong class="late">${esc(f.t(L.overdue))}</strong>` : ''}`), 4)}
<h3>${esc(f.t(L.overdueActions))}</h3>${list(overdueActions.map((a) => `${esc(f.pick({ th: a.ownerAgencyNameTh ?? '–', en: a.ownerAgencyNameEn ?? '' }))}: ${esc(f.date(a.dueDate))}`), 4)}
<h3>${esc(f.t(L.changes))}</h3>${
    snap.previous?.frozen
      ? `<ul><li>${esc(f.t(L.statusChanges))}: ${esc(f.num(c.statusChanges.length))}${c.statusChanges.length ? ` — ${c.statusChanges.slice(0, 4).map((s) => `${esc(s.code)} ${esc(f.t(STATUS_LABELS[s.from]))} → ${esc(f.t(STATUS_LABELS[s.to]))}`).join('; ')}` : ''}</li>
<li>${esc(f.t(L.newValues))}: ${esc(f.num(c.newValues.length))}</li><li>${esc(f.t(L.targetChanges))}: ${esc(f.num(c.targetChanges.length))}</li>
<li>${esc(f.t(L.actionsClosed))}: ${esc(f.num(c.actionsClosed.length))}</li><li>${esc(f.t(L.graded))}: ${esc(f.num(c.graded.before))} → ${esc(f.num(c.graded.after))} / ${esc(f.num(c.graded.total))}</li></ul>`
      : `<p class="muted">${esc(f.t(L.noPrevious))}</p>`
  }</div></div></section>`;
}

/** The summary's overdue agencies: n of N, then the first names (absent from format-1 packs). */
function overdueAgenciesBlock(snap: StoredPack, f: F) {
  if (snap.overdueAgencies === undefined) return '';
  const o = snap.overdueAgencies;
  const head = `<h3>${esc(f.t(L.overdueAgencies))}</h3>`;
  if (o === null) return `${head}<p class="muted">${esc(f.t(L.noPastDeadline))}</p>`;
  const names = o.first.map((a) => `${esc(f.name(a))}${a.isDemo ? ` <span class="badge">${esc(f.t(L.demoData))}</span>` : ''}`);
  const rest = o.overdue - o.first.length;
  return `${head}<p><strong>${esc(f.num(o.overdue))} ${esc(f.t(L.of))} ${esc(f.num(o.assigned))} ${esc(f.t(L.agencyUnit))}</strong> · ${esc(f.t(L.fiscalYear))} ${esc(f.year(o.year))} · ${esc(f.t(L.deadline))} ${esc(f.date(o.deadline))}${badge(o.examplesOnly, f)}</p>${
    names.length ? `<p class="names">${names.join(', ')}${rest > 0 ? ` ${esc(f.t(L.andMore))} ${esc(f.num(rest))} ${esc(f.t(L.more))}` : ''}</p>` : ''
  }`;
}

/** The weakest agency types and province groups (absent from format-1 packs). */
function weakestGroupsBlock(snap: StoredPack, f: F) {
  const w = snap.ita.weakestGroups;
  if (!w) return '';
  const dimension = { type: L.byType, group: L.byProvinceGroup } as const;
  const rows = w.dimensions
    .filter((d) => d.groups.length > 0)
    .map(
      (d) =>
        `<tr class="sub"><th colspan="4">${esc(f.t(dimension[d.by]))}</th></tr>${d.groups
          .map(
            (g) =>
              `<tr><td>${esc(f.t(g.label))}${g.demoRows > 0 ? ` <span class="badge">${esc(f.t(L.demoData))}</span>` : ''}</td><td>${esc(f.num(g.assessed))}${g.agencies !== null ? ` / ${esc(f.num(g.agencies))}` : ''}</td><td>${esc(f.num(g.mean, 2))}</td><td>${esc(f.num(g.passPercent, 1))} %</td></tr>`,
          )
          .join('')}`,
    )
    .join('');
  if (!rows) return '';
  return `<h3>${esc(f.t(L.weakestGroups))} (${esc(f.year(w.year))})</h3><p class="legend">${esc(f.t(L.weakestGroupsNote))} ${esc(f.num(w.minAssessed))} ${esc(f.t(L.agenciesWord))}</p>
<table class="t-groups"><thead><tr><th>${esc(f.t(L.group))}</th><th>${esc(f.t(L.assessedOf))}</th><th>${esc(f.t(L.mean))}</th><th>${esc(f.t(L.passPct))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function itaSection(snap: StoredPack, f: F) {
  const ita = snap.ita;
  if (!ita.years.length) return '';
  const [w, h, left, bottom] = [520, 150, 40, 22];
  const x = (i: number) => left + (ita.years.length === 1 ? (w - left - 10) / 2 : (i / (ita.years.length - 1)) * (w - left - 10));
  // From 50 % (lower only when a year fell below it) to 100 %, so the years' differences show.
  const floor = Math.min(50, Math.floor(Math.min(...ita.years.map((yr) => yr.passPercent)) / 10) * 10);
  const y = (v: number) => 10 + ((100 - v) / (100 - floor)) * (h - 10 - bottom);
  const pts = ita.years.map((yr, i) => `${x(i).toFixed(1)},${y(yr.passPercent).toFixed(1)}`).join(' ');
  const svg = `<svg class="chart wide" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(f.t(L.passPct))}">
<line x1="${left}" x2="${w - 10}" y1="${y(ita.targetPercent)}" y2="${y(ita.targetPercent)}" class="tline"/><text x="${w - 10}" y="${y(ita.targetPercent) - 4}" text-anchor="end">${esc(f.t(L.target))} ${esc(f.num(ita.targetPercent))} %</text>
${[floor, (floor + 100) / 2, 100].map((v) => `<text x="${left - 4}" y="${y(v) + 3}" text-anchor="end">${v}</text>`).join('')}
<polyline points="${pts}" class="aline"/>${ita.years.map((yr, i) => `<circle cx="${x(i)}" cy="${y(yr.passPercent)}" r="3.5" class="pt"/><text x="${x(i)}" y="${h - 6}" text-anchor="middle">${esc(f.year(yr.year))}</text>`).join('')}</svg>`;
  return `<section class="ita"><div class="keep"><h2>${esc(f.t(L.ita))}</h2><p>${esc(f.t(L.itaTarget))}</p>${svg}</div>
<table><thead><tr><th>${esc(f.t(L.year))}</th><th>${esc(f.t(L.assessed))}</th><th>${esc(f.t(L.mean))}</th><th>${esc(f.t(L.passPct))}</th></tr></thead><tbody>
${ita.years.map((yr) => `<tr><td>${esc(f.year(yr.year))}${yr.demoRows > 0 ? ` <span class="badge">${esc(f.t(L.demoRows))}</span>` : ''}</td><td>${esc(f.num(yr.assessed))}</td><td>${esc(f.num(yr.mean, 2))}</td><td>${esc(f.num(yr.passPercent, 1))} %</td></tr>`).join('')}
</tbody></table>
${ita.grades ? `<h3>${esc(f.t(L.grades))} (${esc(f.year(ita.grades.year))})</h3><p>${ita.grades.grades.map((g) => { const word = itaGradeLabel(g.grade); return `${esc(word ? f.t(word) : g.grade)} ${esc(f.num(g.count))}`; }).join(' · ')}</p>` : ''}
${ita.weakest.length ? `<h3>${esc(f.t(L.weakest))}</h3><ol>${ita.weakest.map((i) => `<li>${esc(f.pick(i))} — ${esc(f.num(i.mean, 2))}</li>`).join('')}</ol>` : ''}
${packItaMap(ita.provinces, { lang: f.lang, year: f.year(ita.years[ita.years.length - 1]!.year), num: f.num })}
${weakestGroupsBlock(snap, f)}
</section>`;
}

function revisionsSection(snap: StoredPack, f: F) {
  const rows = snap.targetRevisions;
  return `<section class="revisions"><h2>${esc(f.t(L.revisions))}</h2>${
    rows.length
      ? `<table><thead><tr><th>${esc(f.t(L.indicatorsCol))}</th><th>${esc(f.t(L.year))}</th><th>${esc(f.t(L.from))}</th><th>${esc(f.t(L.to))}</th><th>${esc(f.t(L.reason))}</th><th>${esc(f.t(L.revisedOn))}</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${esc(r.code)} ${esc(f.name(r))}${badge(r.isExample, f)}</td><td>${esc(f.year(r.year))}</td><td>${esc(f.num(r.previousValue, 2))}</td><td>${esc(f.num(r.newValue, 2))}</td><td>${esc(r.reason)}</td><td>${esc(f.date(r.revisedOn))}</td></tr>`).join('')}</tbody></table>`
      : `<p class="muted">${esc(f.t(L.none))}</p>`
  }</section>`;
}

function actionsSection(snap: StoredPack, f: F) {
  return `<section class="actions"><h2>${esc(f.t(L.actions))}</h2>${
    snap.actions.length
      ? `<table><thead><tr><th>${esc(f.t(L.raisedAt))}</th><th>${esc(f.t(L.text))}</th><th>${esc(f.t(L.owner))}</th><th>${esc(f.t(L.due))}</th><th>${esc(f.t(L.status))}</th></tr></thead><tbody>
${snap.actions
  .map(
    (a) =>
      `<tr${a.overdue ? ' class="late-row"' : ''}><td>${esc(f.pick({ th: a.meetingNumberTh, en: a.meetingNumberEn }))}${a.carried ? ` (${esc(f.t(L.carried))})` : ''}</td><td>${a.kind === 'decision' ? `<strong>${esc(f.t(L.decision))}:</strong> ` : ''}${esc(f.pick({ th: a.textTh, en: a.textEn }))}</td><td>${esc(f.pick({ th: a.ownerAgencyNameTh ?? '–', en: a.ownerAgencyNameEn ?? '' }))}</td><td>${esc(f.date(a.dueDate))}</td><td>${esc(f.t(ACTION_STATUS_LABELS[a.status]))}${a.overdue ? ` · <strong class="late">${esc(f.t(L.overdue))}</strong>` : ''}</td></tr>`,
  )
  .join('')}</tbody></table>`
      : `<p class="muted">${esc(f.t(L.none))}</p>`
  }</section>`;
}

function quickWinSection(snap: StoredPack, f: F) {
  return `<section class="qw"><h2>${esc(f.t(L.quickWins))}</h2><table><thead><tr><th>${esc(f.t(L.level))}</th><th>${esc(f.t(L.total))}</th><th>${esc(f.t(L.completed))}</th><th>${esc(f.t(L.delayed))}</th></tr></thead><tbody>
${snap.quickWinsByLevel.map((q) => `<tr><td>${esc(f.t(LEVEL_WORDS[q.level]!))}</td><td>${esc(f.num(q.total))}</td><td>${esc(f.num(q.completed))}</td><td>${esc(f.num(q.delayed))}</td></tr>`).join('')}</tbody></table></section>`;
}

/** The running header and footer printed on every page (the @page margin boxes below). */
export function packRunningTexts(snap: StoredPack, opts: Pick<PackRenderOptions, 'lang' | 'cal'>) {
  const f = formatters({ ...opts, fontCss: '' });
  const meeting = f.pick({ th: snap.meeting.numberTh, en: snap.meeting.numberEn });
  const plan = f.pick({ th: snap.plan.nameTh, en: snap.plan.nameEn });
  const issue = `${f.t(L.packTitle)} ${meeting}${snap.draft ? ` · ${f.t(L.draft)}` : ` · ${f.t(L.issued)} ${snap.packVersion}`}${snap.meeting.isDemo ? ` · ${f.t(L.example)}` : ''}`;
  const footer = `${f.t(L.asOf)} ${f.date(snap.dataAsOf)} · ${f.t(L.source)}: ${f.t(L.runningSource)}`;
  return { plan, issue, footer, pageWord: f.t(L.page) };
}

/** A CSS string literal (inside <style>: no way out of the string or the element). */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ').replace(/</g, '\\3c ')}"`;

/**
 * The running header (plan, meeting, issue or DRAFT) and footer (as-of date, source, "หน้า x / y")
 * as @page margin boxes: the server's PDF and a browser's print draw the same ones.
 */
function pageCss(texts: ReturnType<typeof packRunningTexts>) {
  const box = "font-family: 'Sarabun', sans-serif; font-size: 8pt; line-height: 1.4; color: #444;";
  return `@page { size: A4 portrait; margin: 18mm 14mm 16mm 14mm;
  @top-left { content: ${cssString(texts.plan)} "\\A" ${cssString(texts.issue)}; white-space: pre-line; ${box} vertical-align: bottom; padding-bottom: 3mm; width: 100%; }
  @bottom-left { content: ${cssString(texts.footer)}; ${box} vertical-align: top; padding-top: 3mm; width: 80%; }
  @bottom-right { content: ${cssString(`${texts.pageWord} `)} counter(page) " / " counter(pages); ${box} vertical-align: top; padding-top: 3mm; white-space: nowrap; }
}`;
}

const CSS = `
* { box-sizing: border-box; }
html { font-family: 'Sarabun', sans-serif; font-size: 10.5pt; line-height: 1.6; color: #1b1b1b; }
body { margin: 0; }
/* Thai tone marks stack above the vowels: a line box tall enough to hold them, so none is cut at a page top. */
h1, h2, h3, h4 { line-height: 1.6; margin: 0 0 .3em; break-after: avoid; break-inside: avoid; }
h2 { font-size: 15pt; color: #14365d; border-bottom: 1.5pt solid #14365d; padding-bottom: 2pt; margin-top: 10pt; }
h3 { font-size: 11pt; margin-top: 8pt; }
h4 { font-size: 10.5pt; font-weight: 700; margin: 0; }
p { margin: 0 0 .4em; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 4pt 0 8pt; }
th, td { border-bottom: .5pt solid #bbb; padding: 3pt 4pt; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
tr { break-inside: avoid; }
.muted { color: #555; }
.badge { display: inline-block; border: .75pt solid #8a5a00; color: #8a5a00; border-radius: 3pt; padding: 0 3pt; font-size: 8pt; font-weight: 600; }
.st { display: inline-block; border-radius: 3pt; padding: 0 4pt; font-size: 8.5pt; font-weight: 600; white-space: nowrap; border: .75pt solid currentColor; }
.st-achieved { color: #0b6b2f; } .st-on_track { color: #1f6f43; } .st-needs_attention { color: #8a5a00; }
.st-off_track { color: #a4161a; } .st-no_target, .st-no_data { color: #555; }
.late { color: #a4161a; } .late-row td { background: #fdf0f0; }
.cover { break-after: page; display: flex; flex-direction: column; gap: 6pt; padding-top: 20mm; }
.cover .contents { font-size: 10pt; margin: 0; }
.cover h1 { font-size: 22pt; color: #14365d; }
.cover .meeting { font-size: 18pt; font-weight: 700; }
.cover .stamp { font-size: 20pt; font-weight: 700; color: #a4161a; border: 2pt solid #a4161a; padding: 4pt 10pt; align-self: flex-start; }
.cover .demo { font-size: 13pt; font-weight: 700; color: #8a5a00; border: 1.5pt solid #8a5a00; padding: 3pt 8pt; align-self: flex-start; }
.summary { break-after: page; }
.summary .overall { font-size: 12pt; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 10pt; }
.cols ul { margin: 0 0 4pt; padding-left: 14pt; font-size: 9.5pt; }
.strategy { break-before: auto; }
.strategy > h2 { break-after: avoid; }
.keep { break-inside: avoid; }
.ind { break-inside: avoid; border-top: .5pt solid #ccc; padding: 5pt 0; }
.ind header { display: flex; justify-content: space-between; gap: 8pt; align-items: baseline; }
.ind-body { display: flex; gap: 10pt; align-items: flex-start; justify-content: space-between; }
.ind dl { display: grid; grid-template-columns: auto 1fr; gap: 1pt 6pt; margin: 2pt 0; font-size: 9.5pt; flex: 1; }
.ind dt { color: #555; } .ind dd { margin: 0; }
.chart { flex: none; font-size: 8pt; }
.chart text { font-family: 'Sarabun', sans-serif; font-size: 8px; fill: #333; }
.chart .axis { stroke: #999; stroke-width: .8; }
.chart .aline { fill: none; stroke: #14365d; stroke-width: 1.6; }
.chart .tline { fill: none; stroke: #a4161a; stroke-width: 1.2; stroke-dasharray: 4 3; }
.chart .pt { fill: #14365d; } .chart .pt-prov { fill: #fff; stroke: #14365d; stroke-width: 1.4; }
.chart .tg { fill: #a4161a; }
.comment { background: #f5f7fa; border-left: 2pt solid #14365d; padding: 3pt 6pt; margin-top: 3pt; font-size: 9.5pt; break-inside: avoid; }
.comment-h { font-weight: 600; color: #14365d; font-size: 8.5pt; }
.ita, .revisions, .actions, .qw, .sources { break-inside: auto; }
.ita .chart { display: block; margin: 4pt 0; }
.legend { font-size: 8.5pt; color: #444; }
.t-groups tr.sub th { background: none; color: #14365d; border-bottom: .75pt solid #14365d; }
.names { font-size: 9pt; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 12mm; background: #fff; } html { background: #e9ecef; } }
`;

/** The whole pack as one HTML document (fonts inlined by the caller, so it renders offline). */
export function renderPackHtml(snap: StoredPack, opts: PackRenderOptions): string {
  const f = formatters(opts);
  const meetingNo = f.pick({ th: snap.meeting.numberTh, en: snap.meeting.numberEn });
  const planName = f.pick({ th: snap.plan.nameTh, en: snap.plan.nameEn });
  const cover = `<section class="cover">
${snap.meeting.isDemo ? `<div class="demo">${esc(f.t(L.demo))}</div>` : ''}
<p>${esc(f.t(L.committee))}</p>
<h1>${esc(f.t(L.packTitle))}<br>${esc(planName)}</h1>
<p class="meeting">${esc(meetingNo)}</p>
<p>${esc(f.t(L.meetingDate))} ${esc(f.date(snap.meeting.meetingDate))} · ${esc(f.t(L.asOf))} ${esc(f.date(snap.dataAsOf))}</p>
${snap.draft ? `<div class="stamp">${esc(f.t(L.draft))}</div>` : `<p>${esc(f.t(L.issued))} ${esc(snap.packVersion)} · ${esc(f.t(L.frozenBy))} ${esc(f.date(snap.frozenAt))} ${esc(f.t(L.by))} ${esc(snap.frozenByName)}</p>${snap.reason ? `<p>${esc(f.t(L.reissueReason))}: ${esc(snap.reason)}</p>` : ''}`}
${snap.draftsLeftOut > 0 ? `<p class="muted">${esc(f.num(snap.draftsLeftOut))} ${esc(f.t(L.draftsLeftOut))}</p>` : ''}
${snap.meeting.agenda.length ? `<h3>${esc(f.t(L.agenda))}</h3><ol>${snap.meeting.agenda.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>` : ''}
<h3>${esc(f.t(L.contents))}</h3><ol class="contents"><li>${esc(f.t(L.summary))}</li>${snap.goalIndicators.length ? `<li>${esc(f.t(L.goal))}</li>` : ''}${snap.strategies
    .map((s) => `<li>${esc(f.t(L.strategy))} ${esc(s.no)} ${esc(f.pick({ th: s.titleTh, en: s.titleEn }))}</li>`)
    .join('')}<li>${esc(f.t(L.ita))}</li><li>${esc(f.t(L.revisions))}</li><li>${esc(f.t(L.actions))}</li><li>${esc(f.t(L.quickWins))}</li><li>${esc(f.t(L.sources))}</li></ol>
</section>`;
  // A section's heading (with its status line and commentary) stays with its first indicator.
  const section = (head: string, inds: Ind[]) => {
    const [first, ...rest] = inds.map((i) => indicatorBlock(snap, i, f));
    return `<section class="strategy"><div class="keep">${head}${first ?? ''}</div>${rest.join('')}</section>`;
  };
  const goal = snap.goalIndicators.length ? section(`<h2>${esc(f.t(L.goal))}</h2>`, snap.goalIndicators) : '';
  const strategies = snap.strategies
    .map((s) =>
      section(
        `<h2>${esc(f.t(L.strategy))} ${esc(s.no)} ${esc(f.pick({ th: s.titleTh, en: s.titleEn }))}</h2>
<p>${f.status(s.status.status)} · ${countsCell(s.status, f)}</p>${commentaryFor(snap, 'strategy', String(s.no), f)}`,
        s.indicators,
      ),
    )
    .join('');
  const sources = `<section class="sources"><h2>${esc(f.t(L.sources))}</h2><p>${esc(f.t(L.sourcesText))}</p><p>${esc(f.t(L.asOf))} ${esc(f.date(snap.dataAsOf))} · ITA: ${esc(snap.ita.targetSourceUrl)}</p></section>`;
  return `<!doctype html><html lang="${opts.lang}"><head><meta charset="utf-8"><title>${esc(f.t(L.packTitle))} ${esc(meetingNo)}</title>
<style>${opts.fontCss}${pageCss(packRunningTexts(snap, opts))}${CSS}${PACK_MAP_CSS}</style></head><body>${cover}${summaryPage(snap, f)}${goal}${strategies}${itaSection(snap, f)}${revisionsSection(snap, f)}${actionsSection(snap, f)}${quickWinSection(snap, f)}${sources}</body></html>`;
}
