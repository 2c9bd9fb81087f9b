import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CredentialTrap } from '../../fakes/credential-trap.js';
import type { FakeFactorial } from '../../fakes/fake-factorial.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import type { AddressChangeServers } from '../../helpers/address-change-servers.js';
import { ADA, startAddressChangeServers } from '../../helpers/address-change-servers.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { createCliRunner, lines } from './cli-process.js';

const JIRA_TOKEN = `ATATT3xFfGF0${randomBytes(24).toString('base64url')}`;
const NEW_JIRA_TOKEN = `ATATT3xFfGF0${randomBytes(24).toString('base64url')}`;
const TEMPO_TOKEN = `Tm9${randomBytes(24).toString('base64url')}`;
const FACTORIAL_KEY = `fk${randomBytes(24).toString('base64url')}`;

/** The real CLI in its own process: `--url` to another host or port needs the token in the same command. */
describe('cli: a saved token never follows an address change', () => {
  let jira: FakeJira;
  let jira2: FakeJira;
  let tempo: FakeTempo;
  let factorial: FakeFactorial;
  let trap: CredentialTrap;
  let tmp: ReturnType<typeof makeTempDir>;
  let cli: ReturnType<typeof createCliRunner>;

  let servers: AddressChangeServers;
  beforeAll(async () => {
    servers = await startAddressChangeServers({ jiraToken: JIRA_TOKEN, newJiraToken: NEW_JIRA_TOKEN, tempoToken: TEMPO_TOKEN, factorialKey: FACTORIAL_KEY });
    ({ jira, jira2, tempo, factorial, trap } = servers);
  });
  afterAll(async () => {
    await servers.close();
  });
  beforeEach(() => {
    tmp = makeTempDir('wd-cli-origin-');
    cli = createCliRunner(tmp.dir);
    trap.requests.length = 0;
  });
  afterEach(() => {
    expect(trap.leaks).toEqual([]);
    for (const r of cli.transcript) for (const s of [JIRA_TOKEN, NEW_JIRA_TOKEN, TEMPO_TOKEN, FACTORIAL_KEY]) expect(r.stdout + r.stderr).not.toContain(s);
    tmp.cleanup();
  });

  const addAlpha = async (): Promise<void> => {
    const r = await cli.run(['instance', 'add', '--name', 'alpha', '--url', jira.url, '--email', ADA.email, '--token-stdin', '--tempo-token-stdin', '--tempo-url', tempo.url], {
      stdin: `${JIRA_TOKEN}\n${TEMPO_TOKEN}\n`,
    });
    expect(r.code, r.stderr).toBe(0);
  };
  const urls = async (): Promise<string[]> => {
    const r = await cli.run(['instance', 'list', '--json']);
    return (JSON.parse(r.stdout) as Array<{ url: string }>).map((i) => i.url);
  };

  it('instance edit --url to another host without --token-stdin is refused; with it, it is checked there', async () => {
    await addAlpha();
    const refused = await cli.run(['instance', 'edit', '--name', 'alpha', '--url', trap.url]);
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([
      `error: The Jira address of "alpha" would change from ${jira.origin} to ${trap.origin}. Enter the API token again together with the new address: Worklog Desk never sends a saved API token to a new address. Nothing was changed.`,
    ]);
    expect(trap.requests).toEqual([]);
    expect(await urls()).toEqual([jira.url]);

    const moved = await cli.run(['instance', 'edit', '--name', 'alpha', '--url', jira2.url, '--token-stdin'], { stdin: `${NEW_JIRA_TOKEN}\n` });
    expect(moved.code, moved.stderr).toBe(0);
    expect(await urls()).toEqual([jira2.url]);
    expect(jira2.requests.map((r) => [r.path, r.status])).toEqual([['/rest/api/3/myself', 200]]);
  });

  it('a Jira host outside Atlassian Cloud needs --custom-host', async () => {
    const args = ['instance', 'add', '--name', 'corp', '--url', 'https://jira.corp.invalid', '--email', ADA.email, '--token-stdin'];
    const refused = await cli.run(args, { stdin: `${JIRA_TOKEN}\n` });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: jira\.corp\.invalid is not an Atlassian Cloud address .*--custom-host in the CLI/);
    // Confirmed, Worklog Desk tries it: this host does not exist.
    const tried = await cli.run([...args, '--custom-host'], { stdin: `${JIRA_TOKEN}\n` });
    expect(tried.code).toBe(1);
    expect(tried.stderr).toMatch(/No such site: jira\.corp\.invalid could not be found/);
  });

  it('instance tempo --url to another host without --token-stdin is refused', async () => {
    await addAlpha();
    const refused = await cli.run(['instance', 'tempo', '--name', 'alpha', '--url', trap.url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: The Tempo address of "alpha" would change from .* to http:\/\/127\.0\.0\.1:\d+\. Enter the Tempo API token again/);
    expect(trap.requests).toEqual([]);
  });

  it('factorial config --url to another host without --token-stdin is refused', async () => {
    const saved = await cli.run(['factorial', 'config', '--url', factorial.url, '--token-stdin'], { stdin: `${FACTORIAL_KEY}\n` });
    expect(saved.code, saved.stderr).toBe(0);
    const refused = await cli.run(['factorial', 'config', '--url', trap.url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: The Factorial address of this workspace would change from .* Enter the API key again/);
    expect(trap.requests).toEqual([]);
  });
});
