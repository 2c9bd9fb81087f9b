import { isUpdatedValue, updatedValueError } from './jira-jql-updated.js';

/**
 * The JQL subset the app sends, evaluated like Jira Cloud (worklogDate in the searching user's zone, jira-zone.ts):
 *
 *   worklogDate >= "2026-11-01" AND worklogDate <= "2026-11-30" ORDER BY id ASC      (sync)
 *   project = "OPS" AND issuetype = "10001" AND reporter = currentUser()
 *     AND created >= "-65m" ORDER BY created ASC                                      (package retry)
 *   parent = "OPS-1" ORDER BY created ASC                                             (package retry)

 *   project = "OPS" AND labels = "wd-<group id>" ORDER BY created ASC                 (package retry)
 *   updated >= "-95m" AND id in (10001, 10002)                                      (issue refresh)
 *
 * Clauses: `worklogDate`, `project`, `issuetype` (id or name), `parent` (id or key), `reporter`
 * (`currentUser()` only), `labels` (= / != one label) and `created` (relative "-90m" / "-2h" / "-1d" only) with = != > >= < <=,
 * `updated` (see jira-jql-updated.ts) and `id in (…)` / `id not in (…)`,
 * joined by AND; ORDER BY id|key|created ASC|DESC. Like Jira, each worklogDate clause is judged on its own (an issue with a worklog before
 * the range and another after it matches `>= from AND <= to`), and a query without a restriction
 * is refused. Anything else is a JQL error (400), so an unexpected query fails loudly.
 */

export type JqlOperator = '=' | '!=' | '>' | '>=' | '<' | '<=';

export interface JqlClause {
  field: 'worklogDate' | 'project' | 'issuetype' | 'parent' | 'reporter' | 'created' | 'labels' | 'updated' | 'id';
  op: JqlOperator | 'in' | 'not in';
  value: string;
  /** The list of an `in` / `not in` clause. */
  values?: string[];
}

export interface JqlQuery {
  clauses: JqlClause[];
  orderBy: Array<{ field: 'id' | 'key' | 'created'; desc: boolean }>;
}

export type JqlResult = { ok: true; query: JqlQuery } | { ok: false; status: 400; message: string };

