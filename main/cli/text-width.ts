/**
 * How wide text is on a terminal, roughly: names like "Zoë Brontë 🚀" or "田中" must not push the
 * columns of a table out of line. Counted per grapheme (so "e" + combining accent is one cell),
 * with emoji and East Asian wide characters taking two cells. No package: this is the 95% case.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** C0/C1 control characters and DEL: never sent to a terminal from data (an ESC could restyle it). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const EMOJI = /\p{Extended_Pictographic}/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F/u;
const MARK = /^\p{M}/u;

// Ranges of East Asian Wide and Fullwidth characters (Hangul, CJK, kana, fullwidth forms).
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function graphemeWidth(g: string): number {
  const cp = g.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (EMOJI.test(g) && EMOJI_PRESENTATION.test(g)) return 2;
  if (WIDE.some(([lo, hi]) => cp >= lo && cp <= hi)) return 2;
  if (MARK.test(g)) return 0; // a combining mark with nothing to combine with
  return 1;
}

/** Terminal cells `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** Text from the data (summaries, names) made safe for one table cell: no control characters, one line. */
export function cellText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(CONTROL, ' ');
}

/** Cuts `text` to at most `max` cells, ending with "…" when something was cut. */
export function truncateWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = graphemeWidth(segment);
    if (width + w > max - 1) break;
    out += segment;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

export function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStartWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
