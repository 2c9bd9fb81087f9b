/**
 * The data the fake Jira and fake Tempo serve: one generated "world" of projects, issues (epics,
 * stories with and without epics, sub-tasks), people (some with hidden emails, in zones of both
 * hemispheres with their own daylight-saving dates and half-hour offsets, some hiding their zone)
 * and worklogs (a quarter within two hours of midnight, issues with more than 20 worklogs). Both fakes read the same
 * world, so a Tempo worklog points at a Jira issue that exists. Tests mutate it (add / update /
 * delete / move worklogs) and then check that a re-sync is exact again.
 */

import { mulberry32 } from './faults.js';
import { DEFAULT_READER_ZONE, dateInZone, startedInZone } from './zones.js';

export interface FakeUser {
  accountId: string;
  displayName: string;
  /** null: hidden by the user's privacy settings, as Jira Cloud often answers. */
  email: string | null;
  /** The IANA zone the user logs work in, e.g. "Australia/Adelaide" (daylight saving included). */
  timeZone: string;
  /** The user's privacy settings hide the zone: Jira leaves `timeZone` out of their details. */
  zoneHidden: boolean;
}

export interface FakeProject {
  id: string;
  key: string;
  name: string;
}

export interface FakeIssueType {
  id: string;
  name: string;
  /** -1 sub-task, 0 standard, 1 epic. */
  hierarchyLevel: number;
  subtask: boolean;
}

export interface FakeIssue {
  id: string;
  key: string;
  summary: string;
  projectId: string;
  type: FakeIssueType;
  parentId: string | null;
  /** Epoch ms of the last change (rename, re-parent, move); absent: long before any test. */
  updated?: number;
}

export interface FakeWorklog {
  /** Jira worklog id. */
  id: string;
  /** Tempo's own id for the same worklog. */
  tempoId: number;
  issueId: string;
  authorAccountId: string;
  /**
   * As the author logged it: their wall clock and their zone's offset that day, Jira's format
   * (2026-11-03T23:45:00.000+0530). Fake Jira renders it again in its reader's zone; fake Tempo
   * serves the date and time as they are.
   */
  started: string;
  timeSpentSeconds: number;
  comment: string;
  /** Epoch ms. */
  created: number;
  updated: number;
}

export interface FakeWorld {
  users: FakeUser[];
  projects: FakeProject[];
  issueTypes: FakeIssueType[];
  issues: FakeIssue[];
  worklogs: FakeWorklog[];
  /** Jira's deleted-worklog feed: id and epoch ms of the deletion. */
  deleted: Array<{ worklogId: string; deletedAt: number }>;
}

export const ISSUE_TYPES = {
  epic: { id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false },
  story: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
  task: { id: '10002', name: 'Task', hierarchyLevel: 0, subtask: false },
  subtask: { id: '10003', name: 'Sub-task', hierarchyLevel: -1, subtask: true },
} satisfies Record<string, FakeIssueType>;

/**
 * Authors' zones, in order of the users: both hemispheres (northern DST ends 25 Oct / 1 Nov 2026,
 * southern starts 27 Sep / 4 Oct and ends 5 Apr), half- and quarter-hour offsets (Kolkata,
 * Adelaide, Chatham), no DST (Kolkata, São Paulo, Honolulu).
 */
export const WORLD_ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'America/Los_Angeles',
  'Australia/Sydney',
  'Asia/Kolkata',
  'America/New_York',
  'Pacific/Auckland',
  'Australia/Adelaide',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Pacific/Honolulu',
] as const;
/** Every sixth user (New York, Honolulu…) hides their zone from Jira. */
const hidesZone = (i: number): boolean => i % 6 === 5;
const FIRST = ['Ada', 'Grace', 'José', 'Zoë', 'Łukasz', 'Søren', 'Aiko', 'Chloé', 'Mateo', 'Nneka', 'Øyvind', 'Priya', 'Renée', 'Tomás', 'Émile', 'Björn'];
const LAST = ['Lovelace', 'Hopper', 'Muñoz', 'Brontë', 'Wałęsa', 'Kierkegaard', 'Tanaka', 'Dubois', 'García', 'Okafor', 'Ødegård', 'Iyer', 'Lefèvre', 'Ruiz', 'Zola', 'Borg'];

