// Password hashing: argon2id (OWASP Password Storage Cheat Sheet), through @node-rs/argon2.
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm.Argon2id is 2; the enum is `const` and cannot be imported under verbatimModuleSyntax.
const ARGON2ID = 2 as Algorithm;

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: ARGON2ID });

// Verified when the account does not exist, so a wrong username costs the same time as a
// wrong password and response timing does not reveal which usernames exist.
let dummyHash: Promise<string> | null = null;
export const getDummyHash = () => (dummyHash ??= hashPassword('not-a-real-password-for-timing'));

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
