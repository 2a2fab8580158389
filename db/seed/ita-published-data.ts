// ITA results published for named, real agencies in this registry (the NACC does not publish
// per-agency files; these were announced and reported). The total and the rating are stored as
// published — never recomputed — with their source, marked secondary where it is a news report.
// A real agency without a published result here has no ITA row: the demo generator gives
// results only to synthetic demo agencies (agency.is_demo). Rows are added by the reference
// seed and by migration 0012 for existing databases.
import { ITA_UNRATED, type ItaGrade } from '../../shared/ita';

export type PublishedItaResult = {
  agencyCode: string;
  /** Fiscal year (B.E.). */
  year: number;
  total: number;
  /** The rating as published; ITA_UNRATED where the source gives the total only. */
  grade: ItaGrade;
  sourceUrl: string;
  sourceIsSecondary: boolean;
  sourceNote: string | null;
};

const MGR_2568 = 'https://mgronline.com/uptodate/detail/9680000079675';
const NATION_2568 = 'https://www.nationthailand.com/blogs/news/general/40054201';

export const PUBLISHED_ITA_RESULTS: readonly PublishedItaResult[] = [
  {
    // สำนักงานการตรวจเงินแผ่นดิน (สตง.): the total is in the ผ่านดี band, but the rating was ผ่าน
    // because its EIT was below 85 (MGR Online; also The Nation, 40054201).
    agencyCode: 'OAG',
    year: 2568,
    total: 94.64,
    grade: 'passed',
    sourceUrl: MGR_2568,
    sourceIsSecondary: true,
    sourceNote: 'ระดับ "ผ่าน" เพราะ EIT ต่ำกว่า 85 (คะแนนรวมอยู่ในช่วงผ่านดี) · rated "pass" because EIT was below 85',
  },
  {
    agencyCode: 'OAG',
    year: 2567,
    total: 92.43,
    grade: ITA_UNRATED,
    sourceUrl: MGR_2568,
    sourceIsSecondary: true,
    sourceNote: 'แหล่งข้อมูลให้เฉพาะคะแนนรวม · the source gives the total only',
  },
  {
    agencyCode: 'NACC',
    year: 2568,
    total: 93.18,
    grade: ITA_UNRATED,
    sourceUrl: NATION_2568,
    sourceIsSecondary: true,
    sourceNote: 'แหล่งข้อมูลให้เฉพาะคะแนนรวม · the source gives the total only',
  },
];
