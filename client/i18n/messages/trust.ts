// Coverage of derived figures, provisional figures and their publication, yes/no rows.
const th = {
  'coverage.header': 'ความครอบคลุม',
  'coverage.nOfN': '{n} จาก {of} หน่วยงาน',
  'coverage.provisional': 'ชั่วคราว',
  'coverage.provisionalShort': 'ชั่วคราว · {n} จาก {of}',
  'coverage.publishedEarly': 'เผยแพร่ก่อนครบเกณฑ์เมื่อ {date}',
  'coverage.derivedSource': 'คำนวณจากค่าที่อนุมัติของ {n} หน่วยงาน ({method})',
  'coverage.method.mean': 'ค่าเฉลี่ย',
  'coverage.method.share_at_least': 'ร้อยละของหน่วยงานที่ได้ตามเกณฑ์',
  'coverage.method.sum': 'ผลรวม',
  'coverage.rule': 'ค่าระดับประเทศที่คำนวณจากค่าของหน่วยงานจะเผยแพร่เมื่อได้รับอนุมัติครบร้อยละ {pct} ของหน่วยงานที่ได้รับมอบหมายในปีนั้น ต่ำกว่านั้นเป็นค่าชั่วคราว แสดงไว้แต่ไม่นำมาคิดสถานะ',
  'coverage.publishTitle': 'เผยแพร่ค่าชั่วคราว',
  'coverage.publishHint': 'ค่าปี {year} ยังไม่ครบเกณฑ์ ({nOfN}) สำนักงาน ก.พ. เผยแพร่ก่อนได้โดยระบุเหตุผล ระบบบันทึกไว้ในประวัติการแก้ไข',
  'coverage.publish': 'เผยแพร่พร้อมเหตุผล',
  'coverage.withdraw': 'ถอนการเผยแพร่',
  'coverage.reason': 'เหตุผล',
  'indicator.originalTargetRevised': 'ค่าเป้าหมายเดิม (ปรับเมื่อ {date})',
  'indicator.yesNoRow': 'ผลรายปี: มีหรือไม่มี',
  'indicator.yes': 'มี',
  'indicator.no': 'ไม่มี',
  'compare.rankBetter': 'ดีขึ้น {n} อันดับ',
  'compare.rankWorse': 'แย่ลง {n} อันดับ',
  'compare.rankSame': 'อันดับเท่าเดิม',
  'compare.targetOf': 'เป้าหมายปี {year}',
  'status.provisionalLeftOut': 'ค่าปี {year} เป็นค่าชั่วคราว (ชั่วคราว · {n} จาก {of} หน่วยงาน) จึงไม่นำมาคิดสถานะ',
};

export const trust = { th };
