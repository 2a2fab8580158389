-- Data migration (issue 10, part 3): real agencies carry only real figures. Generated demo ITA rows
-- of real (non-demo) agencies are removed; the results published for named agencies are added as
-- published, with their source (db/seed/ita-published-data.ts), unless their year was imported.
-- Run `npm run demo:ita` afterwards to recalibrate the demo rows around them.
DELETE FROM ita_result WHERE is_demo = 1 AND agency_id IN (SELECT id FROM agency WHERE is_demo = 0);
--> statement-breakpoint
INSERT INTO ita_result (agency_id, year, total, grade, is_demo, source_url, source_is_secondary, source_note) SELECT id, 2568, 94.64, 'passed', 0, 'https://mgronline.com/uptodate/detail/9680000079675', 1, 'ระดับ "ผ่าน" เพราะ EIT ต่ำกว่า 85 (คะแนนรวมอยู่ในช่วงผ่านดี) · rated "pass" because EIT was below 85' FROM agency WHERE code = 'OAG' AND NOT EXISTS (SELECT 1 FROM ita_import WHERE year = 2568 AND is_demo = 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO ita_result (agency_id, year, total, grade, is_demo, source_url, source_is_secondary, source_note) SELECT id, 2567, 92.43, 'unrated', 0, 'https://mgronline.com/uptodate/detail/9680000079675', 1, 'แหล่งข้อมูลให้เฉพาะคะแนนรวม · the source gives the total only' FROM agency WHERE code = 'OAG' AND NOT EXISTS (SELECT 1 FROM ita_import WHERE year = 2567 AND is_demo = 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO ita_result (agency_id, year, total, grade, is_demo, source_url, source_is_secondary, source_note) SELECT id, 2568, 93.18, 'unrated', 0, 'https://www.nationthailand.com/blogs/news/general/40054201', 1, 'แหล่งข้อมูลให้เฉพาะคะแนนรวม · the source gives the total only' FROM agency WHERE code = 'NACC' AND NOT EXISTS (SELECT 1 FROM ita_import WHERE year = 2568 AND is_demo = 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE ita_import SET row_count = (SELECT count(*) FROM ita_result WHERE import_id = ita_import.id) WHERE is_demo = 1;
