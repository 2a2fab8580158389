// EXAMPLE content (ตัวอย่าง). The official strategy book's measures, indicators, yearly
// targets and Quick Win list are not public in readable form, so the seed ships these
// clearly flagged examples (isExample = true → "ตัวอย่าง / Example" badge everywhere)
// until the secretariat enters the real ones. None of these numbers is official.
import type { Level, QuickWinStatus, Unit } from '../../shared/domain';

export type ExampleIndicator = {
  code: string;
  measureCode: string;
  nameTh: string;
  nameEn: string;
  unit: Unit;
  scope: 'national' | 'agency';
  aggregation: 'mean' | 'share_at_least' | 'sum' | null;
  aggregationThreshold: number | null;
  decimals: number;
  minValue: number | null;
  maxValue: number | null;
  baselineYear: number;
  baselineValue: number;
  targets: Record<number, number>;
  values: Record<number, number>;
};

export type ExampleStrategy = {
  no: number;
  measures: Array<{ code: string; nameTh: string; nameEn: string }>;
  indicators: ExampleIndicator[];
};

const linear = (from: number, to: number, years: number[]): Record<number, number> =>
  Object.fromEntries(
    years.map((y, i) => [y, Math.round((from + ((to - from) * i) / (years.length - 1)) * 10) / 10]),
  );
const PLAN_YEARS = [2565, 2566, 2567, 2568, 2569, 2570];

