import type { Role } from '../../../shared/domain';

/** The same role sets the server's procedures use (server/trpc.ts INSIDER_ROLES). */
export const INSIDER_ROLE_LIST: readonly Role[] = ['admin', 'committee', 'analyst'];
export const AUDIT_ROLE_LIST: readonly Role[] = ['admin', 'committee'];
