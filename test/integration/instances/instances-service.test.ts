import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import { createKeytarSecretStore } from '../../../main/core/secrets/keytar-secret-store.js';
import { jiraTokenKey, tempoTokenKey } from '../../../main/core/secrets/secret-keys.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { filesContaining, listFiles } from '../../helpers/grep-folder.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { dispatchValue } from '../../helpers/dispatch-value.js';

// Distinctive tokens so a grep can't match anything by accident.
const JIRA_TOKEN = `ATATT3xFfGF0-jira-${randomUUID()}`;
const TEMPO_TOKEN = `tempo-${randomUUID()}-token`;
const ADA = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Ada Lovelace 🧮', email: 'ada@example.com', token: JIRA_TOKEN };

describe('instances end to end: fake Jira + Tempo, real SQLite, real keychain', () => {
  let jira: Awaited<ReturnType<typeof startFakeJira>>;
  let tempo: Awaited<ReturnType<typeof startFakeTempo>>;
  let tmp: ReturnType<typeof makeTempDir>;
  let core: AppCore;
  const keychain = createKeytarSecretStore();

  beforeAll(async () => {
    jira = await startFakeJira({ users: [ADA], pathPrefix: '/jira' });
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
  });
  afterAll(async () => {
    await jira.close();
    await tempo.close();
  });
  beforeEach(() => {
    tmp = makeTempDir();
    core = createAppCore({ host: 'cli', dataDir: tmp.dir });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const call = <T,>(channel: string, input: unknown): Promise<T> => dispatchValue<T>((c, i) => core.dispatch(c, i), channel, input);
  const add = (over: Record<string, unknown> = {}) =>
    call<InstanceView>('instances.add', { name: 'alpha', url: `${jira.url}/`, email: ADA.email, jiraToken: JIRA_TOKEN, ...over });

  it('a wrong token is explained and saves nothing — no row, no keychain entry', async () => {
    const r = await core.dispatch('instances.add', { name: 'alpha', url: jira.url, email: ADA.email, jiraToken: 'wrong-token-123456' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('auth');
      expect(r.error.message).toMatch(/token/i);
      expect(r.error.message).not.toContain('wrong-token-123456');
    }
    expect(await call('instances.list', {})).toEqual([]);
  });

  it('adds an instance with a path-prefixed site, keeps the token only in the keychain', async () => {
    const added = await add({ tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });
    expect(added).toMatchObject({
      name: 'alpha',
      url: jira.url,
      email: ADA.email,
      jiraTokenSaved: true,
      tempo: { tokenSaved: true, baseUrl: tempo.url },
      account: { accountId: ADA.accountId, displayName: ADA.displayName },
      lastCheck: { ok: true },
    });
    expect(JSON.stringify(added)).not.toContain(JIRA_TOKEN);
    expect(await keychain.get(jiraTokenKey(added.id))).toBe(JIRA_TOKEN);
    expect(await keychain.get(tempoTokenKey(added.id))).toBe(TEMPO_TOKEN);

    core.db.pragma('wal_checkpoint(PASSIVE)');
    const files = listFiles(tmp.dir);
    expect(files.some((f) => f.endsWith('.sqlite'))).toBe(true);
    expect(files.some((f) => f.endsWith('.log'))).toBe(true);
    expect(filesContaining(tmp.dir, JIRA_TOKEN)).toEqual([]);
    expect(filesContaining(tmp.dir, TEMPO_TOKEN)).toEqual([]);
    await call('instances.remove', { id: added.id });
  });

  it('refuses a duplicate name in any letter case before touching the network', async () => {
    const first = await add();
    const before = jira.requests.length;
    const r = await core.dispatch('instances.add', { name: 'ALPHA', url: jira.url, email: ADA.email, jiraToken: JIRA_TOKEN });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already an instance called "alpha"/) } });
    expect(jira.requests.length).toBe(before);
    await call('instances.remove', { id: first.id });
  });

  it('treats names differing only in the case of accented letters as the same name', async () => {
    const first = await add({ name: 'Zoë Ørsted' });
    const r = await core.dispatch('instances.add', { name: 'ZOË ØRSTED', url: jira.url, email: ADA.email, jiraToken: JIRA_TOKEN });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call('instances.remove', { id: first.id });
  });

  it('edits, replaces and removes tokens, tests, and removes the instance with its secrets', async () => {
    const a = await add();
    const renamed = await call<InstanceView>('instances.update', { id: a.id, name: 'Älpha ✨' });
    expect(renamed.name).toBe('Älpha ✨');

    const badReplace = await core.dispatch('instances.update', { id: a.id, jiraToken: 'not-the-right-one-999' });
    expect(badReplace).toMatchObject({ ok: false, error: { code: 'auth' } });
    expect(await keychain.get(jiraTokenKey(a.id))).toBe(JIRA_TOKEN);

    const withTempo = await call<InstanceView>('instances.update', { id: a.id, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });
    expect(withTempo.tempo.tokenSaved).toBe(true);
    const report = await call<{ jira: { ok: boolean }; tempo: { ok: boolean } | null }>('instances.test', { id: a.id });
    expect(report.jira.ok).toBe(true);
    expect(report.tempo?.ok).toBe(true);

    const noTempo = await call<InstanceView>('instances.update', { id: a.id, tempoToken: null });
    expect(noTempo.tempo.tokenSaved).toBe(false);
    expect(await keychain.get(tempoTokenKey(a.id))).toBeNull();

    await call('instances.remove', { id: a.id });
    expect(await keychain.get(jiraTokenKey(a.id))).toBeNull();
    expect(await call('instances.list', {})).toEqual([]);
    expect((await core.dispatch('instances.remove', { id: a.id })).ok).toBe(false);
  });

  it('tests credentials typed in a form without saving anything', async () => {
    const good = await call<{ jira: { ok: boolean } }>('instances.test', { url: jira.url, email: ADA.email, jiraToken: JIRA_TOKEN });
    expect(good.jira.ok).toBe(true);
    const bad = await call<{ jira: { ok: boolean; message?: string }; tempo: { ok: boolean; message?: string } | null }>('instances.test', {
      url: jira.url,
      email: ADA.email,
      jiraToken: 'nope-nope-nope',
      tempoToken: 'bad-tempo-token',
      tempoBaseUrl: tempo.url,
    });
    expect(bad.jira.ok).toBe(false);
    expect(bad.tempo?.ok).toBe(false);
    expect(bad.tempo?.message).toMatch(/Tempo/);
    expect(await call('instances.list', {})).toEqual([]);
  });
});
