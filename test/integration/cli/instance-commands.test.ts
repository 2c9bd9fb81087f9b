import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { filesContaining, listFiles } from '../../helpers/grep-folder.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { createCliRunner, lines } from './cli-process.js';

// Random, realistic-looking tokens: a grep for them can only match a real leak.
const JIRA_TOKEN = `ATATT3xFfGF0${randomBytes(24).toString('base64url')}`;
const TEMPO_TOKEN = `Tm9${randomBytes(24).toString('base64url')}`;
const ADA = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Ada Lovelace', email: 'ada@example.com', token: JIRA_TOKEN };

describe('cli: instance commands against the fake Jira and Tempo', () => {
  let jira: Awaited<ReturnType<typeof startFakeJira>>;
  let tempo: Awaited<ReturnType<typeof startFakeTempo>>;
  let tmp: ReturnType<typeof makeTempDir>;
  let cli: ReturnType<typeof createCliRunner>;

  beforeAll(async () => {
    jira = await startFakeJira({ users: [ADA], pathPrefix: '/jira' });
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
  });
  afterAll(async () => {
    await jira.close();
    await tempo.close();
  });
  beforeEach(() => {
    tmp = makeTempDir('wd-cli-');
    cli = createCliRunner(tmp.dir);
  });
  afterEach(() => {
    // Whatever happened, no token was ever printed.
    for (const r of cli.transcript) {
      for (const secret of [JIRA_TOKEN, TEMPO_TOKEN]) {
        expect(r.stdout, r.args.join(' ')).not.toContain(secret);
        expect(r.stderr, r.args.join(' ')).not.toContain(secret);
      }
    }
    tmp.cleanup();
  });

  const addArgs = (name = 'alpha'): string[] => ['instance', 'add', '--name', name, '--url', jira.url, '--email', ADA.email, '--token-stdin'];
  const listJson = async (): Promise<Array<Record<string, unknown>>> => {
    const r = await cli.run(['instance', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  };

  it('refuses a wrong token with one line on stderr and saves nothing', async () => {
    const wrong = `ATATT3xFfGF0${randomBytes(24).toString('base64url')}`;
    const r = await cli.run(addArgs(), { stdin: `${wrong}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: .*token/i);
    expect(r.stderr).not.toContain(wrong);
    expect(await listJson()).toEqual([]);
    expect(listFiles(tmp.dir).length).toBeGreaterThan(0);
    expect(filesContaining(tmp.dir, wrong)).toEqual([]);
  });

  it('edit re-checks a new token and keeps the old one when Jira refuses it', async () => {
    expect((await cli.run(addArgs(), { stdin: `${JIRA_TOKEN}\n` })).code).toBe(0);
    // A fabricated Atlassian-shaped token, split so secret scanners don't take the fixture for a leak.
    const wrong = await cli.run(['instance', 'edit', '--name', 'alpha', '--token-stdin'], { stdin: 'ATA' + 'TT3xFfGF0notTheRightOne0123456789\n' });
    expect(wrong.code).toBe(1);
    expect(lines(wrong.stderr)).toEqual([expect.stringMatching(/^error: .*token/i)]);
    const right = await cli.run(['instance', 'edit', '--name', 'alpha', '--token-stdin'], { stdin: `${JIRA_TOKEN}\n` });
    expect(right.code, right.stderr).toBe(0);
    expect(right.stdout).toBe('Updated "alpha". New Jira token saved.\n');
    expect((await cli.run(['instance', 'test', '--name', 'alpha'])).code).toBe(0);
  });

  it('add → list → tempo → test → edit → remove, and no token anywhere in the data folder', async () => {
    const added = await cli.run(addArgs(), { stdin: `${JIRA_TOKEN}\n` });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toBe('Added "alpha" — signed in as Ada Lovelace.\n');
    expect(added.stderr).toBe('');

    // A reader held open keeps the CLI's -wal and -shm files on disk, so the grep below covers them.
    const reader = new Database(path.join(tmp.dir, 'worklog-desk.sqlite'), { readonly: true });
    reader.prepare('SELECT count(*) FROM instances').get(); // SQLite attaches to the WAL on the first read
    try {
      const [alpha, ...others] = await listJson();
      expect(others).toEqual([]);
      expect(alpha).toMatchObject({ name: 'alpha', url: jira.url, email: ADA.email, tempo: false, account: 'Ada Lovelace', jiraTokenSaved: true });
      expect(Object.keys(alpha ?? {})).toEqual(expect.arrayContaining(['name', 'url', 'email', 'tempo']));

      const table = await cli.run(['instance', 'list']);
      expect(table.code).toBe(0);
      expect(lines(table.stdout)[0]).toMatch(/^NAME\s+URL\s+EMAIL\s+TEMPO/);
      expect(lines(table.stdout)[1]).toMatch(new RegExp(`^alpha\\s+${jira.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+ada@example\\.com\\s+no`));

      const setTempo = await cli.run(['instance', 'tempo', '--name', 'alpha', '--token-stdin', '--url', tempo.url], { stdin: `${TEMPO_TOKEN}\n` });
      expect(setTempo.code, setTempo.stderr).toBe(0);
      expect(setTempo.stdout).toMatch(/Tempo token saved for "alpha"/);
      expect((await listJson())[0]).toMatchObject({ name: 'alpha', tempo: true, tempoUrl: tempo.url });

      const test = await cli.run(['instance', 'test', '--name', 'alpha']);
      expect(test.code, test.stderr).toBe(0);
      expect(test.stdout).toMatch(/^Jira:\s+ok — Signed in as Ada Lovelace\.$/m);
      expect(test.stdout).toMatch(/^Tempo:\s+ok/m);
      const testJson = await cli.run(['instance', 'test', '--name', 'alpha', '--json']);
      expect(testJson.code).toBe(0);
      expect(JSON.parse(testJson.stdout)).toMatchObject({ name: 'alpha', ok: true, jira: { ok: true }, tempo: { ok: true } });

      const renamed = await cli.run(['instance', 'edit', '--name', 'alpha', '--new-name', 'beta', '--json']);
      expect(renamed.code, renamed.stderr).toBe(0);
      expect(JSON.parse(renamed.stdout)).toMatchObject({ name: 'beta', tempo: true });

      const noTempo = await cli.run(['instance', 'tempo', '--name', 'beta', '--remove']);
      expect(noTempo.code, noTempo.stderr).toBe(0);
      expect((await listJson())[0]).toMatchObject({ name: 'beta', tempo: false });

      const files = listFiles(tmp.dir).map((f) => path.relative(tmp.dir, f));
      expect(files).toEqual(expect.arrayContaining(['worklog-desk.sqlite', 'worklog-desk.sqlite-wal', 'worklog-desk.sqlite-shm', path.join('logs', 'worklog-desk.log')]));
      expect(filesContaining(tmp.dir, JIRA_TOKEN)).toEqual([]);
      expect(filesContaining(tmp.dir, TEMPO_TOKEN)).toEqual([]);
    } finally {
      reader.close();
    }

    const removed = await cli.run(['instance', 'remove', '--name', 'beta']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toMatch(/^Removed "beta"/);
    expect(await listJson()).toEqual([]);
    expect(filesContaining(tmp.dir, JIRA_TOKEN)).toEqual([]);
    expect(filesContaining(tmp.dir, TEMPO_TOKEN)).toEqual([]);
    // About a dozen CLI processes, each loading the CLI through tsx: ~25 s on an idle 2-core machine.
  }, 120_000);

  it('adds with both tokens from stdin and prints the instance as JSON, only JSON on stdout', async () => {
    const r = await cli.run([...addArgs(), '--tempo-token-stdin', '--tempo-url', tempo.url, '--json'], { stdin: `${JIRA_TOKEN}\n${TEMPO_TOKEN}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'alpha', url: jira.url, email: ADA.email, tempo: true, account: 'Ada Lovelace' });
    expect(r.stderr).toBe('');
  });

  it('a second instance with the same name is a conflict, in one line', async () => {
    expect((await cli.run(addArgs('alpha'), { stdin: `${JIRA_TOKEN}\n` })).code).toBe(0);
    const again = await cli.run(addArgs('ALPHA'), { stdin: `${JIRA_TOKEN}\n` });
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(lines(again.stderr)).toEqual(['error: There is already an instance called "alpha". Pick another name.']);
    expect((await listJson()).map((i) => i.name)).toEqual(['alpha']);
  });

  it('a wrong Tempo token is refused and the instance keeps working without Tempo', async () => {
    expect((await cli.run(addArgs(), { stdin: `${JIRA_TOKEN}\n` })).code).toBe(0);
    const r = await cli.run(['instance', 'tempo', '--name', 'alpha', '--token-stdin', '--url', tempo.url], { stdin: 'Tm9wrongWRONGwrong1234567890abc\n' });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: .*Tempo/);
    expect((await listJson())[0]).toMatchObject({ name: 'alpha', tempo: false });
  });

  it('test prints Jira and Tempo separately and exits 1 when Tempo fails', async () => {
    const revoking = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
    try {
      const add = await cli.run([...addArgs(), '--tempo-token-stdin', '--tempo-url', revoking.url], { stdin: `${JIRA_TOKEN}\n${TEMPO_TOKEN}\n` });
      expect(add.code, add.stderr).toBe(0);
      revoking.state.tokens.length = 0; // the Tempo token is revoked after it was saved

      const r = await cli.run(['instance', 'test', '--name', 'alpha']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^Jira:\s+ok/m);
      expect(r.stdout).toMatch(/^Tempo:\s+FAILED — .+/m);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: Tempo refused or could not be reached for "alpha"/)]);

      const json = await cli.run(['instance', 'test', '--name', 'alpha', '--json']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ name: 'alpha', ok: false, jira: { ok: true }, tempo: { ok: false, code: 'auth' } });
      expect(lines(json.stderr)).toHaveLength(1);
    } finally {
      await revoking.close();
    }
  });
});
