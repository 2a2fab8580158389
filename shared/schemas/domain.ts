// zod schemas of the domain vocabularies (shared/domain.ts holds the plain lists, which
// pages import without pulling zod into their bundle).
import { z } from './zod';
import {
  AGENCY_TYPES,
  LEVELS,
  QUICK_WIN_STATUSES,
  REGIONS,
  ROLES,
  SUBMISSION_STATUSES,
  UNITS,
} from '../domain';

export const LevelSchema = z.enum(LEVELS);
export const AgencyTypeSchema = z.enum(AGENCY_TYPES);
export const UnitSchema = z.enum(UNITS);
export const DirectionSchema = z.enum(['higher', 'lower']);
export const ScopeSchema = z.enum(['national', 'agency']);
export const RegionSchema = z.enum(REGIONS);
export const QuickWinStatusSchema = z.enum(QUICK_WIN_STATUSES);
export const RoleSchema = z.enum(ROLES);
export const SubmissionStatusSchema = z.enum(SUBMISSION_STATUSES);
