// npm run user:create -- --username somchai --role admin [--display-name "…"] [--agency OCSC] [--password …]
// Without --password the password comes from NEW_USER_PASSWORD, else it is asked for
// (hidden) on the terminal — so it need not appear in the shell history.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { DEFAULT_DATABASE_PATH, openDb } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { agencies } from '../../db/schema';
import { UserCreateInput } from '../../shared/schemas/users';
import { hashNewPassword } from '../accounts/password-rules';
import { AppError } from '../lib/errors';
import { insertUser } from '../accounts/users';

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let prompted = false;
    out._writeToOutput = (s: string) => {
      if (!prompted) {
        out.output.write(s);
        prompted = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      agency: { type: 'string' },
      password: { type: 'string' },
      'display-name': { type: 'string' },
    },
  });
  let password = values.password ?? process.env.NEW_USER_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) {
      console.error('no password: pass --password, set NEW_USER_PASSWORD, or run in a terminal to be asked');
      return 2;
    }
    password = await askHidden('password: ');
    const again = await askHidden('repeat password: ');
    if (again !== password) {
      console.error('the passwords differ');
      return 2;
    }
  }

  const path = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
  mkdirSync(dirname(path), { recursive: true });
  const db = openDb(path);
  try {
    migrateDb(db);
    let agencyId: number | null = null;
    if (values.agency) {
      const agency = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, values.agency.toUpperCase())).get();
      if (!agency) {
        console.error(`agency: no agency with code ${values.agency}`);
        return 2;
      }
      agencyId = agency.id;
    }
    const parsed = UserCreateInput.safeParse({
      username: values.username,
      displayName: values['display-name'] ?? values.username,
      role: values.role,
      agencyId,
      password,
    });
    if (!parsed.success) {
      // Field and error code (shared/errors.ts): the CLI is for operators, who read codes.
      for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
      return 2;
    }
    const { password: pw, ...fields } = parsed.data;
    const user = insertUser(db, { ...fields, passwordHash: await hashNewPassword('password', pw, [fields.username, fields.displayName]) }, null);
    console.log(`created ${user.role} ${user.username}${user.agencyCode ? ` (${user.agencyCode})` : ''} in ${path}`);
    return 0;
  } catch (e) {
    console.error(e instanceof AppError ? JSON.stringify(e.detail) : (e as Error).message);
    return 1;
  } finally {
    db.$client.close();
  }
}

process.exitCode = await main();
