import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../shared/domain';
import { trpc } from '../../trpc';

/** The signed-in user (null for visitors). The server decides; this only shapes the UI. */
export function useMe() {
  const query = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  return { me: query.data ?? null, isPending: query.isPending };
}

export const hasRole = (me: { role: Role } | null, roles: readonly Role[] | undefined): boolean =>
  !roles || (me !== null && roles.includes(me.role));
