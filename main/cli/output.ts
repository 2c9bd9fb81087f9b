/**
 * Where the CLI writes. The rule scripts rely on: with --json, stdout carries exactly one JSON
 * document and nothing else; every human word (progress, notes, errors) goes to stderr.
 */
export interface Output {
  json: boolean;
  /** The command's result for people (stdout). Ignored in --json mode, where `data` is printed instead. */
  result(human: string, data: unknown): void;
  /** A note for people that is not the result (stderr, so it never mixes into piped output). */
  note(text: string): void;
  /** "Working…" lines: only on an interactive terminal, so logs and scripts see one line per error. */
  progress(text: string): void;
}

export function createOutput(options: { json?: boolean } = {}): Output {
  const json = options.json === true;
  return {
    json,
    result(human, data) {
      process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${human}\n`);
    },
    note(text) {
      process.stderr.write(`${text}\n`);
    },
    progress(text) {
      if (process.stderr.isTTY) process.stderr.write(`${text}\n`);
    },
  };
}

/** A plain left-aligned table: columns as wide as their widest cell, two spaces apart. */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}