export const EXAMPLE_STRATEGIES: ExampleStrategy[] = [
  {
    no: 1,
    measures: [
      {
        code: '1.1',
        nameTh: 'จัดทำและประกาศใช้ประมวลจริยธรรมและข้อกำหนดจริยธรรมของหน่วยงาน',
        nameEn: "Draft and adopt each agency's code of ethics and ethics requirements",
      },
      {
        code: '1.2',
        nameTh: 'จัดให้มีกลไกขับเคลื่อนจริยธรรมภายในหน่วยงาน',
        nameEn: 'Set up a mechanism inside each agency that drives ethics',
      },
    ],
    indicators: [
      {
        code: 'S1-EX-01',
        measureCode: '1.1',
        nameTh: 'ร้อยละของหน่วยงานของรัฐที่ประกาศใช้ข้อกำหนดจริยธรรมแล้ว',
        nameEn: 'Share of state agencies that have adopted ethics requirements',
        unit: 'percent',
        scope: 'national',
        aggregation: null,
        aggregationThreshold: null,
        decimals: 1,
        minValue: 0,
        maxValue: 100,
        baselineYear: 2564,
        baselineValue: 60,
        targets: linear(70, 100, PLAN_YEARS),
        values: { 2565: 68, 2566: 77, 2567: 85 },
      },
      {
        code: 'S1-EX-02',
        measureCode: '1.2',
        nameTh: 'หน่วยงานมีคณะทำงานขับเคลื่อนจริยธรรมและแนวปฏิบัติ Dos & Don\'ts',
        nameEn: "Agency has an ethics working group and Dos & Don'ts guidance",
        unit: 'boolean',
        scope: 'agency',
        aggregation: 'share_at_least',
        aggregationThreshold: 1,
        decimals: 0,
        minValue: 0,
        maxValue: 1,
        baselineYear: 2564,
        baselineValue: 0,
        targets: {},
        values: {},
      },
    ],
  },
  {
    no: 2,
    measures: [
      {
        code: '2.1',
        nameTh: 'ขยายระบบบริหารการส่งเสริมจริยธรรมให้ครอบคลุมส่วนภูมิภาคและส่วนท้องถิ่น',
        nameEn: 'Extend the ethics-promotion management system to regional and local administrations',
      },
    ],
    indicators: [
      {
        code: 'S2-EX-01',
        measureCode: '2.1',
        nameTh: 'ร้อยละขององค์กรปกครองส่วนท้องถิ่นที่มีผู้รับผิดชอบงานส่งเสริมจริยธรรม',
        nameEn: 'Share of local administrations with a designated ethics-promotion officer',
        unit: 'percent',
        scope: 'national',
        aggregation: null,
        aggregationThreshold: null,
        decimals: 1,
        minValue: 0,
        maxValue: 100,
        baselineYear: 2564,
        baselineValue: 40,
        targets: linear(50, 90, PLAN_YEARS),
        values: { 2565: 45, 2566: 49, 2567: 52 },
      },
    ],
  },
  {
    no: 3,
    measures: [
      {
        code: '3.1',
        nameTh: 'ใช้ผลการประเมินจริยธรรมประกอบการบริหารงานบุคคล',
        nameEn: 'Use ethics assessments in personnel decisions',
      },
    ],
    indicators: [
      {
        code: 'S3-EX-01',
        measureCode: '3.1',
        nameTh: 'จำนวนเจ้าหน้าที่ของหน่วยงานที่ผ่านการอบรมหลักสูตรจริยธรรม',
        nameEn: "Number of an agency's staff who completed ethics training",
        unit: 'count',
        scope: 'agency',
        aggregation: 'sum',
        aggregationThreshold: null,
        decimals: 0,
        minValue: 0,
        maxValue: 100000,
        baselineYear: 2564,
        baselineValue: 0,
        targets: {},
        values: {},
      },
    ],
  },
  {
    no: 4,
    measures: [
      {
        code: '4.1',
        nameTh: 'สร้างเครือข่ายภาคประชาชนและภาคเอกชนร่วมส่งเสริมจริยธรรม',
        nameEn: 'Build citizen and private-sector networks that promote ethics',
      },
    ],
    indicators: [
      {
        code: 'S4-EX-01',
        measureCode: '4.1',
        nameTh: 'จำนวนเครือข่ายภาคีส่งเสริมจริยธรรมที่ขึ้นทะเบียน',
        nameEn: 'Registered ethics-promotion partner networks',
        unit: 'count',
        scope: 'national',
        aggregation: null,
        aggregationThreshold: null,
        decimals: 0,
        minValue: 0,
        maxValue: null,
        baselineYear: 2564,
        baselineValue: 20,
        targets: linear(30, 130, PLAN_YEARS),
        values: { 2565: 34, 2566: 61, 2567: 88 },
      },
    ],
  },
  {
    no: 5,
    measures: [
      {
        code: '5.1',
        nameTh: 'สื่อสารรณรงค์มาตรฐานทางจริยธรรมผ่านสื่อดิจิทัล',
        nameEn: 'Campaign on ethical standards through digital media',
      },
    ],
    indicators: [
      {
        code: 'S5-EX-01',
        measureCode: '5.1',
        nameTh: 'ร้อยละของเจ้าหน้าที่ของรัฐที่รับรู้มาตรฐานทางจริยธรรม (จากการสำรวจ)',
        nameEn: 'Share of state officials aware of the ethical standards (survey)',
        unit: 'percent',
        scope: 'national',
        aggregation: null,
        aggregationThreshold: null,
        decimals: 1,
        minValue: 0,
        maxValue: 100,
        baselineYear: 2564,
        baselineValue: 55,
        targets: linear(60, 85, PLAN_YEARS),
        values: { 2565: 58, 2566: 60, 2567: 59 },
      },
      {
        // A national yes/no indicator: shown as a row of ✓/✗ with words, never as a line.
        code: 'S5-EX-02',
        measureCode: '5.1',
        nameTh: 'มีการรายงานผลการขับเคลื่อนยุทธศาสตร์ต่อ ก.ม.จ. ประจำปี',
        nameEn: 'An annual progress report on the strategy is presented to the Committee',
        unit: 'boolean',
        scope: 'national',
        aggregation: null,
        aggregationThreshold: null,
        decimals: 0,
        minValue: 0,
        maxValue: 1,
        baselineYear: 2564,
        baselineValue: 0,
        targets: Object.fromEntries(PLAN_YEARS.map((y) => [y, 1])),
        values: { 2565: 1, 2566: 1, 2567: 0 },
      },
    ],
  },
];

export type ExampleQuickWin = {
  code: string;
  strategyNo: number;
  levels: Level[];
  titleTh: string;
  titleEn: string;
  descriptionTh: string;
  leadAgencyCode: string;
  startDate: string;
  endDate: string;
  status: QuickWinStatus;
  progress: number;
  milestones: Array<{ titleTh: string; titleEn: string; dueDate: string; doneDate: string | null }>;
};

