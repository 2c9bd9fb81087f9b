import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adfToText } from '../../../main/core/jira/adf-to-text.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeWorld } from '../../fakes/world.js';
import { ISSUE_TYPES, jiraStarted } from '../../fakes/world.js';
import { SYNC, collect, makeHttp, searchAll, syncClient } from './jira-test-kit.js';

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('ADF comments to plain text', () => {
  it('walks text nodes; paragraphs become lines; accents and emoji survive', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        para(text('Pairing with Zoë — '), text('“edge”', [{ type: 'strong' }]), text(' cases ✓ 🚀')),
        para(text('Línea dos'), { type: 'hardBreak' }, text('línea tres')),
        { type: 'heading', attrs: { level: 2 }, content: [text('Ωmega')] },
      ],
    };
    expect(adfToText(doc)).toBe('Pairing with Zoë — “edge” cases ✓ 🚀\nLínea dos\nlínea tres\nΩmega');
  });

  it('keeps the text of mentions, emoji, links and lists', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        para({ type: 'mention', attrs: { id: 'x', text: '@Søren Kierkegaard' } }, text(' please review '), { type: 'emoji', attrs: { shortName: ':tada:', text: '🎉' } }),
        { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('one'))] }, { type: 'listItem', content: [para(text('two'))] }] },
        { type: 'orderedList', attrs: { order: 3 }, content: [{ type: 'listItem', content: [para(text('three'))] }] },
        para({ type: 'inlineCard', attrs: { url: 'https://example.atlassian.net/browse/CORE-1' } }),
        { type: 'codeBlock', content: [text('npm test')] },
      ],
    };
    expect(adfToText(doc)).toBe('@Søren Kierkegaard please review 🎉\n- one\n- two\n3. three\nhttps://example.atlassian.net/browse/CORE-1\nnpm test');
  });

  it('null when absent or empty; a plain string is kept', () => {
    expect(adfToText(undefined)).toBeNull();
    expect(adfToText(null)).toBeNull();
    expect(adfToText({ type: 'doc', version: 1, content: [] })).toBeNull();
    expect(adfToText({ type: 'doc', version: 1, content: [para()] })).toBeNull();
    expect(adfToText('old style')).toBe('old style');
  });
});

describe('names and comments end to end', () => {
  const people = [
    { accountId: 'acc-zoe', displayName: 'Zoë Brontë 🚀', email: null, timeZone: 'Asia/Kolkata', zoneHidden: false },
    { accountId: 'acc-lukasz', displayName: 'Łukasz Wałęsa', email: 'lukasz@example.com', timeZone: 'America/Los_Angeles', zoneHidden: true },
  ];
  const world: FakeWorld = {
    users: people,
    projects: [{ id: '10000', key: 'CAFÉ', name: 'Café & Crème ☕' }],
    issueTypes: Object.values(ISSUE_TYPES),
    issues: [
      { id: '20000', key: 'CAFÉ-1', summary: 'Épica: migración “Q4” — naïve ✓', projectId: '10000', type: ISSUE_TYPES.epic, parentId: null },
      { id: '20001', key: 'CAFÉ-2', summary: 'Historia 🐛 «fix»', projectId: '10000', type: ISSUE_TYPES.story, parentId: '20000' },
    ],
    worklogs: [
      { id: '100000', tempoId: 1, issueId: '20001', authorAccountId: 'acc-zoe', started: jiraStarted('2026-11-03', 23 * 60 + 45, '+0530'), timeSpentSeconds: 5400, comment: 'Révision — ✓ 🎉\nSecond paragraph', created: 1, updated: 2 },
      { id: '100001', tempoId: 2, issueId: '20001', authorAccountId: 'acc-lukasz', started: jiraStarted('2026-11-03', 9 * 60, '-0800'), timeSpentSeconds: 900, comment: '', created: 3, updated: 4 },
    ],
    deleted: [],
  };
  let jira: FakeJira;

  beforeAll(async () => {
    jira = await startFakeJira({ users: [SYNC], world });
  });
  afterAll(async () => {
    await jira.close();
  });

  it('search, worklogs, bulkfetch and user/bulk keep every character', async () => {
    const client = syncClient(jira, makeHttp().http);
    const { issues } = await searchAll(client, 'worklogDate >= "2026-11-02" AND worklogDate <= "2026-11-05" ORDER BY id ASC');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ key: 'CAFÉ-2', summary: 'Historia 🐛 «fix»', projectKey: 'CAFÉ', projectName: 'Café & Crème ☕', parentId: '20000' });
    const embedded = issues[0]?.worklog?.worklogs ?? [];
    // `started` comes rendered in the reader's zone (the fake's default, Europe/Berlin), the author's zone beside it unless hidden.
    expect(embedded.map((w) => [w.author.displayName, w.comment, w.started, w.author.timeZone])).toEqual([
      ['Zoë Brontë 🚀', 'Révision — ✓ 🎉\nSecond paragraph', '2026-11-03T19:15:00.000+0100', 'Asia/Kolkata'],
      ['Łukasz Wałęsa', null, '2026-11-03T18:00:00.000+0100', null],
    ]);
    const { all } = await collect(client.issueWorklogs('CAFÉ-2', 0, Date.parse('2100-01-01')));
    expect(all.map((w) => w.comment)).toEqual(['Révision — ✓ 🎉\nSecond paragraph', null]);
    const [epic] = await client.bulkFetchIssues(['20000']);
    expect(epic).toMatchObject({ summary: 'Épica: migración “Q4” — naïve ✓', hierarchyLevel: 1, parentId: null });
    const users = await client.usersBulk(['acc-zoe', 'acc-lukasz']);
    expect(users).toEqual([
      { accountId: 'acc-zoe', displayName: 'Zoë Brontë 🚀', email: null, active: true },
      { accountId: 'acc-lukasz', displayName: 'Łukasz Wałęsa', email: 'lukasz@example.com', active: true },
    ]);
  });
});
