// /data/catalog.json: the datasets described in DCAT (JSON-LD), so a CKAN harvester such as
// data.go.th's (ckanext-dcat) can list them. Official datasets only: example indicators are
// left out of the catalogue (they stay in all.zip and the API, flagged).
import type { Db } from '../../db/client';
import { DATA_LICENCE, PUBLISHER } from './licence';
import { indicatorLinks, odIndicators } from './service';

const both = (th: string, en: string | null) => [
  { '@value': th, '@language': 'th' },
  ...(en ? [{ '@value': en, '@language': 'en' }] : []),
];

export const MEDIA_TYPES = { csv: 'text/csv', json: 'application/json', zip: 'application/zip' } as const;

function distribution(base: string, path: string, kind: keyof typeof MEDIA_TYPES, title: string) {
  return {
    '@type': 'dcat:Distribution',
    'dct:title': title,
    'dcat:accessURL': { '@id': `${base}${path}` },
    'dcat:downloadURL': { '@id': `${base}${path}` },
    'dcat:mediaType': MEDIA_TYPES[kind],
    'dct:format': kind.toUpperCase(),
    'dct:license': { '@id': DATA_LICENCE.url },
  };
}

const publisher = {
  '@type': 'foaf:Organization',
  'foaf:name': both(PUBLISHER.nameTh, PUBLISHER.nameEn),
  'foaf:homepage': { '@id': PUBLISHER.url },
};

/** `base` is the site's origin (PUBLIC_URL, else the request's), without a trailing slash. */
export function buildCatalog(db: Db, base: string) {
  const common = {
    'dct:publisher': publisher,
    'dct:license': { '@id': DATA_LICENCE.url },
    'dct:rights': both(DATA_LICENCE.thirdPartyTh, DATA_LICENCE.thirdPartyEn),
    'dcat:theme': ['ethics', 'integrity', 'public sector'],
  };
  const official = odIndicators(db, { lang: 'th' }).filter((i) => !i.isExample);
  const datasets = official.map((ind) => {
    const links = indicatorLinks(ind.code);
    return {
      '@id': `${base}${links.page}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `ethics-strategy-${ind.code}`,
      'dct:title': both(ind.nameTh, ind.nameEn),
      'dct:description': both(
        `ตัวชี้วัด ${ind.code} ของยุทธศาสตร์ด้านมาตรฐานทางจริยธรรมฯ พ.ศ. 2565–2570: ค่าที่เผยแพร่รายปีพร้อมแหล่งที่มา ค่าเป้าหมาย และความครอบคลุม แหล่งข้อมูล: ${ind.sourceOrganisation}`,
        `Indicator ${ind.code} of Thailand’s public-sector ethics strategy 2022–2027: published yearly values with their sources, targets and coverage.`,
      ),
      'dcat:keyword': ['จริยธรรม', 'ethics', ind.code, ...(ind.code.startsWith('ITA') ? ['ITA', 'คุณธรรมและความโปร่งใส'] : []), ...(ind.code.startsWith('CPI') ? ['CPI', 'corruption perceptions index'] : [])],
      'dct:accrualPeriodicity': { '@id': 'http://purl.org/cld/freq/annual' },
      'dcat:landingPage': { '@id': `${base}${links.page}` },
      ...common,
      'dcat:distribution': [
        distribution(base, links.csv, 'csv', `${ind.code}.csv`),
        distribution(base, links.json, 'json', `${ind.code}.json`),
      ],
    };
  });
  datasets.push({
    '@id': `${base}/data/all.zip`,
    '@type': 'dcat:Dataset',
    'dct:identifier': 'ethics-strategy-all',
    'dct:title': both('ข้อมูลทั้งหมดของระบบติดตามยุทธศาสตร์ด้านจริยธรรมภาครัฐ', 'Ethics strategy tracker — all data'),
    'dct:description': both(
      'ทุกตัวชี้วัด (CSV และ JSON) แผน ดัชนีสากล ผล ITA ระดับประเทศ และทะเบียนจังหวัดและหน่วยงาน พร้อม README อธิบายฟิลด์และสัญญาอนุญาต แถวตัวอย่างและข้อมูลสาธิตมีธงกำกับ',
      'Every indicator (CSV and JSON), the plan, international indices, ITA national results and the registry, with a README of the fields and the licence. Example and demo rows are flagged.',
    ),
    'dcat:keyword': ['จริยธรรม', 'ethics', 'ITA', 'CPI', 'open data'],
    'dct:accrualPeriodicity': { '@id': 'http://purl.org/cld/freq/continuous' },
    'dcat:landingPage': { '@id': `${base}/api/v1/docs` },
    ...common,
    'dcat:distribution': [distribution(base, '/data/all.zip', 'zip', 'all.zip')],
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
    },
    '@id': `${base}/data/catalog.json`,
    '@type': 'dcat:Catalog',
    'dct:title': both('ข้อมูลเปิด: ระบบติดตามยุทธศาสตร์ด้านมาตรฐานทางจริยธรรมภาครัฐ', 'Open data: Thailand public-sector ethics strategy tracker'),
    'dct:description': both(
      'ตัวชี้วัดและผลการติดตามยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม และการส่งเสริมจริยธรรมภาครัฐ พ.ศ. 2565–2570',
      'Indicators and monitoring results of Thailand’s public-sector ethics strategy 2022–2027.',
    ),
    'dct:publisher': publisher,
    'dct:license': { '@id': DATA_LICENCE.url },
    'dcat:dataset': datasets,
  };
}
