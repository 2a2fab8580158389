import type { Role } from '../../shared/domain';

/** The signed-in user a request acts as (resolved from the session cookie in server/context.ts). */
export type SessionUser = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Set for reporters: the one agency they may report for. */
  agencyId: number | null;
};
