// The OCSC seminar project, from the project document "โครงการเสริมสร้างความเข้มแข็งให้กับ
// องค์กรคุ้มครองจริยธรรมประจำส่วนราชการ" (ศูนย์ส่งเสริมจริยธรรม สำนักงาน ก.พ.). Round 5 is the
// round the document describes; provinces were chosen for medium–low ITA scores.
export const SEMINAR = {
  strategyNo: 2,
  nameTh: 'โครงการเสริมสร้างความเข้มแข็งให้กับองค์กรคุ้มครองจริยธรรมประจำส่วนราชการ',
  nameEn: 'Strengthening the ethics-protection bodies of government agencies (OCSC seminar series)',
  ownerTh: 'ศูนย์ส่งเสริมจริยธรรม สำนักงาน ก.พ.',
  sourceNote:
    'เอกสารโครงการของสำนักงาน ก.พ. — แผน 5 ครั้ง; ครั้งที่ 5 กลุ่มจังหวัดภาคกลางตอนล่าง 1–2 และปริมณฑล 11 จังหวัด เลือกจากคะแนน ITA ระดับปานกลาง–ต่ำ',
  rounds: [
    {
      roundNo: 5,
      startDate: '2019-06-25',
      endDate: '2019-06-26',
      venue: 'ห้องโพลิน A โรงแรมเฟลิกซ์ ริเวอร์แคว รีสอร์ท กาญจนบุรี อำเภอเมือง จังหวัดกาญจนบุรี',
      note: 'กลุ่มจังหวัดภาคกลางตอนล่าง กลุ่มที่ 1–2 และจังหวัดปริมณฑล',
      // กาญจนบุรี ราชบุรี สุพรรณบุรี / ประจวบคีรีขันธ์ เพชรบุรี สมุทรสงคราม สมุทรสาคร / นนทบุรี ปทุมธานี นครปฐม สมุทรปราการ
      provinceCodes: ['71', '70', '72', '77', '76', '75', '74', '12', '13', '73', '11'],
      targetGroups: [
        { nameTh: 'องค์กรคุ้มครองจริยธรรมประจำส่วนราชการ (กลุ่มจังหวัด)', nameEn: 'Ethics-protection bodies (province group)', planned: 60 },
        { nameTh: 'หัวหน้าส่วนราชการและข้าราชการในจังหวัด (หลักสูตรเสริมสร้างเกียรติภูมิข้าราชการไทย)', nameEn: 'Provincial heads of agencies and officials (civil-servant dignity course)', planned: 100 },
        { nameTh: 'ผู้บริหาร วิทยากร และเจ้าหน้าที่สำนักงาน ก.พ.', nameEn: 'OCSC executives, speakers and staff', planned: 10 },
      ],
    },
  ],
};
