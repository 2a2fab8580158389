// How people write agency levels and types in imported files: the code, either label, or the
// short forms agencies use (อบต., อบจ., เทศบาลตำบล …). One parser for every import.
import { AGENCY_TYPE_LABELS, AGENCY_TYPES, LEVEL_LABELS, LEVELS, type AgencyType, type Level } from '../../shared/domain';

const LEVEL_INDEX = new Map<string, Level>(
  LEVELS.flatMap((l) => [
    [l, l],
    [LEVEL_LABELS[l].th, l],
    [LEVEL_LABELS[l].en.toLowerCase(), l],
  ]),
);
const TYPE_INDEX = new Map<string, AgencyType>([
  ...AGENCY_TYPES.flatMap((t) => [
    [t, t] as const,
    [AGENCY_TYPE_LABELS[t].th.toLowerCase(), t] as const,
    [AGENCY_TYPE_LABELS[t].en.toLowerCase(), t] as const,
  ]),
  // Short forms as agencies write them.
  ['อบต', 'sao'],
  ['อบต.', 'sao'],
  ['อบจ', 'pao'],
  ['อบจ.', 'pao'],
  ['เทศบาลตำบล', 'municipality'],
  ['เทศบาลเมือง', 'municipality'],
  ['เทศบาลนคร', 'municipality'],
  ['กรม', 'department'],
  ['มหาวิทยาลัย', 'university'],
]);

export const parseLevel = (text: string): Level | null => LEVEL_INDEX.get(text.trim().toLowerCase()) ?? null;
export const parseAgencyType = (text: string): AgencyType | null => TYPE_INDEX.get(text.trim().toLowerCase()) ?? null;
