/**
 * Child process of the bench's memory check: one Tempo-path first sync in a process that has done
 * nothing else, so its peak RSS and heap belong to that sync alone. Reports over IPC and exits.
 */
import type { BenchOptions, RunFigures } from './run-bench.js';
import { tempoFirstSync } from './run-bench.js';

export type ProbeRequest = { options: Omit<BenchOptions, 'log'>; worklogs: number };
export type ProbeReply = { ok: true; figures: RunFigures } | { ok: false; message: string; code: string | null };

process.once('message', (req: ProbeRequest) => {
  tempoFirstSync(req.options, req.worklogs).then(
    (figures) => process.send?.({ ok: true, figures } satisfies ProbeReply, () => process.disconnect()),
    (e: unknown) => {
      const code = (e as { code?: unknown }).code;
      const reply: ProbeReply = { ok: false, message: e instanceof Error ? e.message : String(e), code: typeof code === 'string' ? code : null };
      process.send?.(reply, () => process.disconnect());
    },
  );
});