const TOKEN = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(>=|<=|!=|=|>|<)|([,()])|([^\s"'=!<>,()]+))/y;

type Token = { kind: 'string' | 'op' | 'punct' | 'word'; text: string };

function tokenize(jql: string): Token[] | string {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < jql.length) {
    if (/^\s*$/.test(jql.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(jql);
    if (!m) return `Error in the JQL Query: unexpected character at position ${at}.`;
    if (m[1] !== undefined || m[2] !== undefined) out.push({ kind: 'string', text: (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1') });
    else if (m[3] !== undefined) out.push({ kind: 'op', text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: 'punct', text: m[4] });
    else out.push({ kind: 'word', text: m[5] ?? '' });
  }
  return out;
}

const DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})$/;
const FIELDS: Record<string, JqlClause['field']> = {
  worklogdate: 'worklogDate',
  project: 'project',
  issuetype: 'issuetype',
  type: 'issuetype',
  parent: 'parent',
  reporter: 'reporter',
  created: 'created',
  createddate: 'created',
  labels: 'labels',
  label: 'labels',
  updated: 'updated',
  updateddate: 'updated',
  id: 'id',
  issue: 'id',
};
/** `reporter = currentUser()` is stored with this value. */
export const CURRENT_USER = 'currentUser()';
const RELATIVE = /^-(\d+)\s*([mhdw])$/;
const MINUTES = { m: 1, h: 60, d: 1440, w: 10_080 } as const;

/** "-90m" → 90; anything else → null (absolute dates are read in the profile's zone: not supported here). */
export function relativeMinutes(value: string): number | null {
  const m = RELATIVE.exec(value.trim());
  return m ? Number(m[1]) * MINUTES[m[2] as keyof typeof MINUTES] : null;
}

export const UNBOUNDED_MESSAGE = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

export function parseJql(jql: string): JqlResult {
  const tokens = tokenize(jql);
  if (typeof tokens === 'string') return { ok: false, status: 400, message: tokens };
  const clauses: JqlClause[] = [];
  const orderBy: JqlQuery['orderBy'] = [];
  let i = 0;
  const peekWord = (w: string): boolean => tokens[i]?.kind === 'word' && tokens[i]?.text.toLowerCase() === w;
  const fail = (message: string): JqlResult => ({ ok: false, status: 400, message: `Error in the JQL Query: ${message}` });

  while (i < tokens.length && !peekWord('order')) {
    if (clauses.length > 0) {
      if (!peekWord('and')) return fail(`Expecting either 'AND' or 'ORDER BY' but got '${tokens[i]?.text}'.`);
      i += 1;
    }
    const fieldTok = tokens[i];
    const opTok = tokens[i + 1];
    const valueTok = tokens[i + 2];
    if (!fieldTok || fieldTok.kind === 'op' || fieldTok.kind === 'punct') return fail('Expecting a field name.');
    const field = FIELDS[fieldTok.text.toLowerCase()];
    if (!field) return { ok: false, status: 400, message: `Field '${fieldTok.text}' does not exist or you do not have permission to view it.` };
    if (field === 'id') {
      const list = parseIdList(tokens, i + 1);
      if (typeof list === 'string') return fail(list);
      clauses.push({ field, op: list.op, value: '', values: list.values });
      i = list.next;
      continue;
    }
    if (opTok?.kind !== 'op') return fail(`Expecting an operator after '${fieldTok.text}'.`);
    if (!valueTok || (valueTok.kind !== 'string' && valueTok.kind !== 'word')) return fail(`Expecting a value after '${fieldTok.text} ${opTok.text}'.`);
    let value = valueTok.text;
    if (field === 'reporter') {
      if (valueTok.text.toLowerCase() !== 'currentuser' || tokens[i + 3]?.text !== '(' || tokens[i + 4]?.text !== ')') return fail("This fake knows only 'reporter = currentUser()'.");
      clauses.push({ field, op: opTok.text as JqlOperator, value: CURRENT_USER });
      i += 5;
      continue;
    }
    if (field === 'updated' && !isUpdatedValue(value)) return { ok: false, status: 400, message: updatedValueError(value) };
    if (field === 'created' && relativeMinutes(value) === null) return fail(`This fake knows only relative dates for 'created' ("-90m"), not '${value}'.`);
    if (field === 'worklogDate') {
      const d = DATE.exec(value);
      if (!d) return { ok: false, status: 400, message: `Date value '${value}' for field 'worklogDate' is invalid. Valid formats include: 'yyyy/MM/dd', 'yyyy-MM-dd'.` };
      value = `${d[1]}-${d[2]}-${d[3]}`;
    }
    clauses.push({ field, op: opTok.text as JqlOperator, value });
    i += 3;
  }
  if (i < tokens.length) {
    i += 1;
    if (!peekWord('by')) return fail("Expecting 'BY' after 'ORDER'.");
    i += 1;
    for (;;) {
      const f = tokens[i]?.text.toLowerCase();
      if (f !== 'id' && f !== 'key' && f !== 'issuekey' && f !== 'created') return fail(`Ordering by '${tokens[i]?.text ?? ''}' is not supported by this fake.`);
      i += 1;
      let desc = false;
      if (peekWord('asc') || peekWord('desc')) {
        desc = peekWord('desc');
        i += 1;
      }
      orderBy.push({ field: f === 'id' || f === 'created' ? f : 'key', desc });
      if (tokens[i]?.text !== ',') break;
      i += 1;
    }
    if (i < tokens.length) return fail(`Unexpected '${tokens[i]?.text}' after ORDER BY.`);
  }
  if (clauses.length === 0) return { ok: false, status: 400, message: UNBOUNDED_MESSAGE };
  return { ok: true, query: { clauses, orderBy } };
}

/** `id in (1, 2)` / `id not in (…)` / `id = 1`: numeric ids only (keys change when issues move). */
function parseIdList(tokens: Token[], at: number): { op: 'in' | 'not in'; values: string[]; next: number } | string {
  let i = at;
  const word = (w: string): boolean => tokens[i]?.kind === 'word' && tokens[i]?.text.toLowerCase() === w;
  const idValue = (t: Token | undefined): string | null => (t && (t.kind === 'word' || t.kind === 'string') && /^\d+$/.test(t.text) ? t.text : null);
  if (tokens[i]?.kind === 'op' && (tokens[i]?.text === '=' || tokens[i]?.text === '!=')) {
    const op = tokens[i]?.text === '=' ? 'in' : 'not in';
    const v = idValue(tokens[i + 1]);
    return v === null ? `Expecting an issue id after 'id ${tokens[i]?.text}'.` : { op, values: [v], next: i + 2 };
  }
  let op: 'in' | 'not in' = 'in';
  if (word('not')) {
    op = 'not in';
    i += 1;
  }
  if (!word('in')) return "Expecting '=', '!=', 'in' or 'not in' after 'id'.";
  i += 1;
  if (tokens[i]?.text !== '(') return "Expecting '(' after 'in'.";
  i += 1;
  const values: string[] = [];
  for (;;) {
    const v = idValue(tokens[i]);
    if (v === null) return `Expecting an issue id in the list, not '${tokens[i]?.text ?? ''}'.`;
    values.push(v);
    i += 1;
    if (tokens[i]?.text === ')') return { op, values, next: i + 1 };
    if (tokens[i]?.text !== ',') return "Expecting ',' or ')' in the list.";
    i += 1;
  }
}

export function compare(a: string, op: JqlClause['op'], b: string): boolean {
  switch (op) {
    case 'in':
    case 'not in':
      // Lists are judged by their clause (id), never as a plain comparison.
      return false;
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
  }
}
