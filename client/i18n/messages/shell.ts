// Messages of what every page shows and the first page needs: the navigation, the account menu
// and sign-in gate, table downloads, and the overview's status roll-up and reporting headline.
// They ship with the app (client/i18n/index.ts); the other pages' messages load with those pages.
// test/unit/i18n-chunks.test.ts finds the keys the app's first load uses and checks they are here
// or in another catalogue that ships with it.
const th = {
  'account.signIn': 'เข้าสู่ระบบ',
  'account.signedInAs': 'เข้าสู่ระบบเป็น {name}',
  'account.signOut': 'ออกจากระบบ',
  'gate.forbidden': 'บัญชีนี้ไม่มีสิทธิ์ใช้หน้านี้',
  'gate.signIn': 'หน้านี้ต้องเข้าสู่ระบบ',
  'nav.compare': 'เปรียบเทียบปี',
  'nav.indices': 'ดัชนีสากล',
  'nav.ita': 'ผลประเมิน ITA',
  'nav.activities': 'กิจกรรม',
  'nav.report': 'รายงาน ก.ม.จ.',
  'nav.meetings': 'การประชุม ก.ม.จ.',
  'nav.planAdmin': 'จัดการแผน',
  'nav.reporting': 'รายงานผล',
  'nav.review': 'ตรวจรับรอง',
  'nav.completeness': 'ความครบถ้วน',
  'nav.audit': 'ประวัติการแก้ไข',
  'nav.admin': 'ผู้ดูแลระบบ',
  'status.planStatus': 'สถานะภาพรวมของแผน',
  'status.overdueTitle': 'ข้อมูลปี {year} ควรเผยแพร่ภายใน {date} แต่ยังไม่มี',
  'status.overdue': 'รอข้อมูลรอบใหม่',
  'download.csv': 'CSV',
  'download.xlsx': 'Excel (XLSX)',
  'download.failed': 'สร้างไฟล์ไม่สำเร็จ',
  'status.examplesBehind': 'คำนวณจากตัวชี้วัดตัวอย่าง {n} จาก {of} ตัว (ไม่ใช่ข้อมูลทางการ)',
  'status.withStatus': 'ตัวชี้วัด {n} จาก {of} ตัวมีสถานะ',
  'status.rollUpRule': 'บรรลุเป้าหมายเมื่อตัวชี้วัดทุกตัวบรรลุเป้าหมาย มิฉะนั้นใช้สถานะที่ต่ำที่สุดของตัวชี้วัดที่มีสถานะ (สูงสุดเป็นไปตามแผน) ตัวชี้วัดที่ไม่มีข้อมูลหรือไม่มีค่าเป้าหมายแสดงแยก',
  'status.countsLabel': 'จำนวนตัวชี้วัดแยกตามสถานะ',
  'status.noIndicators': 'ยังไม่มีตัวชี้วัด',
  'completeness.headline': 'ความครบถ้วนการรายงานปี {year}: ส่งแล้ว {reported}% อนุมัติ {approved}%',
  'completeness.overdue': 'เกินกำหนด',
  // Page titles the sign-in gate shows before the page (and its messages) load.
  'meeting.title': 'การประชุมคณะกรรมการ ก.ม.จ.',
  'planAdmin.title': 'จัดการโครงสร้างแผนและค่าเป้าหมาย',
  'reporting.title': 'รายงานผลตัวชี้วัดของหน่วยงาน',
  'review.title': 'ตรวจรับรองค่าที่หน่วยงานส่ง',
  'completeness.title': 'ความครบถ้วนของการรายงาน',
  'audit.title': 'ประวัติการแก้ไขข้อมูล (audit trail)',
  'agency.title': 'ทะเบียนหน่วยงาน',
  'user.title': 'บัญชีผู้ใช้',
  'admin.periods': 'รอบการรายงานและการมอบหมาย',
  'ita.import.title': 'นำเข้าผลการประเมิน ITA',
  'act.report': 'รายงานครั้งนี้ (พิมพ์)',
  'act.projectReport': 'รายงานโครงการ (ทุกครั้ง)',
  'form.results': 'ผลการประเมิน',
};

export const shell = { th };
