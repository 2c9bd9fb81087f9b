import { z } from 'zod';

/**
 * Zod schemas of the Jira Cloud REST v3 responses we read — only the fields we use. Objects are
 * loose: Jira adds fields freely, and an unknown field must never fail a sync.
 */

/**
 * `GET /rest/api/3/myself` (schema `User` in the platform spec). `emailAddress` depends on the
 * user's privacy settings: it may be missing, null or empty, so it is optional and normalised.
 */
export const jiraMyselfSchema = z.looseObject({
  accountId: z.string().min(1),
  displayName: z.string(),
  emailAddress: z
    .string()
    .nullish()
    .transform((v) => (v === null || v === undefined || v.trim() === '' ? undefined : v)),
  active: z.boolean().optional(),
  accountType: z.string().optional(),
  timeZone: z.string().optional(),
  locale: z.string().optional(),
});

export type JiraMyself = z.infer<typeof jiraMyselfSchema>;
