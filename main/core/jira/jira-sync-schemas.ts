import { z } from 'zod';

/**
 * Zod schemas of the Jira Cloud REST v3 answers the sync reads (platform spec names in brackets).
 * Only what we read is required, and every object is loose: Jira adds fields freely, and an unknown
 * field must never fail a sync. No transforms on worklogs, so the parsed record equals the one
 * received and can be kept as `raw`.
 */

/** The spec types ids as strings (int64 for worklog ids in change feeds); accept both. */
export const jiraIdSchema = z.union([z.string().min(1), z.number().int()]);

/** `Worklog.author` [UserDetails]: a deleted or anonymised account still has an accountId. */
const worklogAuthorSchema = z.looseObject({
  accountId: z.string().min(1),
  displayName: z.string().nullish(),
  /** Present only when the user's privacy settings show it. */
  emailAddress: z.string().nullish(),
  /** IANA zone of the author (`Australia/Sydney`); absent or null when their privacy settings hide it. */
  timeZone: z.string().nullish(),
});

/** [Worklog] */
export const jiraWorklogSchema = z.looseObject({
  id: jiraIdSchema,
  issueId: jiraIdSchema,
  author: worklogAuthorSchema,
  started: z.string().min(1),
  timeSpentSeconds: z.number().int().nonnegative(),
  /** Atlassian Document Format; absent when the worklog has no comment. */
  comment: z.unknown().optional(),
  updated: z.string().nullish(),
});
export type JiraWorklog = z.infer<typeof jiraWorklogSchema>;

/** [IssueTypeDetails]; `hierarchyLevel` is missing on some old company-managed types. */
const issueTypeFieldSchema = z.looseObject({
  name: z.string(),
  hierarchyLevel: z.number().int().optional(),
  subtask: z.boolean().optional(),
});

const projectFieldSchema = z.looseObject({ key: z.string().min(1), name: z.string() });

/** The `worklog` field embedded in a search hit: at most 20 worklogs plus the issue's total. */
const embeddedWorklogsSchema = z.looseObject({
  total: z.number().int().nonnegative(),
  worklogs: z.array(jiraWorklogSchema),
});

/** [IssueBean] with the fields the sync asks for; `parent` and `worklog` may be absent. */
export const jiraIssueSchema = z.looseObject({
  id: jiraIdSchema,
  key: z.string().min(1),
  fields: z.looseObject({
    summary: z.string(),
    issuetype: issueTypeFieldSchema,
    project: projectFieldSchema,
    parent: z.looseObject({ id: jiraIdSchema }).nullish(),
    worklog: embeddedWorklogsSchema.nullish(),
  }),
});
export type JiraIssue = z.infer<typeof jiraIssueSchema>;

/** `GET /rest/api/3/search/jql` [SearchAndReconcileResults]: no `total`; `nextPageToken` absent on the last page. */
export const jiraSearchPageSchema = z.looseObject({
  issues: z.array(jiraIssueSchema),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/** `GET /rest/api/3/issue/{id}/worklog` [PageOfWorklogs]. */
export const jiraWorklogPageSchema = z.looseObject({
  startAt: z.number().int().nonnegative().optional(),
  maxResults: z.number().int().optional(),
  total: z.number().int().nonnegative(),
  worklogs: z.array(jiraWorklogSchema),
});

/** `POST /rest/api/3/issue/bulkfetch` [BulkIssueResults]; `issueErrors` is not read. */
export const jiraBulkFetchSchema = z.looseObject({
  issues: z.array(jiraIssueSchema).optional(),
  issueErrors: z.array(z.unknown()).optional(),
});

/** [User]: `emailAddress` depends on each user's privacy settings (missing, null or empty). */
const jiraUserSchema = z.looseObject({
  accountId: z.string().min(1),
  displayName: z.string(),
  emailAddress: z.string().nullish(),
  active: z.boolean().optional(),
});

/** `GET /rest/api/3/user/bulk` [PageBeanUser]. */
export const jiraUserPageSchema = z.looseObject({
  values: z.array(jiraUserSchema),
  isLast: z.boolean().optional(),
  total: z.number().int().optional(),
});

/** `GET /rest/api/3/worklog/updated|deleted` [ChangedWorklogs]. */
export const jiraChangedWorklogsSchema = z.looseObject({
  values: z.array(z.looseObject({ worklogId: jiraIdSchema, updatedTime: z.number().int() })),
  since: z.number().int().optional(),
  until: z.number().int().optional(),
  lastPage: z.boolean().optional(),
  nextPage: z.string().nullish(),
});

/** `POST /rest/api/3/worklog/list`: a bare array of [Worklog]. */
export const jiraWorklogListSchema = z.array(jiraWorklogSchema);

/** `GET /rest/api/3/project/search` [PageBeanProject]. */
export const jiraProjectPageSchema = z.looseObject({
  values: z.array(z.looseObject({ id: jiraIdSchema, key: z.string().min(1), name: z.string() })),
  isLast: z.boolean().optional(),
  total: z.number().int().optional(),
});

const createMetaIssueTypeSchema = z.looseObject({
  id: jiraIdSchema,
  name: z.string(),
  hierarchyLevel: z.number().int().optional(),
  subtask: z.boolean().optional(),
});

/**
 * `GET /rest/api/3/issue/createmeta/{p}/issuetypes` [PageOfCreateMetaIssueTypes]: the spec names
 * the list `issueTypes`; older answers and some docs call it `values`, so either is accepted.
 */
export const jiraCreateMetaIssueTypesSchema = z.looseObject({
  issueTypes: z.array(createMetaIssueTypeSchema).optional(),
  values: z.array(createMetaIssueTypeSchema).optional(),
  startAt: z.number().int().optional(),
  total: z.number().int().optional(),
});