export interface WorldOptions {
  seed?: number;
  users?: number;
  issues?: number;
  worklogs?: number;
  /** Inclusive local-date range the worklogs fall in. */
  from: string;
  to: string;
  projects?: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * A wall-clock time as Jira writes `started`: with a fixed offset ("+0530") as given, or in an IANA
 * zone ("Australia/Sydney") with the offset that zone has on that day.
 */
export function jiraStarted(date: string, minutesOfDay: number, offsetOrZone: string): string {
  if (/^[+-]\d{4}$/.test(offsetOrZone)) return `${date}T${pad(Math.floor(minutesOfDay / 60))}:${pad(minutesOfDay % 60)}:00.000${offsetOrZone}`;
  return startedInZone(date, minutesOfDay, offsetOrZone);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function generateWorld(o: WorldOptions): FakeWorld {
  const rnd = mulberry32(o.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const nUsers = o.users ?? 8;
  const nIssues = o.issues ?? 60;
  const nWorklogs = o.worklogs ?? 300;

  const users: FakeUser[] = Array.from({ length: nUsers }, (_, i) => {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[Math.floor(i / FIRST.length + i) % LAST.length] as string;
    const displayName = i % 11 === 5 ? `${first} ${last} 🚀` : `${first} ${last}`;
    return {
      accountId: `5f${(0xa000 + i).toString(16)}c0ffee${pad(i, 6)}`,
      displayName,
      email: i % 4 === 3 ? null : `${first}.${last}`.toLowerCase().replace(/ł/g, 'l').replace(/ø/g, 'o').normalize('NFD').replace(/[^a-z.]/g, '') + `${i}@example.com`,
      timeZone: WORLD_ZONES[i % WORLD_ZONES.length] as string,
      zoneHidden: hidesZone(i),
    };
  });

  const projects: FakeProject[] = Array.from({ length: o.projects ?? 3 }, (_, i) => ({
    id: String(10000 + i),
    key: ['CORE', 'WEB', 'OPS', 'DATA', 'MOB'][i % 5] + (i >= 5 ? String(i) : ''),
    name: ['Core Platform', 'Web Front-end', 'Operations', 'Data & Analytics', 'Mobile'][i % 5] as string,
  }));

  const issues: FakeIssue[] = [];
  const counters = new Map<string, number>();
  const nextKey = (p: FakeProject): string => {
    const n = (counters.get(p.key) ?? 0) + 1;
    counters.set(p.key, n);
    return `${p.key}-${n}`;
  };
  const add = (p: FakeProject, type: FakeIssueType, summary: string, parentId: string | null): FakeIssue => {
    const issue = { id: String(20000 + issues.length), key: nextKey(p), summary, projectId: p.id, type, parentId };
    issues.push(issue);
    return issue;
  };
  // Roughly: 10% epics, 60% stories/tasks (two thirds under an epic), 30% sub-tasks.
  const epics: FakeIssue[] = [];
  const standard: FakeIssue[] = [];
  for (let i = 0; i < nIssues; i++) {
    const p = pick(projects);
    const r = i < 2 ? 0 : rnd();
    if (r < 0.1 || epics.length === 0) {
      epics.push(add(p, ISSUE_TYPES.epic, `Epic ${i}: "Q${1 + (i % 4)}" migration — café ✓`, null));
    } else if (r < 0.7 || standard.length === 0) {
      const epic = rnd() < 0.66 ? pick(epics) : null;
      const proj = epic ? (projects.find((x) => x.id === epic.projectId) as FakeProject) : p;
      standard.push(add(proj, rnd() < 0.5 ? ISSUE_TYPES.story : ISSUE_TYPES.task, `Story ${i} — naïve "quotes" & dashes`, epic?.id ?? null));
    } else {
      const parent = pick(standard);
      add(projects.find((x) => x.id === parent.projectId) as FakeProject, ISSUE_TYPES.subtask, `Sub-task ${i} of ${parent.key}`, parent.id);
    }
  }

  const loggable = issues.filter((i) => i.type.hierarchyLevel <= 0);
  const days = daysBetween(o.from, o.to);
  // A few issues attract many worklogs (more than the 20 Jira embeds in search results).
  const busy = loggable.slice(0, Math.max(1, Math.floor(loggable.length / 20)));
  const worklogs: FakeWorklog[] = [];
  const base = Date.parse(`${o.from}T00:00:00Z`);
  for (let i = 0; i < nWorklogs; i++) {
    const author = pick(users);
    const issue = rnd() < 0.3 ? pick(busy) : pick(loggable);
    const date = pick(days);
    // A quarter within two hours of midnight on either side, the rest in office hours.
    const r = rnd();
    const minutes = r < 0.125 ? 22 * 60 + Math.floor(rnd() * 120) : r < 0.25 ? Math.floor(rnd() * 120) : 8 * 60 + Math.floor(rnd() * 9 * 60);
    const created = base + i * 60_000;
    worklogs.push({
      id: String(100000 + i),
      tempoId: 500000 + i,
      issueId: issue.id,
      authorAccountId: author.accountId,
      started: jiraStarted(date, minutes, author.timeZone),
      timeSpentSeconds: (1 + Math.floor(rnd() * 16)) * 900,
      comment: i % 7 === 0 ? `Pairing with Zoë — "edge" cases ✓ #${i}` : `Work ${i}`,
      created,
      updated: created,
    });
  }
  return { users, projects, issueTypes: Object.values(ISSUE_TYPES), issues, worklogs, deleted: [] };
}

/** The author's calendar date a worklog belongs to: the date part of `started` as logged (author's offset). */
export const localDate = (w: Pick<FakeWorklog, 'started'>): string => w.started.slice(0, 10);

/** Whether the worklog's author hides their zone (Jira can then only give the reader's day). */
export function authorHidesZone(world: Pick<FakeWorld, 'users'>, w: Pick<FakeWorklog, 'authorAccountId'>): boolean {
  return world.users.find((u) => u.accountId === w.authorAccountId)?.zoneHidden ?? false;
}

/**
 * The day a correct Jira-path sync stores: the author's day, or — for an author hiding their zone —
 * the day in the reader's zone (flagged as such in the app).
 */
export function jiraPathDay(world: Pick<FakeWorld, 'users'>, w: Pick<FakeWorklog, 'started' | 'authorAccountId'>, readerZone = DEFAULT_READER_ZONE): string {
  return authorHidesZone(world, w) ? dateInZone(w.started, readerZone) : localDate(w);
}

/** Mutations tests use to change the source between syncs. */
export function worldOps(world: FakeWorld, now: () => number = Date.now) {
  let nextId = 100000 + world.worklogs.length + 1_000_000;
  return {
    add(w: Omit<FakeWorklog, 'id' | 'tempoId' | 'created' | 'updated'>): FakeWorklog {
      const id = nextId++;
      const t = now();
      const full = { ...w, id: String(id), tempoId: 500000 + id, created: t, updated: t };
      world.worklogs.push(full);
      return full;
    },
    update(id: string, patch: Partial<Pick<FakeWorklog, 'started' | 'timeSpentSeconds' | 'comment' | 'issueId'>>): FakeWorklog {
      const w = world.worklogs.find((x) => x.id === id);
      if (!w) throw new Error(`no worklog ${id}`);
      Object.assign(w, patch, { updated: now() });
      return w;
    },
    remove(id: string): void {
      const i = world.worklogs.findIndex((x) => x.id === id);
      if (i < 0) throw new Error(`no worklog ${id}`);
      world.worklogs.splice(i, 1);
      world.deleted.push({ worklogId: id, deletedAt: now() });
    },
  };
}
