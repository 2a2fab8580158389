// One response per device per form, best effort: the form page gets a random token signed with a
// server secret (HMAC-SHA256); a response stores only the token's hash, and a second response
// with the same token is refused. Clearing the browser's storage gets a new token — the
// secretariat's page says so. The secret is FORM_TOKEN_SECRET; without it a random one is made at
// start (tokens handed out before a restart are then refused as invalid: fine for development).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET = process.env.FORM_TOKEN_SECRET || randomBytes(32).toString('hex');

const sign = (publicId: string, nonce: string) => createHmac('sha256', SECRET).update(`${publicId}.${nonce}`).digest('base64url');

/** A fresh token for one device and one form. */
export function issueDeviceToken(publicId: string): string {
  const nonce = randomBytes(18).toString('base64url');
  return `${nonce}.${sign(publicId, nonce)}`;
}

/** The hash to store when the token is this server's, for this form; null when it is not. */
export function verifiedTokenHash(publicId: string, token: string): string | null {
  const [nonce, signature, extra] = token.split('.');
  if (!nonce || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(publicId, nonce));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return createHash('sha256').update(token).digest('hex');
}

/** A public id for a form's link: 16 random bytes, URL-safe. */
export const newPublicId = () => randomBytes(12).toString('base64url');
