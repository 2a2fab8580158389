// An ITA import as the page does it: a dry run, then a commit carrying the dry run's basis and,
// where the server asks for it, the year typed back.
import type { Db } from '../../db/client';
import type { SessionUser } from '../../server/lib/session-user';
import { callerFor } from './caller';

type ImportInput = { year: number; fileName: string; contentBase64: string; mode?: 'replace' | 'merge'; ruleSet?: 'bands-2565' | 'levels-2566' | 'not-rated' };

export async function commitItaImport(db: Db, user: SessionUser, input: ImportInput) {
  const caller = callerFor(db, user);
  const dry = await caller.ita.import({ ...input, dryRun: true });
  const done = await caller.ita.import({ ...input, dryRun: false, basis: dry.basis, confirmYear: dry.diff?.confirmationRequired ? input.year : undefined });
  if (!done.committed) throw new Error(`import of ${input.fileName} did not commit`);
  return done;
}
