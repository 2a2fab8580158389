// The one rule for a new password, wherever one is set (change, invitation, reset, an account the
// secretariat creates, the CLI): long enough (NewPasswordSchema, NIST SP 800-63B §5.1.1.2) and not
// guessable — zxcvbn's estimate with its common-password dictionary, and the person's own
// username, name and address counted as guessable. `password12` scores 1.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from '../../shared/schemas/auth';
import { invalidField } from '../lib/errors';
import { hashPassword } from './passwords';

/** zxcvbn scores 0–4; 3 is "safely unguessable: moderate protection from an offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

let zxcvbn: ZxcvbnFactory | null = null;
const estimator = () => (zxcvbn ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/** What the person may have used that an attacker knows: the parts of their username, name and address. */
function personalWords(inputs: ReadonlyArray<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    if (!input) continue;
    const lower = input.toLowerCase();
    words.add(lower);
    for (const part of lower.split(/[\s@._-]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

export type PasswordStrength = { score: number; ok: boolean; hint: string | null };

/** The estimate and, for a weak password, zxcvbn's warning key (words in client/i18n, `passwordHint.*`). */
export function passwordStrength(password: string, personal: ReadonlyArray<string | null | undefined> = []): PasswordStrength {
  const result = estimator().check(password, personalWords(personal));
  const ok = result.score >= MIN_PASSWORD_SCORE;
  return { score: result.score, ok, hint: ok ? null : (result.feedback.warning ?? result.feedback.suggestions[0] ?? 'anotherWord') };
}

/** Refuses a guessable password with `weak_password` on `field` (its hint says why). */
export function assertStrongPassword(field: string, password: string, personal: ReadonlyArray<string | null | undefined> = []): void {
  const { ok, hint } = passwordStrength(password, personal);
  if (!ok) throw invalidField(field, 'weak_password', { minimum: PASSWORD_MIN_LENGTH, hint });
}

/** Checks a new password against the rule and hashes it: the only way a new password is stored. */
export async function hashNewPassword(field: string, password: string, personal: ReadonlyArray<string | null | undefined> = []): Promise<string> {
  assertStrongPassword(field, password, personal);
  return hashPassword(password);
}
