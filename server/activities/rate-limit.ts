// Submission limit for the public evaluation form, per form and client address, in a fixed
// window. Generous on purpose: a whole hotel (160 participants and their retries) may share one
// address. Kept in memory, per server process; the one-response-per-device rule does the rest.
import { tooMany } from '../lib/errors';

export const FORM_SUBMIT_LIMIT = 600;
export const FORM_SUBMIT_WINDOW_MS = 10 * 60 * 1000;

const windows = new Map<string, { startedAt: number; count: number }>();

export function checkFormRate(publicId: string, ip: string, now = Date.now()): void {
  const key = `${publicId}|${ip}`;
  const w = windows.get(key);
  if (!w || now - w.startedAt >= FORM_SUBMIT_WINDOW_MS) {
    // Forget finished windows now and then so the map stays small.
    if (windows.size > 10_000) for (const [k, v] of windows) if (now - v.startedAt >= FORM_SUBMIT_WINDOW_MS) windows.delete(k);
    windows.set(key, { startedAt: now, count: 1 });
    return;
  }
  if (w.count >= FORM_SUBMIT_LIMIT) throw tooMany((w.startedAt + FORM_SUBMIT_WINDOW_MS - now) / 1000);
  w.count += 1;
}
