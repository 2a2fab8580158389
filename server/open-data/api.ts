// The public REST API's one table of routes: each with its path, its input and answer schemas
// (shared/schemas/open-data.ts) and the service that answers. routes.ts registers these with
// Fastify and openapi.ts describes exactly these — so the document cannot drift from the API.
import type { z } from 'zod';
import type { Db } from '../../db/client';
import {
  OdAgency,
  OdAgencyCodeParams,
  OdAgencyListQuery,
  OdAgencyPage,
  OdIndex,
  OdIndicator,
  OdIndicatorCodeParams,
  OdIndicatorDetail,
  OdIndicatorListQuery,
  OdItaNational,
  OdLangQuery,
  OdMeetingPack,
  OdPlan,
  OdProvince,
  OdQuickWin,
} from '../../shared/schemas/open-data';
import { z as zod } from '../../shared/schemas/zod';
import { odAgencies, odAgency, odIndicator, odIndicators, odIndices, odItaNational, odMeetingPacks, odPlan, odProvinces, odQuickWins } from './service';

type AnyObject = z.ZodObject;

export type ApiRoute<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject> = {
  /** OpenAPI style: /api/v1/indicators/{code} */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query: Q;
  response: z.ZodType;
  answer: (db: Db, input: { params: z.output<P>; query: z.output<Q> }) => unknown;
};

const route = <P extends AnyObject, Q extends AnyObject>(r: ApiRoute<P, Q>) => r as unknown as ApiRoute;

export const API_ROUTES: ApiRoute[] = [
  route({
    path: '/api/v1/plan',
    tag: 'plan',
    summary: 'The strategy: vision, mission, goal, the five strategies with their measures and indicator codes',
    query: OdLangQuery,
    response: OdPlan,
    answer: (db, { query }) => odPlan(db, query.lang),
  }),
  route({
    path: '/api/v1/indicators',
    tag: 'indicators',
    summary: 'Every indicator with its latest published value and status',
    query: OdIndicatorListQuery,
    response: zod.array(OdIndicator),
    answer: (db, { query }) => odIndicators(db, query),
  }),
  route({
    path: '/api/v1/indicators/{code}',
    tag: 'indicators',
    summary: 'One indicator: definition, every published value with source, coverage and provisional flag, targets and their revisions',
    params: OdIndicatorCodeParams,
    query: OdLangQuery,
    response: OdIndicatorDetail,
    answer: (db, { params, query }) => odIndicator(db, params.code, query.lang),
  }),
  route({
    path: '/api/v1/quick-wins',
    tag: 'plan',
    summary: 'Quick Wins with their levels and computed state',
    query: OdLangQuery,
    response: zod.array(OdQuickWin),
    answer: (db, { query }) => odQuickWins(db, query.lang),
  }),
  route({
    path: '/api/v1/indices',
    tag: 'indices',
    summary: 'International indices for Thailand (CPI score and rank, WGI, WJP): every edition with its source and publication date',
    query: OdLangQuery,
    response: zod.array(OdIndex),
    answer: (db, { query }) => odIndices(db, query.lang),
  }),
  route({
    path: '/api/v1/ita/national',
    tag: 'ita',
    summary: 'ITA national results by year: agencies assessed, mean, pass rate, and the figures as the NACC published them',
    description: 'Rows counted in `demoRows` are generated demo data, not real results.',
    query: OdLangQuery,
    response: OdItaNational,
    answer: (db) => odItaNational(db),
  }),
  route({
    path: '/api/v1/provinces',
    tag: 'registry',
    summary: 'The 77 provinces with their region and province group',
    query: OdLangQuery,
    response: zod.array(OdProvince),
    answer: (db, { query }) => odProvinces(db, query.lang),
  }),
  route({
    path: '/api/v1/agencies',
    tag: 'registry',
    summary: 'Active agencies in the registry, searchable and paged',
    query: OdAgencyListQuery,
    response: OdAgencyPage,
    answer: (db, { query }) => odAgencies(db, query),
  }),
  route({
    path: '/api/v1/agencies/{code}',
    tag: 'registry',
    summary: 'One agency of the registry',
    params: OdAgencyCodeParams,
    query: OdLangQuery,
    response: OdAgency,
    answer: (db, { params, query }) => odAgency(db, params.code, query.lang),
  }),
  route({
    path: '/api/v1/meeting-packs',
    tag: 'meetings',
    summary: 'Frozen committee packs the secretariat made public: meeting number and date, issue, when frozen, links to the PDF and HTML',
    description: 'Only frozen packs of meetings marked public; drafts and private meetings never appear. A pack reads as it was frozen, whatever the data do later.',
    query: OdLangQuery,
    response: zod.array(OdMeetingPack),
    answer: (db, { query }) => odMeetingPacks(db, query.lang),
  }),
];
