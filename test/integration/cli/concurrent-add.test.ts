import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { filesContaining } from '../../helpers/grep-folder.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { createCliRunner, lines } from './cli-process.js';

const JIRA_TOKEN = `ATATT3xFfGF0${randomBytes(24).toString('base64url')}`;
const ADA = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Ada Lovelace', email: 'ada@example.com', token: JIRA_TOKEN };

describe('cli: two processes on one data folder', () => {
  let jira: Awaited<ReturnType<typeof startFakeJira>>;
  let tmp: ReturnType<typeof makeTempDir>;
  let cli: ReturnType<typeof createCliRunner>;
  beforeAll(async () => {
    jira = await startFakeJira({ users: [ADA] });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    tmp = makeTempDir('wd-cli-race-');
    cli = createCliRunner(tmp.dir);
  });
  afterEach(() => tmp.cleanup());

  const add = (name: string) =>
    cli.run(['instance', 'add', '--name', name, '--url', jira.url, '--email', ADA.email, '--token-stdin', '--json'], { stdin: `${JIRA_TOKEN}\n` });
  const integrity = (): unknown => {
    const db = new Database(path.join(tmp.dir, 'worklog-desk.sqlite'), { readonly: true });
    try {
      return db.pragma('integrity_check', { simple: true });
    } finally {
      db.close();
    }
  };
  const names = async (): Promise<string[]> => {
    const r = await cli.run(['instance', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as Array<{ name: string }>).map((i) => i.name);
  };

  it('two adds at once on a fresh folder both succeed; the database stays intact', async () => {
    const [a, b] = await Promise.all([add('alpha'), add('beta')]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(JSON.parse(a.stdout)).toMatchObject({ name: 'alpha' });
    expect(JSON.parse(b.stdout)).toMatchObject({ name: 'beta' });
    expect(await names()).toEqual(['alpha', 'beta']);
    expect(integrity()).toBe('ok');
    expect(filesContaining(tmp.dir, JIRA_TOKEN)).toEqual([]);
  });

  it('two adds of the same name at once: one wins, the other gets a clear conflict', async () => {
    const runs = await Promise.all([add('alpha'), add('alpha')]);
    const won = runs.filter((r) => r.code === 0);
    const lost = runs.filter((r) => r.code !== 0);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.code).toBe(1);
    expect(lost[0]?.stdout).toBe('');
    expect(lines(lost[0]?.stderr ?? '')).toEqual(['error: There is already an instance called "alpha". Pick another name.']);
    expect(await names()).toEqual(['alpha']);
    expect(integrity()).toBe('ok');
  });
});
