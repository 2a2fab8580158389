// Core agencies the product needs before any import: a few real central agencies and the
// 76 provincial administrations (ศาลากลางจังหวัด) plus Bangkok. Codes are this system's own.
import type { AgencyType, Level } from '../../shared/domain';
import { PROVINCES } from './provinces-data';

export type SeedAgency = {
  code: string;
  nameTh: string;
  nameEn: string;
  level: Level;
  type: AgencyType;
  provinceCode: string | null;
};

const CENTRAL: SeedAgency[] = [
  { code: 'OCSC', nameTh: 'สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.)', nameEn: 'Office of the Civil Service Commission', level: 'central', type: 'department', provinceCode: '12' },
  { code: 'NACC', nameTh: 'สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.)', nameEn: 'Office of the National Anti-Corruption Commission', level: 'central', type: 'independent_organ', provinceCode: '12' },
  { code: 'PACC', nameTh: 'สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ (สำนักงาน ป.ป.ท.)', nameEn: 'Office of the Public Sector Anti-Corruption Commission', level: 'central', type: 'department', provinceCode: '12' },
  { code: 'MOI', nameTh: 'กระทรวงมหาดไทย', nameEn: 'Ministry of Interior', level: 'central', type: 'ministry', provinceCode: '10' },
  { code: 'DLA', nameTh: 'กรมส่งเสริมการปกครองท้องถิ่น', nameEn: 'Department of Local Administration', level: 'central', type: 'department', provinceCode: '10' },
  { code: 'CDD', nameTh: 'กรมการพัฒนาชุมชน', nameEn: 'Community Development Department', level: 'central', type: 'department', provinceCode: '10' },
  { code: 'OAG', nameTh: 'สำนักงานการตรวจเงินแผ่นดิน', nameEn: 'Office of the Auditor General', level: 'central', type: 'independent_organ', provinceCode: '10' },
];

const PROVINCIAL: SeedAgency[] = PROVINCES.map((p) =>
  p.code === '10'
    ? { code: 'P10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok Metropolitan Administration', level: 'local', type: 'other', provinceCode: '10' }
    : { code: `P${p.code}`, nameTh: `จังหวัด${p.nameTh}`, nameEn: `${p.nameEn} Province`, level: 'regional', type: 'province', provinceCode: p.code },
);

export const CORE_AGENCIES: SeedAgency[] = [...CENTRAL, ...PROVINCIAL];
