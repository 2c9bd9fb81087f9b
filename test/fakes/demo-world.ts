/**
 * The two Jira sites `npm run demo` serves: "Acme" (Jira + Tempo, 12 people, 3 projects, ~2,500
 * worklogs) and "Globex" (Jira only, 6 people, ~800 worklogs), over the last three months up to
 * today. Built on generateWorld, then dressed to look like a real team's data: people's names,
 * issue titles and comments a lead would recognise, worklogs on weekdays only, each site with its
 * own people and project keys. Deterministic for a given day, so a re-run serves the same data.
 */
import { format, subMonths } from 'date-fns';
import type { FakeJiraUser } from './fake-jira.js';
import { mulberry32 } from './faults.js';
import { startedToMs } from './jira/jira-time.js';
import type { FakeWorld } from './world.js';
import { generateWorld, localDate } from './world.js';

/** Fixed tokens the demo fakes accept; they are stored in the keychain like real ones. */
export const DEMO_TOKENS = {
  // A fabricated Atlassian-shaped token, split so secret scanners don't take the fixture for a leak.
  acmeJira: 'ATA' + 'TT-demo-acme-jira-token-not-a-secret',
  acmeTempo: 'demo-acme-tempo-token-not-a-secret',
  globexJira: 'ATA' + 'TT-demo-globex-jira-token-not-a-secret',
} as const;

export interface DemoSite {
  name: string;
  world: FakeWorld;
  /** The account the lead signs in with (Basic email:token). */
  lead: FakeJiraUser;
  /** null: Jira only. */
  tempoToken: string | null;
  /** The range the worklogs cover: three months back to today, inclusive. */
  range: { from: string; to: string };
}

const LEAD_ACCOUNT_ID = '5b10ac8d82e05b22cc7d4ef5';

const ACME_PEOPLE = ['Marta Núñez', 'Jonas Bäcker', 'Aoife Ní Bhriain', 'Rafał Zieliński', 'Inès Lefèvre', 'Kenji Watanabe 🚀', 'Chloé Dubois', 'Mateus Araújo', 'Priya Raghunathan', 'Søren Holm', 'Zoë Fairfax', 'Émile Girard ☕'];
const GLOBEX_PEOPLE = ['Hélène Caron', 'Jürgen Weiß', 'Siobhán Byrne', 'Dragan Kovačević', 'Ana Luísa Gonçalves', 'Kwame Mensah 🎧'];
const GLOBEX_PROJECTS = [
  { key: 'SHOP', name: 'Webshop' },
  { key: 'LOG', name: 'Logistics' },
];

const EPICS = [
  'Checkout redesign',
  'SSO for enterprise customers',
  'Billing migration',
  'Mobile offline mode',
  'Data warehouse v2',
  'GDPR data export',
  'Search relevance — Q3',
  'Onboarding revamp ✨',
  'Kubernetes upgrade',
  'Partner API for Café Müller',
];
const VERBS = ['Add', 'Fix', 'Refactor', 'Document', 'Investigate', 'Speed up', 'Test'];
const THINGS = [
  'invoice PDF export',
  'login rate limiting',
  'dashboard filters',
  'time zones in reports',
  'CSV import of naïve dates',
  'the “Save” button on Safari',
  'webhook retries',
  'date picker accessibility',
  'flaky end-to-end tests',
  'nightly search indexing',
  'Slack notifications 🔔',
  'currency rounding (€, ¥, £)',
  'order status e-mails',
  'warehouse label printing',
];
const SUBTASKS = ['Write tests', 'Code review', 'Update the docs', 'QA on staging', 'Deploy to production', 'Pair on edge cases', 'Fix review comments'];
const COMMENTS = [
  'Code review',
  'Standup + planning',
  'Fixed the flaky test 🎉',
  'Pairing with Zoë on the edge cases',
  'Customer call — Müller GmbH',
  'Investigating the timeout in prod',
  'Refinement',
  'Écrit les tests d’intégration',
  'Deploy + smoke test',
  '',
  '',
];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function asciiEmail(name: string, domain: string): string {
  const plain = name
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .trim()
    .toLowerCase()
    .split(/\s+/);
  return `${plain[0]}.${plain[plain.length - 1]}@${domain}`;
}

const shiftIso = (date: string, days: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Saturday and Sunday work moves to a weekday of the same week (the `spread`-th, so the days fill
 * evenly), or of the next week when the range starts on that weekend.
 */
function weekdayOf(date: string, spread: number, from: string, to: string): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (day !== 0 && day !== 6) return date;
  const monday = shiftIso(date, day === 6 ? -5 : -6);
  for (const week of [0, 7]) {
    for (let k = 0; k < 5; k++) {
      const candidate = shiftIso(monday, week + ((spread + k) % 5));
      if (candidate >= from && candidate <= to) return candidate;
    }
  }
  return date;
}

