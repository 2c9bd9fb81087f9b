import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeHostConfig, HostCommand, HostReply, HostStarted, RateLimitPlan } from './fake-host-protocol.js';
import type { SeenRequest } from './request-counts.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const HOST_SCRIPT = path.join(HERE, 'fake-host.ts');

/** Distributes the Omit over the union, so each command keeps its own fields. */
type Command = HostCommand extends infer C ? (C extends HostCommand ? Omit<C, 'id'> : never) : never;

export interface FakeHost extends HostStarted {
  /** Everything both fakes have received so far, in arrival order per server. */
  requests(): Promise<SeenRequest[]>;
  rateLimit(plans: RateLimitPlan[]): Promise<void>;
  /** Renames `count` issues with worklogs in the range, as a Jira user would. */
  renameIssues(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the fakes in a child process (tsx, from the repository root) and waits until they listen. */
export async function startFakeHost(config: FakeHostConfig): Promise<FakeHost> {
  const child: ChildProcess = fork(HOST_SCRIPT, [], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (r: HostReply) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let exited: Error | null = null;

  child.on('message', (reply: HostReply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    p?.resolve(reply);
  });
  child.on('exit', (code, signal) => {
    exited = new Error(`the bench's fake servers stopped unexpectedly (exit ${code ?? signal})`);
    for (const p of pending.values()) p.reject(exited);
    pending.clear();
  });

  type OkReply = Extract<HostReply, { ok: true }>;
  const ask = (cmd: Command): Promise<OkReply> =>
    new Promise<HostReply>((resolve, reject) => {
      if (exited) return reject(exited);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ ...cmd, id } as HostCommand);
    }).then((reply) => {
      if (!reply.ok) throw new Error(`bench fake servers: ${reply.message}`);
      return reply;
    });

  const started = await ask({ type: 'start', config }).catch((e: unknown) => {
    child.kill();
    throw e;
  });
  if (started.type !== 'started') throw new Error('bench fake servers: unexpected answer to start');

  return {
    ...started.value,
    async requests() {
      const reply = await ask({ type: 'requests' });
      return reply.type === 'requests' ? reply.value : [];
    },
    async rateLimit(plans) {
      await ask({ type: 'rate-limit', plans });
    },
    async renameIssues(count) {
      await ask({ type: 'rename-issues', count });
    },
    async close() {
      if (exited) return;
      await ask({ type: 'close' }).catch(() => undefined);
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // The child exits on disconnect (see fake-host.ts).
      child.disconnect();
      await gone;
    },
  };
}
