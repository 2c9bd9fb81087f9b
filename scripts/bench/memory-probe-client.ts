import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError } from './bench-session.js';
import type { ProbeReply, ProbeRequest } from './memory-probe.js';
import type { BenchOptions, RunFigures } from './run-bench.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

/** Runs `tempoFirstSync` in a fresh tsx process (see memory-probe.ts) and returns its figures. */
export function tempoFirstSyncInFreshProcess(options: Omit<BenchOptions, 'log'>, worklogs: number): Promise<RunFigures> {
  return new Promise<RunFigures>((resolve, reject) => {
    const child = fork(path.join(HERE, 'memory-probe.ts'), [], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let reply: ProbeReply | null = null;
    child.once('message', (m: ProbeReply) => {
      reply = m;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (reply?.ok) resolve(reply.figures);
      else if (reply) reject(reply.code ? new BenchError(reply.message, reply.code) : new Error(reply.message));
      else reject(new Error(`the memory probe stopped without an answer (exit ${code ?? signal})`));
    });
    child.send({ options, worklogs } satisfies ProbeRequest);
  });
}
