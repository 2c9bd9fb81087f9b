import { displayWidth, padEndWidth, padStartWidth } from './text-width.js';

export type Align = 'left' | 'right';

/**
 * A plain table like output.ts's formatTable, but measured in terminal cells (accents, emoji and
 * wide characters stay aligned) and with right-aligned number columns. Columns two spaces apart;
 * the last column is not padded, so lines carry no trailing blanks.
 */
export function formatTextTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly Align[] = []): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        if (align[i] === 'right') return padStartWidth(c, w);
        return i === cells.length - 1 ? c : padEndWidth(c, w);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}