export const EXAMPLE_QUICK_WINS: ExampleQuickWin[] = [
  {
    code: 'QW-EX-01',
    strategyNo: 1,
    levels: ['central'],
    titleTh: 'เผยแพร่แนวปฏิบัติ Dos & Don\'ts ของทุกส่วนราชการระดับกรม',
    titleEn: "Publish Dos & Don'ts guidance for every department-level agency",
    descriptionTh: 'ส่วนราชการระดับกรมจัดทำและเผยแพร่แนวปฏิบัติที่ควรทำและไม่ควรทำบนเว็บไซต์',
    leadAgencyCode: 'OCSC',
    startDate: '2022-01-01',
    endDate: '2022-12-31',
    status: 'completed',
    progress: 100,
    milestones: [
      { titleTh: 'แจ้งเวียนแนวทาง', titleEn: 'Guidance circulated', dueDate: '2022-03-31', doneDate: '2022-03-15' },
      { titleTh: 'ทุกกรมเผยแพร่', titleEn: 'All departments published', dueDate: '2022-12-31', doneDate: '2022-12-20' },
    ],
  },
  {
    code: 'QW-EX-02',
    strategyNo: 5,
    levels: ['central', 'regional'],
    titleTh: 'แคมเปญสื่อสาร "ไม่มีข้อยกเว้น ไม่มีข้อกังขา และไม่สูญเปล่า"',
    titleEn: 'Communication campaign "No exceptions, no doubts, no waste"',
    descriptionTh: 'สื่อสารผ่านสื่อสังคมออนไลน์ของหน่วยงานส่วนกลางและจังหวัด',
    leadAgencyCode: 'OCSC',
    startDate: '2023-01-01',
    endDate: '2025-09-30',
    status: 'in_progress',
    progress: 65,
    milestones: [
      { titleTh: 'ผลิตสื่อชุดแรก', titleEn: 'First media set produced', dueDate: '2023-06-30', doneDate: '2023-07-10' },
      { titleTh: 'เผยแพร่ครบ 76 จังหวัด', titleEn: 'Published in all 76 provinces', dueDate: '2025-09-30', doneDate: null },
    ],
  },
  {
    code: 'QW-EX-03',
    strategyNo: 2,
    levels: ['regional'],
    titleTh: 'ตั้งอาสาสมัครจริยธรรมจังหวัดทุกจังหวัด',
    titleEn: 'Appoint provincial ethics volunteers in every province',
    descriptionTh: 'คณะกรรมการจริยธรรมประจำจังหวัดแต่งตั้งอาสาสมัครจริยธรรมจังหวัด',
    leadAgencyCode: 'P41',
    startDate: '2024-01-01',
    endDate: '2026-09-30',
    status: 'delayed',
    progress: 30,
    milestones: [
      { titleTh: 'จังหวัดนำร่อง 10 จังหวัด', titleEn: '10 pilot provinces', dueDate: '2024-09-30', doneDate: null },
    ],
  },
  {
    code: 'QW-EX-04',
    strategyNo: 3,
    levels: ['regional', 'local'],
    titleTh: 'บรรจุหลักสูตรจริยธรรมในการปฐมนิเทศเจ้าหน้าที่ใหม่',
    titleEn: 'Put an ethics module into induction for new officials',
    descriptionTh: 'หลักสูตรออนไลน์สำหรับเจ้าหน้าที่บรรจุใหม่ในส่วนภูมิภาคและท้องถิ่น',
    leadAgencyCode: 'OCSC',
    startDate: '2023-10-01',
    endDate: '2026-09-30',
    status: 'in_progress',
    progress: 50,
    milestones: [],
  },
  {
    code: 'QW-EX-05',
    strategyNo: 4,
    levels: ['local'],
    titleTh: 'เครือข่ายชุมชนเฝ้าระวังจริยธรรมระดับตำบล',
    titleEn: 'Subdistrict community ethics-watch networks',
    descriptionTh: 'องค์กรปกครองส่วนท้องถิ่นร่วมกับชุมชนตั้งเครือข่ายเฝ้าระวัง',
    leadAgencyCode: 'P10',
    startDate: '2025-01-01',
    endDate: '2027-09-30',
    status: 'not_started',
    progress: 0,
    milestones: [],
  },
  {
    code: 'QW-EX-06',
    strategyNo: 1,
    levels: ['local'],
    titleTh: 'ประกาศใช้ข้อกำหนดจริยธรรมในองค์กรปกครองส่วนท้องถิ่น',
    titleEn: 'Adopt ethics requirements in local administrations',
    descriptionTh: 'อบจ. เทศบาล และ อบต. ประกาศใช้ข้อกำหนดจริยธรรม',
    leadAgencyCode: 'OCSC',
    startDate: '2022-06-01',
    endDate: '2024-09-30',
    status: 'completed',
    progress: 100,
    milestones: [],
  },
];
