/**
 * `npm run demo`: Worklog Desk on realistic data without a real Jira. Starts fake Jira sites
 * "Acme" (with Tempo) and "Globex" (Jira only) in this process, adds them as instances through the
 * contract (verified against the fakes, tokens in the OS keychain), syncs last month and this
 * month, then opens the app: Electron when its binary is installed, else the browser host here.
 * Progress goes to stderr; the browser address to stdout. Ctrl+C stops everything.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppCore } from '../main/core/app-core.js';
import { createAppCore } from '../main/core/app-core.js';
import { DATA_DIR_ENV } from '../main/core/data-dir.js';
import { listWorklogs } from '../main/core/worklogs/worklog-query.js';
import { describeStartupError } from '../main/web/startup-error.js';
import type { WebHost } from '../main/web/web-host.js';
import { startWebHost } from '../main/web/web-host.js';
import { presetRange } from '../shared/domain/dates.js';
import type { InstanceView } from '../shared/domain/instance.js';
import type { SyncSummary } from '../shared/domain/sync.js';
import type { DemoSite } from '../test/fakes/demo-world.js';
import { buildDemoSites } from '../test/fakes/demo-world.js';
import { demoTempoExtras } from '../test/fakes/demo-approvals.js';
import { startFakeJira } from '../test/fakes/fake-jira.js';
import { startFakeTempo } from '../test/fakes/fake-tempo.js';
import { DEMO_USAGE, parseDemoArgs } from './demo/demo-args.js';
import { prepareDemoFolder } from './demo/demo-folder.js';
import { CoreRefused, upsertDemoInstance } from './demo/demo-instances.js';
import { installedElectronBinary } from './demo/electron-binary.js';
import { openUrl } from './demo/open-url.js';
import { ensureRendererBuilt } from './demo/renderer-build.js';
import { printSyncProgress } from './demo/sync-progress.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fmt = (n: number): string => n.toLocaleString('en-US');
const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Things to stop on the way out, newest first: web host, core, fakes. */
const cleanups: Array<() => Promise<void> | void> = [];
let core: AppCore | undefined;
let syncing: Promise<SyncSummary> | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  stopping = true;
  if (syncing && core) {
    // Closing the database under a running sync would fail it half-way: cancel and let it end.
    core.services.sync.cancel();
    await Promise.race([syncing.catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);
  }
  for (const stop of cleanups.reverse()) {
    try {
      await stop();
    } catch {
      // Best effort: the process is leaving anyway.
    }
  }
  process.exit(code);
}

/** "Label… ok" on one stderr line; "failed" when it throws. */
async function step<T>(label: string, fn: () => Promise<T>, done: (value: T) => string = () => 'ok'): Promise<T> {
  process.stderr.write(`${label}… `);
  try {
    const value = await fn();
    process.stderr.write(`${done(value)}\n`);
    return value;
  } catch (e) {
    process.stderr.write('failed\n');
    throw e;
  }
}

async function startFakes(sites: { acme: DemoSite; globex: DemoSite }) {
  const { acme, globex } = sites;
  const acmeJira = await step(`Starting fake Jira '${acme.name}'`, () => startFakeJira({ users: [acme.lead], world: acme.world }), (s) => `ok (${s.url})`);
  cleanups.push(() => acmeJira.close());
  const acmeTempo = await step(
    `Starting fake Tempo for '${acme.name}'`,
    () => startFakeTempo({ tokens: [acme.tempoToken ?? ''], world: acme.world, jiraUrl: acmeJira.url, ...demoTempoExtras(acme) }),
    (s) => `ok (${s.url})`,
  );
  cleanups.push(() => acmeTempo.close());
  const globexJira = await step(`Starting fake Jira '${globex.name}'`, () => startFakeJira({ users: [globex.lead], world: globex.world }), (s) => `ok (${s.url})`);
  cleanups.push(() => globexJira.close());
  return { acme: { jiraUrl: acmeJira.url, tempoUrl: acmeTempo.url }, globex: { jiraUrl: globexJira.url, tempoUrl: null } };
}

/**
 * "My team" follows Acme's Tempo team (names are known after the first sync), and its timesheet
 * approvals of the synced months are read, so the Timesheet shows them at once. There is no
 * button for linking yet: the app's `team.linkTempoTeam` channel does it.
 */
async function linkDemoTempoTeam(c: AppCore, acme: InstanceView | undefined): Promise<void> {
  if (!acme) return;
  const today = new Date();
  const range = { from: presetRange('last-month', today).from, to: presetRange('this-month', today).to };
  await step(
    `Linking "my team" to Acme's Tempo team and reading its timesheet approvals`,
    async () => {
      const team = (await c.services.tempoTeams.teams(acme.id))[0];
      if (!team) return 'no Tempo team';
      await c.services.tempoTeams.link(acme.id, team.id);
      const read = await c.services.approvals.afterSync({ instanceId: acme.id, instanceName: acme.name, ...range, full: true, signal: new AbortController().signal });
      return read?.problem ?? `ok ('${team.name}', ${read?.periods ?? 0} approval periods)`;
    },
    (r) => r,
  );
}

