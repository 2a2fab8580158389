const th = {
  'map.noData': 'ไม่มีข้อมูล',
  'map.selected': 'เลือกไว้',
  'map.hint': 'ชี้หรือเลื่อนโฟกัส (Tab) ไปที่จังหวัดเพื่อดูค่า กด Enter เพื่อเปิด',
  'map.legend': 'คำอธิบายสัญลักษณ์แผนที่',
  'map.below': 'ต่ำกว่า {to}',
  'map.atLeast': '{from} ขึ้นไป',
  'map.between': '{from} ถึงต่ำกว่า {to}',
  'map.credit': 'ข้อมูลแผนที่:',
  'map.ita.title': 'แผนที่ค่าเฉลี่ย ITA รายจังหวัด ปี {year}',
  'map.ita.note': 'ค่าเฉลี่ยของหน่วยงานในจังหวัด{level} ช่วงสีแบ่งที่ 80, {pass} (เกณฑ์ผ่าน), 90 และ 95 คะแนน',
  'map.completeness.title': 'แผนที่ความครบถ้วนของการรายงานรายจังหวัด ปี {year}',
  'map.completeness.note': 'ร้อยละของงานที่ได้รับมอบหมายในจังหวัดที่ส่งแล้วหรืออนุมัติแล้ว',
};

const en = {
  'map.noData': 'No data',
  'map.selected': 'Selected',
  'map.hint': 'Point at or Tab to a province to read its value; Enter opens it',
  'map.legend': 'Map legend',
  'map.below': 'below {to}',
  'map.atLeast': '{from} or more',
  'map.between': '{from} to under {to}',
  'map.credit': 'Map data:',
  'map.ita.title': 'Mean ITA by province, {year}',
  'map.ita.note': 'Mean of the agencies in each province{level}; classes break at 80, {pass} (the pass mark), 90 and 95',
  'map.completeness.title': 'Reporting completeness by province, {year}',
  'map.completeness.note': 'Share of assigned reports in the province submitted or approved',
} satisfies Record<keyof typeof th, string>;

export const maps = { th, en };
