import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it as base } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { createCliRunner, lines } from './cli-process.js';

// A fabricated Atlassian-shaped token, split so secret scanners don't take the fixture for a leak.
const TOKEN = 'ATA' + 'TT3xFfGF0T1hGq9Zr7nYvLp2KwXeB4sMdUc8J';
const ADD = ['instance', 'add', '--name', 'alpha', '--url', 'https://alpha.atlassian.net', '--email', 'ada@example.com'];

/** Each test gets its own data folder and runner: the tests run concurrently (they only spawn processes). */
const it = base.extend<{ tmp: { dir: string }; cli: ReturnType<typeof createCliRunner> }>({
  // eslint-disable-next-line no-empty-pattern -- vitest needs the destructuring to see the fixture's dependencies
  tmp: async ({}, use) => {
    const tmp = makeTempDir('wd-cli-usage-');
    await use(tmp);
    tmp.cleanup();
  },
  cli: async ({ tmp }, use) => {
    await use(createCliRunner(tmp.dir));
  },
});

const databaseExists = (dir: string): boolean => fs.existsSync(path.join(dir, 'worklog-desk.sqlite'));

describe.concurrent('cli: usage errors and the token guard (no network)', () => {
  it.for([
    ['--token VALUE', [...ADD, '--token', TOKEN]],
    ['--token=VALUE', [...ADD, `--token=${TOKEN}`]],
    ['--jira-token VALUE', [...ADD, '--jira-token', TOKEN]],
    ['--token-stdin=VALUE', [...ADD, `--token-stdin=${TOKEN}`]],
    ['a token as a stray argument', [...ADD, TOKEN]],
    ['a token as the value of another option', ['instance', 'add', '--name', TOKEN, '--url', 'https://a.atlassian.net', '--email', 'a@b.co', '--token-stdin']],
    ['a Tempo-style token', ['instance', 'tempo', '--name', 'alpha', 'q8mUgRVxBqGHL2ExYq9Y8Q5WjUd5Ea7z']],
  ] as Array<[string, string[]]>)('refuses %s before touching anything, without repeating it', async ([, args], { cli, tmp }) => {
    const r = await cli.run(args, { stdin: `${TOKEN}\n` });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: .*--token-stdin/);
    expect(r.stderr).not.toContain(TOKEN);
    expect(r.stderr).not.toContain('q8mUgRVxBqGHL2ExYq9Y8Q5WjUd5Ea7z');
    expect(databaseExists(tmp.dir)).toBe(false);
  });

  it('does not mistake ordinary long names for tokens', async ({ cli }) => {
    const r = await cli.run(['instance', 'test', '--name', 'ClientProject2024Production-EU-West-1']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['error: No instance called "ClientProject2024Production-EU-West-1". See the list with: instance list']);
  });

  it('an unknown command gets one line with a suggestion and the help to read', async ({ cli }) => {
    const r = await cli.run(['instnace', 'list']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: unknown command 'instnace' \(Did you mean instance\?\) — see: npm run --silent cli -- --help$/)]);
    const sub = await cli.run(['instance', 'lst']);
    expect(sub.code).toBe(2);
    expect(lines(sub.stderr)).toEqual([expect.stringMatching(/^error: unknown command 'lst' \(Did you mean list\?\) — see: npm run --silent cli -- instance --help$/)]);
  });

  it("commander's own usage errors are one line with exit 2", async ({ cli }) => {
    const r = await cli.run(['instance', 'add', '--name', 'alpha']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: required option '--url <url>' not specified — see: .* instance add --help$/)]);
    const unknown = await cli.run(['instance', 'list', '--jsn']);
    expect(unknown.code).toBe(2);
    expect(lines(unknown.stderr)).toEqual([expect.stringMatching(/^error: unknown option '--jsn' \(Did you mean --json\?\)/)]);
  });

  it('add without --token-stdin says how to give the token', async ({ cli, tmp }) => {
    const r = await cli.run(ADD);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: instance add needs the Jira API token: pass --token-stdin/)]);
    expect(databaseExists(tmp.dir)).toBe(false);
  });

  it('an empty token on stdin is a clear error', async ({ cli }) => {
    for (const stdin of ['', '\n', '   \r\n']) {
      const r = await cli.run([...ADD, '--token-stdin'], { stdin });
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: No Jira API token on stdin: the first line of stdin is empty/)]);
    }
    const noTempo = await cli.run([...ADD, '--token-stdin', '--tempo-token-stdin'], { stdin: `${TOKEN}\n` });
    expect(noTempo.code).toBe(1);
    expect(lines(noTempo.stderr)).toEqual([expect.stringMatching(/^error: No Tempo API token on stdin: line 2 of stdin is empty/)]);
    expect(noTempo.stderr).not.toContain(TOKEN);
  });

  it('--help prints usage on stdout and exits 0', async ({ cli }) => {
    const r = await cli.run(['instance', 'add', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: worklog-desk instance add \[options\]/);
    expect(r.stdout).toMatch(/--token-stdin/);
    expect(r.stdout).not.toMatch(/--token </);
    expect(r.stderr).toBe('');
  });

  it('info --json prints the version, data folder and schema version, JSON only', async ({ cli, tmp }) => {
    const r = await cli.run(['info', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const info = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(info).toMatchObject({ name: 'Worklog Desk', version: expect.stringMatching(/^\d+\.\d+\.\d+/), dataDir: tmp.dir, host: 'cli' });
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    const human = await cli.run(['info']);
    expect(human.stdout).toContain(`Data folder:      ${tmp.dir}`);
  });

  it('an empty list says how to add an instance', async ({ cli }) => {
    const r = await cli.run(['instance', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No instances yet — add one with: npm run --silent cli -- instance add/);
  });

  it('commands on an unknown instance fail in one line', async ({ cli }) => {
    for (const args of [
      ['instance', 'remove', '--name', 'nope'],
      ['instance', 'edit', '--name', 'nope', '--new-name', 'x'],
      ['instance', 'test', '--name', 'nope', '--json'],
    ]) {
      const r = await cli.run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toEqual(['error: No instance called "nope". See the list with: instance list']);
    }
  });
});
