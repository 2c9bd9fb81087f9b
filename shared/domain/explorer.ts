import { z } from 'zod';
import { isIsoDate } from './dates.js';

/** The dimensions the explorer groups by; each maps to one key column (see explorer-query.ts). */
export const GROUP_BY = ['person', 'epic', 'project', 'issue', 'day'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const GROUP_SORT = ['seconds', 'label', 'count'] as const;
export const SORT_DIR = ['asc', 'desc'] as const;
export type SortDir = (typeof SORT_DIR)[number];

const isoDate = z.string().refine(isIsoDate, 'Use a date like 2026-11-30 (YYYY-MM-DD).');
const nonEmpty = z.string().trim().min(1);
// Bound list sizes: every value becomes a bound parameter and SQLite allows 32,766 per statement.
const list = <T extends z.ZodType>(item: T) => z.array(item).max(1000, 'Too many values in one filter (at most 1,000).');

/** The filters every explorer view shares (groups, rows, facets). Dates are the authors' local dates, both inclusive. */
const filterShape = {
    from: isoDate,
    to: isoDate,
    instanceIds: list(nonEmpty).optional(),
    projectKeys: list(nonEmpty).optional(),
    /** `null` in the list selects worklogs without an epic. */
    epicKeys: list(nonEmpty.nullable()).optional(),
    authorAccountIds: list(nonEmpty).optional(),
    /**
     * Exact issues: their keys, or "#<issue id>" for an issue Jira did not name (the key of its
     * group). Combine with instanceIds: keys are unique within one Jira site only.
     */
    issueKeys: list(nonEmpty).optional(),
    /** Case- and accent-insensitive substring of issue key, summary or comment. */
    text: z.string().max(200, 'The search text is too long (at most 200 characters).').optional(),
    /** Only worklogs of "my team" members. */
    teamOnly: z.boolean().optional(),
};
const rangeInOrder = (q: { from: string; to: string }): boolean => q.from <= q.to;
const RANGE_ORDER = { message: 'The range must start on or before its last day.', path: ['from'] };

export const explorerFilterSchema = z.object(filterShape).refine(rangeInOrder, RANGE_ORDER);
export type ExplorerFilter = z.infer<typeof explorerFilterSchema>;

export const explorerQuerySchema = z
  .object({
    ...filterShape,
    groupBy: z.enum(GROUP_BY),
    sort: z.object({ by: z.enum(GROUP_SORT), dir: z.enum(SORT_DIR) }).optional(),
  })
  .refine(rangeInOrder, RANGE_ORDER);
export type ExplorerQuery = z.infer<typeof explorerQuerySchema>;

export interface ExplorerGroup {
  /**
   * Account id, epic key, project key, issue key (or "#<issue id>" when Jira did not name the
   * issue) or date; null = "no epic" / "no project". An issue group's key, given to the filter's
   * issueKeys with the group's instanceId, selects exactly the group's worklogs.
   */
  key: string | null;
  /** The human name: display name, epic / issue summary, project name, or the date. */
  label: string;
  seconds: number;
  /** Number of worklogs. */
  count: number;
  /** Distinct authors. */
  people: number;
  /**
   * Keys are unique within a Jira site only, so project, epic and issue groups are per instance
   * (two sites may both have a "CORE" project). null for person and day groups.
   */
  instanceId: string | null;
}

export interface ExplorerTotals {
  seconds: number;
  count: number;
  people: number;
}

export interface ExplorerResult {
  groups: ExplorerGroup[];
  totals: ExplorerTotals;
}

/** Row columns the paged table sorts by. */
export const ROW_SORT = ['date', 'seconds', 'author', 'issue', 'project', 'epic'] as const;
export type RowSort = (typeof ROW_SORT)[number];

export const explorerRowsInputSchema = z.object({
  query: explorerFilterSchema,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
  sort: z.object({ by: z.enum(ROW_SORT), dir: z.enum(SORT_DIR) }).optional(),
});
export type ExplorerRowsInput = z.input<typeof explorerRowsInputSchema>;

export interface Facet {
  key: string | null;
  label: string;
  count: number;
  /** Person facets: whether the person is in "my team" (team members come first). */
  team?: boolean;
  instanceId?: string | null;
}

export interface ExplorerFacets {
  instances: Facet[];
  projects: Facet[];
  epics: Facet[];
  authors: Facet[];
}

/**
 * Lower case without diacritics ("Zoë" → "zoe", "Łukasz" → "lukasz"): the form text search
 * compares, on both sides, so a search matches whatever accents the user typed or omitted.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase();
}

/** Separates the searched columns in searchText: no needle can span two of them. */
export const SEARCH_SEPARATOR = '\u0001';

/**
 * What text search looks in, as stored with each worklog (the `search` column, see migration 006):
 * issue key, summary and comment, folded, joined by a separator no needle contains.
 */
export function searchText(issueKey: string | null, issueSummary: string | null, comment: string | null): string {
  return foldText([issueKey ?? '', issueSummary ?? '', comment ?? ''].join(SEARCH_SEPARATOR));
}

/** The needle text search compares with searchText: folded, trimmed, without control characters. */
export function searchNeedle(text: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  return text === undefined ? '' : foldText(text.replace(/[\u0000-\u001f]/g, '').trim());
}
