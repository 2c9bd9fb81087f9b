import { z } from 'zod';

/** Jira sends ids as strings, but tolerate numbers (older answers, proxies). */
const id = z.union([z.string().min(1), z.number().int()]).transform(String);

/** [CreatedIssue]: `POST /rest/api/3/issue` (201). */
export const jiraCreatedIssueSchema = z.looseObject({ id, key: z.string().min(1), self: z.string().optional() });

/** [CreatedIssues]: `POST /rest/api/3/issue/bulk` — the created issues, and one error per failed element. */
export const jiraCreatedIssuesSchema = z.looseObject({
  issues: z.array(jiraCreatedIssueSchema).default([]),
  errors: z
    .array(
      z.looseObject({
        status: z.number().int().optional(),
        failedElementNumber: z.number().int().optional(),
        elementErrors: z
          .looseObject({
            errorMessages: z.array(z.string()).optional(),
            errors: z.record(z.string(), z.string()).optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});

/** [Project], only what the checks need. */
export const jiraProjectSchema = z.looseObject({ id, key: z.string().min(1), name: z.string() });

/** [RemoteIssueLinkIdentifies]: 201 when created, 200 when the globalId already existed and was updated. */
export const jiraRemoteLinkSchema = z.looseObject({ id: z.number().int().optional(), self: z.string().optional() });
