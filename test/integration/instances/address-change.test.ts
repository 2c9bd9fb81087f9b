import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import type { FactorialConfigView } from '../../../shared/domain/leaves.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import type { CredentialTrap } from '../../fakes/credential-trap.js';
import type { FakeFactorial } from '../../fakes/fake-factorial.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { AddressChangeServers } from '../../helpers/address-change-servers.js';
import { ADA, startAddressChangeServers } from '../../helpers/address-change-servers.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { dispatchValue } from '../../helpers/dispatch-value.js';

const JIRA_TOKEN = `ATATT-a-${randomUUID()}`;
const NEW_JIRA_TOKEN = `ATATT-b-${randomUUID()}`;
const TEMPO_TOKEN = `tempo-${randomUUID()}`;
const FACTORIAL_KEY = `fact-${randomUUID()}`;

/**
 * Through the contract (core.dispatch, as the renderer, browser host and CLI call it): a saved
 * token never follows an address change. The new address is a credential trap on another port; it
 * must receive nothing — the change is refused before any request.
 */
describe('instances.update / factorial.saveConfig: a saved secret never follows an address change', () => {
  let jira: FakeJira;
  let jira2: FakeJira;
  let tempo: FakeTempo;
  let factorial: FakeFactorial;
  let trap: CredentialTrap;
  let tmp: ReturnType<typeof makeTempDir>;
  let core: AppCore;

  let servers: AddressChangeServers;
  beforeAll(async () => {
    servers = await startAddressChangeServers({ jiraToken: JIRA_TOKEN, newJiraToken: NEW_JIRA_TOKEN, tempoToken: TEMPO_TOKEN, factorialKey: FACTORIAL_KEY });
    ({ jira, jira2, tempo, factorial, trap } = servers);
  });
  afterAll(async () => {
    await servers.close();
  });
  beforeEach(() => {
    tmp = makeTempDir('wd-origin-');
    core = createAppCore({ host: 'cli', dataDir: tmp.dir });
    trap.requests.length = 0;
  });
  afterEach(() => {
    // Whatever the test did: the other host never saw a credential.
    expect(trap.leaks).toEqual([]);
    core.close();
    tmp.cleanup();
  });

  const dispatch = (channel: string, input: unknown) => core.dispatch(channel, input);
  const call = <T,>(channel: string, input: unknown): Promise<T> => dispatchValue<T>(dispatch, channel, input);
  const add = () => call<InstanceView>('instances.add', { name: 'alpha', url: jira.url, email: ADA.email, jiraToken: JIRA_TOKEN, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });

  it('a new Jira address without the token is refused in plain words, before any request', async () => {
    const a = await add();
    const r = await dispatch('instances.update', { id: a.id, url: trap.url });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.message).toBe(
      `The Jira address of "alpha" would change from ${jira.origin} to ${trap.origin}. Enter the API token again together with the new address: Worklog Desk never sends a saved API token to a new address. Nothing was changed.`,
    );
    expect(trap.requests).toEqual([]);
    expect((await call<InstanceView[]>('instances.list', {})).map((i) => i.url)).toEqual([jira.url]);
  });

  it('a new Jira port is a new address too; with the new token in the same call it is checked there and saved', async () => {
    const a = await add();
    expect((await dispatch('instances.update', { id: a.id, url: jira2.url })).ok).toBe(false);
    expect(jira2.requests).toEqual([]);
    const moved = await call<InstanceView>('instances.update', { id: a.id, url: jira2.url, jiraToken: NEW_JIRA_TOKEN });
    expect(moved.url).toBe(jira2.url);
    // jira2 only knows the new token: the one check it received carried it.
    expect(jira2.requests.map((r) => [r.path, r.status, r.auth])).toEqual([['/rest/api/3/myself', 200, 'basic']]);
  });

  it('the same origin with another path keeps the saved token', async () => {
    const a = await add();
    const r = await dispatch('instances.update', { id: a.id, url: `${jira.url}/browse/CORE-1` });
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
  });

  it('a new Tempo address without the Tempo token is refused; with it, it goes through', async () => {
    const a = await add();
    const r = await dispatch('instances.update', { id: a.id, tempoBaseUrl: trap.url });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^The Tempo address of "alpha" would change from .* Enter the Tempo API token again together with the new address/);
    expect(trap.requests).toEqual([]);
    // Even with a new Jira token: the Tempo token is what would travel to the new Tempo address.
    expect((await dispatch('instances.update', { id: a.id, tempoBaseUrl: trap.url, jiraToken: JIRA_TOKEN })).ok).toBe(false);
    expect(trap.requests).toEqual([]);
    const tempo2 = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
    try {
      const moved = await call<InstanceView>('instances.update', { id: a.id, tempoBaseUrl: tempo2.url, tempoToken: TEMPO_TOKEN });
      expect(moved.tempo.baseUrl).toBe(tempo2.url);
    } finally {
      await tempo2.close();
    }
  });

  it('the Factorial key does not follow a new Factorial address', async () => {
    await call('factorial.saveConfig', { apiKey: FACTORIAL_KEY, baseUrl: factorial.url });
    const r = await dispatch('factorial.saveConfig', { baseUrl: trap.url });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('validation');
      expect(r.error.message).toMatch(/^The Factorial address of this workspace would change from .* Enter the API key again together with the new address/);
    }
    expect(trap.requests).toEqual([]);
    expect((await call<FactorialConfigView>('factorial.getConfig', {})).baseUrl).toBe(factorial.url);
  });

  it('a Jira host outside Atlassian Cloud needs the custom-host confirmation', async () => {
    const input = { name: 'corp', url: 'https://jira.corp.invalid', email: ADA.email, jiraToken: JIRA_TOKEN };
    const refused = await dispatch('instances.add', input);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('validation');
      expect(refused.error.message).toMatch(/^jira\.corp\.invalid is not an Atlassian Cloud address .* confirm it as a custom host/);
    }
    // Confirmed, it is tried (and this host does not exist).
    const tried = await dispatch('instances.add', { ...input, customHost: true });
    expect(tried.ok).toBe(false);
    if (!tried.ok) expect(tried.error.code).toBe('network');
    const test = await dispatch('instances.test', { url: input.url, email: ADA.email, jiraToken: JIRA_TOKEN });
    expect(test.ok).toBe(false);
    if (!test.ok) expect(test.error.message).toMatch(/custom host/);
  });
});
