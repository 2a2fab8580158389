import { useQuery } from '@tanstack/react-query';
import { hasRole, type RoleSet } from '../../../shared/domain';
import { trpc } from '../../trpc';

/** The signed-in user (null for visitors). The server decides; this only shapes the UI. */
export function useMe() {
  const query = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  return { me: query.data ?? null, isPending: query.isPending };
}

/** May this user use a page or control meant for a role set (shared/domain.ts ROLE_SETS)? No set: everyone. */
export const canUse = (me: { role: Parameters<typeof hasRole>[0] } | null, allow: RoleSet | undefined): boolean =>
  allow === undefined || hasRole(me?.role, allow);
