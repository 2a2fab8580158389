// The seeded OCSC project against the source document it was taken from (committed as a
// fixture: test/fixtures/ocsc-project-000.txt, origin in test/fixtures/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';

const SOURCE = readFileSync(new URL('../fixtures/ocsc-project-000.txt', import.meta.url), 'utf8');
/** Whitespace (line breaks, list markers' spacing) is not part of the wording. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const source = norm(SOURCE);
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const thai = (n: number | string) => String(n).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);
const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

function expectInSource(text: string | null | undefined, what: string) {
  expect(text, what).toBeTruthy();
  expect(source.includes(norm(text!)), `${what} is not verbatim in the source: ${text}`).toBe(true);
}

describe('the seeded OCSC project', () => {
  it('has the source document’s own Thai texts, round 5 complete and nothing invented for rounds 1–4', async () => {
    const db = createTestDb();
    const projects = await callerFor(db).activity.list();
    const project = projects.find((p) => !p.isDemo)!;
    expectInSource(project.nameTh, 'title');
    expect(project.strategyId).toBeNull();
    expect(project.plannedRounds).toBe(5);
    expect(source).toContain(`แผนการดำเนินการมี ${thai(5)} ครั้ง`);
    expect(project.objectivesTh).toHaveLength(3);
    project.objectivesTh.forEach((o, i) => expect(source).toContain(norm(`๒.${thai(i + 1)} ${o}`)));
    expect(project.outcomesTh).toHaveLength(3);
    project.outcomesTh.forEach((o, i) => expect(source).toContain(norm(`${thai(i + 1)}) ${o}`)));
    project.rationaleTh.forEach((r, i) => expectInSource(r, `rationale ${i + 1}`));
    expectInSource(project.selectionTh, 'readiness criterion');
    expect(project.selectionTh).toContain('ปานกลาง - ต่ำ และมีความพร้อมที่จะรับการพัฒนา');
    expectInSource(project.evaluationTh, 'evaluation');
    expectInSource(project.ownerTh, 'responsible unit');

    const activity = project.activities[0]!;
    expectInSource(activity.nameTh, 'activity');
    // Only round 5 is described: no rounds 1–4.
    expect(activity.rounds.map((r) => r.roundNo)).toEqual([5]);

    const round = await callerFor(db).activity.round({ roundId: activity.rounds[0]!.id });
    expect(round.status).toBe('confirmed');
    expectInSource(round.groupsTh, 'province groups');
    expectInSource(round.venue, 'venue');
    expectInSource(round.datesTh, 'dates');
    // The stored dates are the source's: 25–26 June 2562 (2019).
    const [start, end] = [new Date(round.startDate!), new Date(round.endDate!)];
    expect(round.datesTh).toContain(`${thai(start.getUTCDate())} - `);
    expect(round.datesTh).toContain(`${thai(end.getUTCDate())} ${THAI_MONTHS[end.getUTCMonth()]} ${thai(end.getUTCFullYear() + 543)}`);
    expect([round.startDate, round.endDate]).toEqual(['2019-06-25', '2019-06-26']);

    // The 11 provinces, each named in the source.
    expect(round.provinces).toHaveLength(11);
    for (const p of round.provinces) expect(source).toContain(`จังหวัด${p.nameTh}`);
    const listed = source.slice(source.indexOf('จำนวน ๑๑ จังหวัด'), source.indexOf('๖. วันที่จัดสัมมนา'));
    expect(listed.match(/จังหวัด/g)).toHaveLength(12); // "๑๑ จังหวัด" + the 11 names

    // Two tracks with their durations, "about" head counts and sub-groups.
    expect(round.tracks).toHaveLength(2);
    for (const [i, t] of round.tracks.entries()) {
      expect(source).toContain(norm(`๔.${thai(i + 1)} ${t.titleTh} ระยะเวลา ${thai(t.durationDays)} วัน`));
      expect(source).toContain(`จำนวนครั้งละประมาณ ${thai(t.plannedAbout!)} คน`);
      for (const [j, a] of t.audiences.entries()) expect(source).toContain(norm(`${thai(j + 1)}) ${a.nameTh}`));
      // The source gives no head count per sub-group and no attendance: none invented.
      expect(t.audiences.every((a) => a.planned === null && a.actual === null)).toBe(true);
    }
    expect(round.tracks.map((t) => [t.durationDays, t.plannedAbout, t.audiences.length])).toEqual([
      [1, 60, 3],
      [2, 100, 2],
    ]);
    // The joint half day.
    expectInSource(round.jointSessionTh, 'joint session');
    expect(round.jointSessionTh).toContain('ระยะเวลา ๑/๒ วัน');
    expect(round.jointSessionDays).toBe(0.5);
    // The ~10 OCSC staff are recorded apart from participants.
    expectInSource(round.staff?.descriptionTh, 'staff');
    expect(source).toContain(`${round.staff?.descriptionTh} จำนวนประมาณ ${thai(round.staff!.plannedAbout!)} คน`);
  });

  it('shows round 5’s before/after as not available: there are no province results before 2565', async () => {
    const db = createTestDb();
    const project = (await callerFor(db).activity.list()).find((p) => !p.isDemo)!;
    const round = await callerFor(db).activity.round({ roundId: project.activities[0]!.rounds[0]!.id });
    expect(round.beforeAfter).toMatchObject({ beforeYear: 2561, afterYear: 2563, available: false, relativeChange: null });
    expect(round.beforeAfter.provinces.change).toBeNull();
    expect(round.beforeAfter.provinces.before).toMatchObject({ mean: null, assessed: 0 });
  });
});
