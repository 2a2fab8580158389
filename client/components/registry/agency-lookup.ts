import { trpcClient } from '../../trpc';

/** The id of the active agency with this code, asked of the server (the registry is too large to list in a select); null when there is none. */
export async function agencyIdByCode(code: string): Promise<number | null> {
  const wanted = code.trim().toUpperCase();
  const found = await trpcClient.agency.list.query({ q: code.trim(), limit: 50, offset: 0, active: true });
  return found.rows.find((a) => a.code === wanted)?.id ?? null;
}
