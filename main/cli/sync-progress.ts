import type { SyncProgress } from '../../shared/domain/sync.js';
import { cellText, displayWidth, padEndWidth, truncateWidth } from './text-width.js';

/** Shows a running sync on stderr; stdout stays free for the result (and --json). */
export interface SyncProgressView {
  update(p: SyncProgress): void;
  /** A message between progress lines (e.g. "Cancelling…"), kept above a live display. */
  note(text: string): void;
  /** Stops redrawing and leaves the last state on screen. */
  stop(): void;
}

type Source = 'tempo' | 'jira';

const count = (n: number): string => n.toLocaleString('en-US');

/** What the phase means in words; `done` counts worklogs on both paths. */
function describe(p: SyncProgress, source: Source): string {
  switch (p.phase) {
    case 'starting':
      return `starting (${source === 'tempo' ? 'Tempo' : 'Jira only'})`;
    case 'worklogs':
      if (p.done > 0) return `worklogs ${count(p.done)} fetched…`;
      return source === 'tempo' ? 'reading worklogs from Tempo…' : 'searching Jira for issues with worklogs…';
    case 'details':
      return 'fetching issue details (keys, parents, epics)…';
    case 'people':
      return "fetching people's names…";
    case 'cleanup':
      return `worklogs ${count(p.done)} fetched; removing the ones deleted at the source…`;
    case 'done':
      return p.status === 'ok' ? `done — ${count(p.done)} worklogs fetched` : p.status === 'cancelled' ? 'cancelled' : 'failed (see below)';
  }
}

/**
 * One plain line per meaningful change, for logs and pipes: a new phase, or a new page (the count
 * moved). Hydration phases repeat for every page, so they are told once per instance.
 */
function createPlainProgress(stream: NodeJS.WritableStream, sources: ReadonlyMap<string, Source>): SyncProgressView {
  const last = new Map<string, string>();
  const toldOnce = new Map<string, Set<string>>();
  return {
    update(p) {
      const source = sources.get(p.instanceId) ?? 'jira';
      if (p.phase === 'details' || p.phase === 'people') {
        const told = toldOnce.get(p.instanceId) ?? new Set<string>();
        toldOnce.set(p.instanceId, told);
        if (told.has(p.phase)) return;
        told.add(p.phase);
      }
      const text = describe(p, source);
      if (last.get(p.instanceId) === text) return;
      last.set(p.instanceId, text);
      stream.write(`${cellText(p.instanceName)}: ${text}\n`);
    },
    note(text) {
      stream.write(`${text}\n`);
    },
    stop() {
      last.clear();
    },
  };
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const BAR_WIDTH = 20;

/**
 * A live block on a terminal: one line per instance (spinner or bar, counts, phase), redrawn in
 * place. Lines are cut to the terminal's width — a wrapped line would break the cursor moves.
 */
function createLiveProgress(stream: NodeJS.WriteStream, sources: ReadonlyMap<string, Source>): SyncProgressView {
  const state = new Map<string, SyncProgress>();
  let drawn = 0;
  let frame = 0;
  let stopped = false;
  const nameWidth = (): number => Math.max(0, ...[...state.values()].map((p) => displayWidth(cellText(p.instanceName))));

  const lineOf = (p: SyncProgress): string => {
    const mark =
      p.phase === 'done' ? (p.status === 'ok' ? '✓' : p.status === 'cancelled' ? '–' : '✗') : (SPINNER[frame % SPINNER.length] ?? '·');
    const bar =
      p.phase !== 'done' && p.total !== null && p.total > 0
        ? `[${'#'.repeat(Math.round((Math.min(p.done, p.total) / p.total) * BAR_WIDTH)).padEnd(BAR_WIDTH, '-')}] `
        : '';
    const text = `${mark} ${padEndWidth(cellText(p.instanceName), nameWidth())}  ${bar}${describe(p, sources.get(p.instanceId) ?? 'jira')}`;
    return truncateWidth(text, Math.max(20, (stream.columns || 80) - 1));
  };

  const draw = (): void => {
    let out = drawn > 0 ? `\x1b[${drawn}A` : '';
    for (const p of state.values()) out += `\r\x1b[2K${lineOf(p)}\n`;
    drawn = state.size;
    stream.write(out);
  };

  // The spinner turns even while a slow page is on its way: the user sees the CLI is alive.
  const timer = setInterval(() => {
    frame++;
    if (state.size > 0) draw();
  }, 120);
  timer.unref();

  return {
    update(p) {
      if (stopped) return;
      state.set(p.instanceId, p);
      draw();
    },
    note(text) {
      // Clear the block, print the note where it was, and draw the block again below it.
      let out = drawn > 0 ? `\x1b[${drawn}A` : '';
      for (let i = 0; i < drawn; i++) out += '\r\x1b[2K\n';
      if (drawn > 0) out += `\x1b[${drawn}A`;
      stream.write(`${out}${text}\n`);
      drawn = 0;
      if (!stopped && state.size > 0) draw();
    },
    stop() {
      if (stopped) return;
      clearInterval(timer);
      if (state.size > 0) draw();
      stopped = true;
    },
  };
}

/**
 * Live lines on an interactive terminal, plain lines everywhere else (pipes, CI logs, TERM=dumb).
 * `sources` says which instances sync from Tempo, which decides the words.
 */
export function createSyncProgress(stream: NodeJS.WriteStream, sources: ReadonlyMap<string, Source>): SyncProgressView {
  const live = stream.isTTY === true && process.env.TERM !== 'dumb';
  return live ? createLiveProgress(stream, sources) : createPlainProgress(stream, sources);
}
