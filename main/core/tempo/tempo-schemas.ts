import { z } from 'zod';

/**
 * Zod schemas of the Tempo v4 responses we read (only what we use; loose objects, since Tempo
 * adds fields). Pages are `{self, metadata:{count, offset, limit, next?}, results}`; `count` is the
 * size of this page, and `next` is absent on the last one.
 */
export const tempoPageMetadataSchema = z.looseObject({
  count: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  // Absent on the last page; null is read the same way, should Tempo ever send it.
  next: z.string().nullish(),
});

export function tempoPageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    self: z.string(),
    metadata: tempoPageMetadataSchema,
    results: z.array(item),
  });
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A v4 `Worklog`. Required: what sync reads to store a row (id, issue id, author, date, seconds).
 * The spec marks `issue.id` optional, but a worklog we cannot tie to an issue is useless to us, so
 * its absence is a shape error. `startTime` is "HH:mm:ss" in practice, though the spec's example is
 * a number (seconds of the day): both are accepted and normalised in tempo-worklog.ts.
 */
export const tempoWorklogSchema = z.looseObject({
  tempoWorklogId: z.number().int(),
  issue: z.looseObject({ id: z.number().int() }),
  author: z.looseObject({ accountId: z.string().min(1) }),
  startDate: isoDay,
  startTime: z.union([z.string(), z.number()]).nullish(),
  startDateTimeUtc: z.string().nullish(),
  timeSpentSeconds: z.number().int().nonnegative(),
  description: z.string().nullish(),
  updatedAt: z.string().nullish(),
});

export type TempoWorklogRecord = z.infer<typeof tempoWorklogSchema>;

/** `DaySchedule`: `type` is kept as a string, since Tempo may add kinds of day beyond the four it documents. */
export const tempoDayScheduleSchema = z.looseObject({
  date: isoDay,
  requiredSeconds: z.number().int().nonnegative().max(86_400),
  type: z.string().min(1).max(64),
  // The holiday scheme's day, when there is one: only its name is kept.
  holiday: z.looseObject({ name: z.string().nullish() }).nullish(),
});

/** `DayScheduleResults`: not paged (its metadata has only `count`). */
export const tempoDayScheduleResultsSchema = z.looseObject({
  self: z.string(),
  metadata: z.looseObject({ count: z.number().int() }),
  results: z.array(tempoDayScheduleSchema),
});

/** A v4 `Team` as `/4/teams` lists it: what the team picker shows. */
export const tempoTeamSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().min(1).max(400),
});

/**
 * One entry of `/4/teams/{id}/members` (`MemberMemberships`): the person and their active
 * membership, with its commitment (a 50 % member owes half their hours) and dates — `to` is
 * exclusive in Tempo's API, `inclusiveTo` inclusive.
 */
export const tempoMemberMembershipsSchema = z.looseObject({
  member: z.looseObject({ accountId: z.string().min(1).max(128) }),
  memberships: z.looseObject({
    active: z
      .looseObject({
        commitmentPercent: z.number().int().min(0).max(100).nullish(),
        from: isoDay.nullish(),
        to: isoDay.nullish(),
        inclusiveTo: isoDay.nullish(),
      })
      .nullish(),
  }),
});

/** `TimesheetApprovalPeriodsBean` of `GET /4/periods`: the approval periods over a range. */
export const tempoPeriodsSchema = z.looseObject({
  periods: z.array(z.looseObject({ from: isoDay, to: isoDay })),
});

/**
 * A v4 `TimesheetApproval`. `status.key` is OPEN, IN_REVIEW or APPROVED in the published spec;
 * read as any string so a key Tempo adds later (or REJECTED) is mapped, not a failed sync.
 */
export const tempoTimesheetApprovalSchema = z.looseObject({
  period: z.looseObject({ from: isoDay, to: isoDay }),
  requiredSeconds: z.number().int().min(0),
  timeSpentSeconds: z.number().int().min(0),
  user: z.looseObject({ accountId: z.string().min(1).max(128) }),
  reviewer: z.looseObject({ accountId: z.string() }).nullish(),
  status: z
    .looseObject({
      key: z.string().min(1),
      actor: z.looseObject({ accountId: z.string() }).nullish(),
      comment: z.string().nullish(),
    })
    .nullish(),
});

/** `TimesheetApprovalResults` of `GET /4/timesheet-approvals/team/{teamId}`: metadata holds only `count`. */
export const tempoTimesheetApprovalResultsSchema = z.looseObject({
  self: z.string(),
  metadata: z.looseObject({ count: z.number().int() }),
  results: z.array(tempoTimesheetApprovalSchema),
});
