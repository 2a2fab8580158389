// A chart label that must stay on one line (SVG text does not wrap): the longest start of the
// text that fits the room, cut between whole characters (a Thai consonant keeps its vowels and
// tone marks, a leading vowel is not left without its consonant) and ended with "…". The full
// text stays in the table behind every chart.

const ELLIPSIS = '…';

/** `text` whole when it fits `room` px, else its longest fitting start followed by "…". */
export function fitText(text: string, room: number, measure: (s: string) => number): string {
  if (measure(text) <= room) return text;
  const chars = graphemes(text);
  // Binary search over the number of characters kept.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= room) lo = mid;
    else hi = mid - 1;
  }
  // A Thai leading vowel (เ แ โ ใ ไ) is written before the consonant it belongs to: never end on one.
  while (lo > 0 && LEADING_VOWEL.test(chars[lo - 1]!)) lo--;
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

const LEADING_VOWEL = /^[\u0E40-\u0E44]$/;

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'grapheme' }) : null;
function graphemes(text: string): string[] {
  return segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [...text];
}

let context: CanvasRenderingContext2D | null | undefined;
let family: string | undefined;
/** The width of `s` in px at `fontSize` in the page's font; 0 where there is no canvas (nothing is cut). */
export function measureInPageFont(s: string, fontSize: number): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  family ??= getComputedStyle(document.body).fontFamily;
  context.font = `${fontSize}px ${family}`;
  return context.measureText(s).width;
}
