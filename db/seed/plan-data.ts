// The plan's texts. Thai is verbatim from the OCSC summary page of the strategy
// ("ฉบับเสนอคณะรัฐมนตรี"); English is our translation.

export const PLAN_SOURCE_URL =
  'https://www.ocsc.go.th/blog/2022/02/ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม-และการส่งเสริมจริยธรรมภาครัฐ-พศ-๒๕๖๕-๒๕๗๐/';

export const PLAN = {
  code: '2565-2570',
  nameTh: 'ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม และการส่งเสริมจริยธรรมภาครัฐ (พ.ศ. ๒๕๖๕ - ๒๕๗๐)',
  nameEn: 'Strategy on Ethical Standards and the Promotion of Public-Sector Ethics (2022–2027)',
  startYear: 2565,
  endYear: 2570,
  visionTh: 'เจ้าหน้าที่ของรัฐเป็นที่เชื่อถือและไว้วางใจได้ (Trusted Public Officers)',
  visionEn: 'Public officers who are credible and can be trusted (Trusted Public Officers)',
  missionTh:
    'สร้างสังคม-วัฒนธรรมทางจริยธรรมของข้าราชการและเจ้าหน้าที่ของรัฐและเน้นย้ำภาพลักษณ์เจ้าหน้าที่ของรัฐที่เป็นคนดี มีความสามารถ และมีคุณธรรม เพื่อให้ได้รับความเชื่อมั่นจากประชาชนและความไว้วางใจในระดับนานาชาติ',
  missionEn:
    'Build an ethical society and culture among civil servants and state officials, and reinforce the image of state officials as good, capable and virtuous people, so that they earn the confidence of the public and the trust of the international community.',
  goalTh:
    'ยกระดับตัวชี้วัดนานาชาติและตัวชี้วัดระดับชาติที่เกี่ยวข้องกับจริยธรรมเจ้าหน้าที่ของรัฐและตัวชี้วัดด้านคุณธรรมและความโปร่งใสของการดำเนินงานภาครัฐของประเทศไทย โดยใช้กลไกขับเคลื่อนด้านมาตรฐานทางจริยธรรมเพื่อยกระดับการทำหน้าที่ของเจ้าหน้าที่ของรัฐ',
  goalEn:
    "Raise Thailand's international and national indicators on the ethics of state officials and on the integrity and transparency of public-sector operations, using the mechanisms that drive ethical standards to raise how state officials perform their duties.",
  challengeTh: 'ไม่มีข้อยกเว้น ไม่มีข้อกังขา และไม่สูญเปล่า',
  challengeEn: 'No exceptions, no doubts, and no waste',
  ownerTh: 'คณะกรรมการมาตรฐานทางจริยธรรม (ก.ม.จ.) — ฝ่ายเลขานุการ: สำนักงาน ก.พ.',
  ownerEn: 'Ethical Standard Committee (ETC) — secretariat: Office of the Civil Service Commission (OCSC)',
  sourceUrl: PLAN_SOURCE_URL,
};

export const STRATEGIES = [
  {
    no: 1,
    titleTh: 'การสร้างมาตรฐานทางจริยธรรมภายในหน่วยงานของรัฐ',
    titleEn: 'Building ethical standards within state agencies',
  },
  {
    no: 2,
    titleTh:
      'การพัฒนาผลักดันนโยบายและระบบบริหารการส่งเสริมมาตรฐานทางจริยธรรมภาครัฐให้ครอบคลุมทุกหน่วยงานและทุกระดับ',
    titleEn:
      'Developing and driving the policy and management system for promoting public-sector ethical standards across every agency and every level',
  },
  {
    no: 3,
    titleTh: 'การส่งเสริมการนำมาตรฐานทางจริยธรรมไปใช้ในการบริหารงานบุคคล',
    titleEn: 'Promoting the use of ethical standards in personnel management',
  },
  {
    no: 4,
    titleTh: 'การรวมพลังทุกภาคส่วนในการสร้างสังคม-วัฒนธรรมทางจริยธรรม',
    titleEn: 'Uniting every sector to build an ethical society and culture',
  },
  {
    no: 5,
    titleTh:
      'การสื่อสารเพื่อสร้างความรู้ความเข้าใจและเสริมสร้างทัศนคติเรื่องมาตรฐานทางจริยธรรมและการกระทำผิด',
    titleEn:
      'Communicating to build knowledge, understanding and attitudes about ethical standards and misconduct',
  },
] as const;
