/**
 * Child process of the bench: serves one generated world through a fake Jira and a fake Tempo and
 * answers the bench's questions over IPC (see fake-host-protocol.ts). Exits when the bench goes.
 */
import type { FakeJira } from '../../test/fakes/fake-jira.js';
import { startFakeJira } from '../../test/fakes/fake-jira.js';
import type { FakeServer } from '../../test/fakes/fake-server.js';
import type { FakeTempo } from '../../test/fakes/fake-tempo.js';
import { startFakeTempo } from '../../test/fakes/fake-tempo.js';
import type { FakeWorld } from '../../test/fakes/world.js';
import { generateWorld, localDate } from '../../test/fakes/world.js';
import { issueOps } from '../../test/fakes/jira/jira-issue-mutations.js';
import type { FakeHostConfig, HostCommand, HostReply, RateLimitPlan } from './fake-host-protocol.js';
import { jiraMinimum, tempoMinimum } from './minimum-requests.js';
import type { SeenRequest } from './request-counts.js';

let jira: FakeJira | undefined;
let tempo: FakeTempo | undefined;
let latencyMs = 0;
let range: { from: string; to: string } | undefined;

const send = (reply: HostReply): void => {
  process.send?.(reply);
};

function addLatency(server: FakeServer): void {
  if (latencyMs > 0) server.faults.inject({ kind: 'delay', ms: latencyMs }, { times: Infinity });
}

/**
 * Queued faults apply first-match-first, and the latency fault matches everything forever: the
 * 429 must be queued ahead of it, so the queue is rebuilt with the 429 first.
 */
function armRateLimit(server: FakeServer, plan: RateLimitPlan): void {
  let seen = 0;
  server.faults.clear();
  server.faults.inject(
    { kind: 'rate-limit', retryAfter: plan.retryAfterSeconds },
    // Evaluated once per request while queued first, so `seen` counts the matching requests.
    { times: 1, match: (req) => req.path.startsWith(plan.pathPrefix) && ++seen === plan.nth },
  );
  addLatency(server);
}

function seen(server: 'jira' | 'tempo', fake: FakeServer): SeenRequest[] {
  return fake.requests.map((r) => ({
    server,
    method: r.method,
    path: r.path,
    at: r.at,
    respondedAt: r.respondedAt ?? null,
    status: r.status ?? null,
    fault: r.fault ?? null,
  }));
}

/**
 * Generated worklogs are created a minute apart from the range's start, which may be recent: a
 * re-sync's change feed would then report some as changed. Moving them a day or more into the past
 * keeps "nothing changed" true whatever day the bench runs; no date a sync reads depends on them.
 */
function ageTimestamps(world: FakeWorld): void {
  const newest = world.worklogs.reduce((max, w) => Math.max(max, w.updated), 0);
  const shift = Math.max(0, newest - (Date.now() - 86_400_000));
  for (const w of world.worklogs) {
    w.created -= shift;
    w.updated -= shift;
  }
}

async function start(config: FakeHostConfig): Promise<HostReply & { type: 'started' }> {
  const world = generateWorld(config.world);
  ageTimestamps(world);
  latencyMs = config.latencyMs;
  jira = await startFakeJira({ users: [{ ...config.lead, token: config.jiraToken }], world });
  tempo = await startFakeTempo({ tokens: [config.tempoToken], world, jiraUrl: jira.url, ...(config.tempoPageLimit === null ? {} : { pageLimit: config.tempoPageLimit }) });
  addLatency(jira);
  addLatency(tempo);
  const inRange = { from: config.world.from, to: config.world.to };
  range = inRange;
  return {
    id: 0,
    ok: true,
    type: 'started',
    value: {
      jiraUrl: jira.url,
      tempoUrl: tempo.url,
      minimum: { tempo: tempoMinimum(world, inRange, config.tempoPageLimit), jira: jiraMinimum(world, inRange, jira.state.limits) },
      worklogsInRange: world.worklogs.filter((w) => localDate(w) >= inRange.from && localDate(w) <= inRange.to).length,
    },
  };
}

async function close(): Promise<void> {
  await Promise.all([jira?.close(), tempo?.close()]);
  jira = undefined;
  tempo = undefined;
}

async function handle(cmd: HostCommand): Promise<HostReply> {
  switch (cmd.type) {
    case 'start':
      return { ...(await start(cmd.config)), id: cmd.id };
    case 'requests':
      if (!jira || !tempo) throw new Error('the fakes are not started');
      return { id: cmd.id, ok: true, type: 'requests', value: [...seen('jira', jira), ...seen('tempo', tempo)] };
    case 'rate-limit':
      for (const plan of cmd.plans) {
        const fake = plan.server === 'jira' ? jira : tempo;
        if (!fake) throw new Error('the fakes are not started');
        armRateLimit(fake, plan);
      }
      return { id: cmd.id, ok: true, type: 'done' };
    case 'rename-issues': {
      if (!jira || !range) throw new Error('the fakes are not started');
      const world = jira.state.world;
      const { from, to } = range;
      const logged = new Set(world.worklogs.filter((w) => localDate(w) >= from && localDate(w) <= to).map((w) => w.issueId));
      const ops = issueOps(world);
      const chosen = world.issues.filter((i) => logged.has(i.id)).slice(0, cmd.count);
      if (chosen.length < cmd.count) throw new Error(`only ${chosen.length} issues have worklogs in the range`);
      for (const i of chosen) ops.rename(i.id, `${i.summary} — renamed`);
      return { id: cmd.id, ok: true, type: 'done' };
    }
    case 'close':
      await close();
      return { id: cmd.id, ok: true, type: 'done' };
  }
}

process.on('message', (cmd: HostCommand) => {
  handle(cmd).then(send, (e: unknown) => send({ id: cmd.id, ok: false, message: e instanceof Error ? e.message : String(e) }));
});
// The bench went away (crash, Ctrl+C): don't linger as an orphan holding ports.
process.on('disconnect', () => {
  void close().finally(() => process.exit(0));
});
