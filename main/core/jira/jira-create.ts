import { isAppError } from '../errors.js';
import type { JiraApi } from './jira-api.js';
import { chunks } from './jira-api.js';
import { jiraCreatedIssueSchema, jiraCreatedIssuesSchema, jiraProjectSchema, jiraRemoteLinkSchema } from './jira-create-schemas.js';
import type { JiraProject } from './jira-projects.js';

export { issueTypesForProject } from './jira-projects.js';
export type { JiraIssueType, JiraProject } from './jira-projects.js';

/** Jira's limit on `issueUpdates` per bulk create call. */
export const BULK_CREATE_LIMIT = 50;

export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: Array<{ type: 'paragraph'; content: Array<{ type: 'text'; text: string } | { type: 'hardBreak' }> }>;
}

/**
 * Plain text as Atlassian Document Format, which v3 requires for `description` (a string is
 * refused). Blank lines separate paragraphs; single line breaks stay breaks inside one. Text is
 * passed through untouched, so accents, emoji and quotes arrive as typed.
 */
export function adfFromText(text: string): AdfDoc {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({
      type: 'paragraph' as const,
      content: p.split('\n').flatMap((line, i) => [
        ...(i > 0 ? [{ type: 'hardBreak' as const }] : []),
        // ADF refuses empty text nodes.
        ...(line === '' ? [] : [{ type: 'text' as const, text: line }]),
      ]),
    })),
  };
}

export interface NewIssue {
  projectKey: string;
  /** From createmeta: the id is what the project accepts regardless of the type's translated name. */
  issueTypeId: string;
  summary: string;
  description?: string | undefined;
  labels?: string[] | undefined;
  parentKey?: string | undefined;
}

export interface CreatedIssue {
  id: string;
  key: string;
}

function issueUpdate(i: NewIssue): { fields: Record<string, unknown> } {
  const description = i.description?.trim() ? adfFromText(i.description) : undefined;
  return {
    fields: {
      project: { key: i.projectKey },
      issuetype: { id: i.issueTypeId },
      summary: i.summary,
      ...(description ? { description } : {}),
      ...(i.labels && i.labels.length > 0 ? { labels: i.labels } : {}),
      ...(i.parentKey ? { parent: { key: i.parentKey } } : {}),
    },
  };
}

/** `POST /rest/api/3/issue`. Not idempotent: the pipeline retries it only when Jira surely did not act. */
export async function createIssue(api: JiraApi, issue: NewIssue, signal?: AbortSignal): Promise<CreatedIssue> {
  const r = await api.call({ method: 'POST', path: '/rest/api/3/issue', body: issueUpdate(issue), schema: jiraCreatedIssueSchema, signal, idempotent: false });
  return { id: r.id, key: r.key };
}

export type BulkOutcome = ({ ok: true } & CreatedIssue) | { ok: false; message: string };

function elementMessage(e: { elementErrors?: { errorMessages?: string[] | undefined; errors?: Record<string, string> | undefined } | undefined; status?: number | undefined }): string {
  const parts = [...(e.elementErrors?.errorMessages ?? []), ...Object.entries(e.elementErrors?.errors ?? {}).map(([field, msg]) => `${field}: ${msg}`)];
  return parts.length > 0 ? `Jira refused it: ${parts.join(' ')}` : `Jira refused it (${e.status ?? 'no status'}).`;
}

/**
 * `POST /rest/api/3/issue/bulk`, ≤50 per call, one outcome per input in input order. Jira lists
 * the created issues in order and names each failure by its index (`failedElementNumber`), so
 * successes are matched to the inputs that did not fail. When every element fails Jira answers
 * 400; each then carries the call's message. `onChunk` sees each call's outcomes as soon as they
 * arrive, so the caller can record them before the next call (a crash loses nothing created).
 */
export async function bulkCreateIssues(
  api: JiraApi,
  issues: readonly NewIssue[],
  options: { signal?: AbortSignal; onChunk?: (outcomes: BulkOutcome[], offset: number) => void } = {},
): Promise<BulkOutcome[]> {
  const out: BulkOutcome[] = [];
  for (const batch of chunks(issues, BULK_CREATE_LIMIT)) {
    const offset = out.length;
    let outcomes: BulkOutcome[];
    try {
      const r = await api.call({
        method: 'POST',
        path: '/rest/api/3/issue/bulk',
        body: { issueUpdates: batch.map(issueUpdate) },
        schema: jiraCreatedIssuesSchema,
        signal: options.signal,
        idempotent: false,
      });
      const failed = new Map<number, string>();
      for (const e of r.errors) if (e.failedElementNumber !== undefined) failed.set(e.failedElementNumber, elementMessage(e));
      const created = [...r.issues];
      outcomes = batch.map((_, i): BulkOutcome => {
        const message = failed.get(i);
        if (message !== undefined) return { ok: false, message };
        const c = created.shift();
        return c ? { ok: true, id: c.id, key: c.key } : { ok: false, message: 'Jira did not report this issue as created.' };
      });
    } catch (e) {
      // 400: Jira refused every element of the call; anything else (5xx, network) is unknown, and
      // the caller stops — a retry later checks what is recorded.
      if (isAppError(e) && e.status === 400) outcomes = batch.map(() => ({ ok: false as const, message: e.message }));
      else throw e;
    }
    options.onChunk?.(outcomes, offset);
    out.push(...outcomes);
  }
  return out;
}

/** `GET /rest/api/3/project/{key}`; null when Jira says it does not exist (or the account cannot see it). */
export async function findProject(api: JiraApi, projectKey: string, signal?: AbortSignal): Promise<JiraProject | null> {
  try {
    const p = await api.call({ path: `/rest/api/3/project/${encodeURIComponent(projectKey)}`, schema: jiraProjectSchema, signal });
    return { id: p.id, key: p.key, name: p.name };
  } catch (e) {
    if (isAppError(e) && e.status === 404) return null;
    throw e;
  }
}

export interface RemoteLink {
  /** Identifies the link on the issue: Jira updates the link with the same globalId instead of adding one. */
  globalId: string;
  url: string;
  title: string;
  summary?: string;
}

/**
 * `POST /rest/api/3/issue/{key}/remotelink`. Safe to send twice thanks to the globalId, but the
 * pipeline is still told it is not idempotent, as for every write.
 */
export async function upsertRemoteLink(api: JiraApi, issueKey: string, link: RemoteLink, signal?: AbortSignal): Promise<{ id: string | null }> {
  const r = await api.call({
    method: 'POST',
    path: `/rest/api/3/issue/${encodeURIComponent(issueKey)}/remotelink`,
    body: { globalId: link.globalId, object: { url: link.url, title: link.title, ...(link.summary ? { summary: link.summary } : {}) } },
    schema: jiraRemoteLinkSchema,
    signal,
    idempotent: false,
  });
  return { id: r.id === undefined ? null : String(r.id) };
}
