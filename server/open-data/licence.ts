// The licence of the open data (docs/decisions/0010-open-data.md): CC BY 4.0 for what the
// secretariat and agencies publish here; third parties' figures keep their publishers' terms.
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** CKAN's licence id, so a harvester (data.go.th) files it under the right licence. */
  ckanId: 'cc-by',
  thirdPartyTh:
    'ตัวเลขจากผู้จัดทำภายนอก (องค์กรเพื่อความโปร่งใสนานาชาติ ธนาคารโลก World Justice Project และสำนักงาน ป.ป.ช.) เป็นไปตามเงื่อนไขของผู้จัดทำแต่ละราย ดูแหล่งที่มาของแต่ละค่า',
  thirdPartyEn:
    'Figures from third parties (Transparency International, the World Bank, the World Justice Project, the NACC) remain under their publishers’ terms; see each value’s source.',
} as const;

export const PUBLISHER = {
  nameTh: 'สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.)',
  nameEn: 'Office of the Civil Service Commission (OCSC)',
  url: 'https://www.ocsc.go.th/',
} as const;