async function initialSync(c: AppCore, instances: InstanceView[], sources: Map<string, 'tempo' | 'jira'>): Promise<void> {
  const today = new Date();
  const range = { from: presetRange('last-month', today).from, to: presetRange('this-month', today).to };
  say(`Syncing ${range.from} – ${range.to} (last month and this month)…`);
  const stopProgress = printSyncProgress(c.events, say, sources);
  const started = performance.now();
  // Full: this run's fakes were generated afresh, so whatever an earlier run stored is matched
  // against them in full rather than through the change feeds.
  syncing = c.services.sync.run({ ...range, instanceIds: instances.map((i) => i.id), full: true });
  const summary = await syncing.finally(() => {
    syncing = undefined;
    stopProgress();
  });
  const parts = instances.map((i) => {
    const run = summary.runs.find((r) => r.instanceId === i.id);
    const stored = listWorklogs(c.db, { ...range, instanceIds: [i.id] }).length;
    const via = sources.get(i.id) === 'tempo' ? 'Tempo' : 'Jira';
    return { name: i.name, stored, text: run?.status === 'ok' ? `${i.name} ${fmt(stored)} via ${via}` : `${i.name} ${run?.status ?? 'not run'}: ${run?.error?.message ?? ''}` };
  });
  const total = parts.reduce((n, p) => n + p.stored, 0);
  say(`Syncing… ${fmt(total)} worklogs (${parts.map((p) => p.text).join(', ')}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!summary.ok) say('Some of the sync failed; the app opens anyway and shows why on its Sync page.');
}

async function openElectron(binary: string, dataDir: string): Promise<void> {
  // Its own output follows on stderr, so no "… ok" on one line here.
  say('Building the app (scripts/build.mjs)…');
  const build = spawn(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  if (code !== 0) throw new Error(`building the app failed (exit ${code}); see its output above.`);
  // The app opens the database itself; this process keeps only the fakes.
  core?.close();
  core = undefined;
  // ELECTRON_RUN_AS_NODE (set by some tools) would make the binary behave as plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  const child = spawn(binary, ['.'], { cwd: ROOT, stdio: 'inherit', env: { ...env, [DATA_DIR_ENV]: dataDir } });
  say('Worklog Desk is open on the demo data. The fake servers stay up until you quit the app.');
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.once('error', (e) => {
    say(`Could not start Electron: ${e.message}`);
    void shutdown(1);
  });
  child.once('exit', (code, signal) => {
    say('Worklog Desk closed; stopping the fake servers.');
    void shutdown(code ?? (signal ? 0 : 1));
  });
}

async function openBrowserHost(c: AppCore, port: number, open: boolean): Promise<void> {
  const { dir } = await step('Preparing the page (dist/renderer)', () => ensureRendererBuilt(ROOT), (r) => (r.built ? 'built' : 'up to date'));
  const host: WebHost = await startWebHost({ core: c, staticDir: dir, port });
  cleanups.push(() => host.close());
  process.stdout.write(`\nWorklog Desk demo is running at:\n\n  ${host.url}\n\n(Ctrl+C to stop)\n`);
  if (open && !(await openUrl(host.url))) say('Could not open a browser here: open the address above yourself.');
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseDemoArgs(process.argv.slice(2));
  } catch (e) {
    say(`demo: ${(e as Error).message}`);
    process.exit(1);
  }
  if (args.help) {
    process.stdout.write(`${DEMO_USAGE}\n`);
    return;
  }
  const interrupted = (): void => {
    if (stopping) process.exit(130); // a second Ctrl+C means "now"
    say('\nStopping…');
    void shutdown(core && !syncing ? 0 : 130);
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);

  const electron = args.web ? null : installedElectronBinary(ROOT);
  if (!args.web && !electron) {
    say("Electron isn't installed here (no binary under node_modules/electron/dist; `npm start` would try to download it) — opening the browser version instead.");
  }
  const { reused } = prepareDemoFolder(args.dataDir, args.fresh);
  say(`Data folder: ${args.dataDir}${reused ? ' (reusing the previous demo; --fresh starts over)' : ''}`);

  const sites = buildDemoSites(new Date());
  const addresses = await startFakes(sites);
  try {
    core = createAppCore({ host: electron ? 'cli' : 'web', dataDir: args.dataDir });
  } catch (e) {
    throw new CoreRefused(describeStartupError(e, args.dataDir), 'startup');
  }
  const c = core;
  cleanups.push(() => {
    core?.close();
  });

  const instances: InstanceView[] = [];
  const sources = new Map<string, 'tempo' | 'jira'>();
  for (const [site, at] of [
    [sites.acme, addresses.acme],
    [sites.globex, addresses.globex],
  ] as const) {
    const kind = site.tempoToken ? 'Jira + Tempo' : 'Jira only';
    const { view } = await step(`Connecting instance '${site.name}' (${kind})`, () => upsertDemoInstance(c, site, at), (r) =>
      r.action === 'added' ? 'added' : 'ok (pointed at the new fake addresses, tokens saved again)',
    );
    instances.push(view);
    sources.set(view.id, site.tempoToken ? 'tempo' : 'jira');
  }
  await initialSync(c, instances, sources);
  if (stopping) return;
  await linkDemoTempoTeam(c, instances[0]);
  if (stopping) return;
  if (electron) await openElectron(electron, args.dataDir);
  else await openBrowserHost(c, args.port, args.open);
}

main().catch((e: unknown) => {
  if (stopping) return;
  // The core's messages, and this script's own plain Errors, are written for people (no keychain,
  // a folder it won't touch...); anything else is a bug and gets its stack.
  const forPeople = e instanceof CoreRefused || (e instanceof Error && e.constructor === Error);
  const message = forPeople ? (e as Error).message : `unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  say(`\nThe demo could not start: ${message}`);
  void shutdown(1);
});