function dress(world: FakeWorld, o: { seed: number; people: string[]; domain: string; from: string; to: string; nowMs: number; accountId?: (i: number) => string; projects?: Array<{ key: string; name: string }> }): void {
  const rnd = mulberry32(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

  const ids = new Map<string, string>();
  world.users.forEach((u, i) => {
    u.displayName = o.people[i % o.people.length] as string;
    // Keep the generator's hidden emails (privacy settings) hidden.
    if (u.email !== null) u.email = asciiEmail(u.displayName, o.domain);
    if (o.accountId) {
      ids.set(u.accountId, o.accountId(i));
      u.accountId = o.accountId(i);
    }
  });

  const renamed = new Map<string, string>();
  if (o.projects) {
    world.projects.forEach((p, i) => {
      const next = o.projects?.[i % o.projects.length];
      if (!next) return;
      renamed.set(p.id, next.key);
      p.key = next.key;
      p.name = next.name;
    });
  }
  const byId = new Map(world.issues.map((i) => [i.id, i]));
  for (const issue of world.issues) {
    const key = renamed.get(issue.projectId);
    if (key) issue.key = `${key}-${issue.key.split('-')[1]}`;
  }
  let epics = 0;
  for (const issue of world.issues) {
    if (issue.type.hierarchyLevel >= 1) {
      const base = EPICS[epics % EPICS.length] as string;
      issue.summary = epics < EPICS.length ? base : `${base} (phase ${Math.floor(epics / EPICS.length) + 1})`;
      epics += 1;
    } else if (issue.type.subtask) {
      const parent = issue.parentId ? byId.get(issue.parentId) : undefined;
      issue.summary = `${pick(SUBTASKS)}${parent ? ` for ${parent.key}` : ''}`;
    } else {
      issue.summary = `${pick(VERBS)} ${pick(THINGS)}`;
    }
  }

  world.worklogs.forEach((w, i) => {
    const date = weekdayOf(localDate(w), i, o.from, o.to);
    w.started = `${date}${w.started.slice(10)}`;
    w.comment = pick(COMMENTS);
    const mapped = ids.get(w.authorAccountId);
    if (mapped) w.authorAccountId = mapped;
    // Logged the same day or a little later, never in the future: the change feeds then see
    // nothing new when the app re-syncs.
    const started = startedToMs(w.started);
    w.created = Math.min(started + Math.floor(rnd() * 36) * 3_600_000, o.nowMs - 3_600_000);
    w.updated = w.created;
  });
}

/** Both demo sites for `today` (local date). */
export function buildDemoSites(today: Date = new Date()): { acme: DemoSite; globex: DemoSite } {
  const range = { from: format(subMonths(today, 3), 'yyyy-MM-dd'), to: format(today, 'yyyy-MM-dd') };
  const nowMs = today.getTime();

  const acmeWorld = generateWorld({ seed: 1701, users: 12, issues: 150, worklogs: 2_500, projects: 3, ...range });
  dress(acmeWorld, { seed: 17, people: ACME_PEOPLE, domain: 'acme.example', nowMs, ...range });

  const globexWorld = generateWorld({ seed: 4242, users: 6, issues: 60, worklogs: 800, projects: 2, ...range });
  dress(globexWorld, {
    seed: 42,
    people: GLOBEX_PEOPLE,
    domain: 'globex.example',
    nowMs,
    ...range,
    // Other people than Acme's: Atlassian's newer account id shape.
    accountId: (i) => `712020:6c0bde7a-9e1f-4a3b-8d2c-${pad(i + 1, 12)}`,
    projects: GLOBEX_PROJECTS,
  });

  return {
    acme: {
      name: 'Acme',
      world: acmeWorld,
      lead: { accountId: LEAD_ACCOUNT_ID, displayName: 'Dana Lindqvist', email: 'dana.lindqvist@acme.example', token: DEMO_TOKENS.acmeJira },
      tempoToken: DEMO_TOKENS.acmeTempo,
      range,
    },
    globex: {
      name: 'Globex',
      world: globexWorld,
      lead: { accountId: LEAD_ACCOUNT_ID, displayName: 'Dana Lindqvist', email: 'dana@globex.example', token: DEMO_TOKENS.globexJira },
      tempoToken: null,
      range,
    },
  };
}
