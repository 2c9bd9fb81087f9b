import type { z } from 'zod';
import type { HalfDay } from '../../../shared/domain/leaves.js';
import { AppError } from '../errors.js';
import { HttpError } from '../http/http-error.js';
import type { HttpClient, QueryValue } from '../http/http-types.js';
import { normalizeFactorialBaseUrl } from './factorial-base-url.js';
import { factorialEmployeeSchema, factorialLeaveSchema, factorialLeaveTypeSchema, factorialPageSchema, toHalfDay } from './factorial-schemas.js';

/**
 * The dated API version we were written against. Factorial dates versions quarterly and keeps old
 * ones serving for a while; moving to a newer one is a deliberate change (re-check the fields the
 * schemas read), never automatic.
 */
export const FACTORIAL_API_VERSION = '2026-07-01';

/** Factorial's largest page. */
export const FACTORIAL_PAGE_LIMIT = 100;

/** The name used in HTTP errors and request counts (there is one Factorial account per workspace). */
export const FACTORIAL_INSTANCE_NAME = 'Factorial';

export interface FactorialEmployee {
  id: number;
  email: string | null;
  fullName: string | null;
}

export interface FactorialLeave {
  id: number;
  employeeId: number;
  from: string;
  to: string;
  halfDay: HalfDay | null;
  leaveTypeId: number | null;
  leaveTypeName: string | null;
  approved: boolean;
  deleted: boolean;
  updatedAt: string | null;
}

export interface FactorialLeaveType {
  id: number;
  name: string | null;
}

export interface LeavesQuery {
  from: string;
  to: string;
  employeeIds?: readonly number[];
  includeDeleted?: boolean;
}

export interface FactorialClient {
  readonly baseUrl: string;
  employees(filter?: { emails?: readonly string[]; ids?: readonly number[] }, signal?: AbortSignal): Promise<FactorialEmployee[]>;
  leaves(q: LeavesQuery, signal?: AbortSignal): Promise<FactorialLeave[]>;
  leaveTypes(signal?: AbortSignal): Promise<FactorialLeaveType[]>;
  /** One cheap request that needs a valid key: the first page of one employee. Resolves with the employee count when Factorial says it. */
  check(signal?: AbortSignal): Promise<{ employees: number | null }>;
}

export interface FactorialClientConfig {
  baseUrl?: string | null;
  /** The key is asked for when a request is about to be made, so a missing key fails that call with a clear message. */
  apiKey: () => Promise<string | null>;
}

export function createFactorialClient(http: HttpClient, config: FactorialClientConfig): FactorialClient {
  const baseUrl = normalizeFactorialBaseUrl(config.baseUrl);
  const resource = (path: string): string => `${baseUrl}/api/${FACTORIAL_API_VERSION}/resources/${path}`;

  const headers = async (): Promise<Record<string, string>> => {
    const key = (await config.apiKey())?.trim() ?? '';
    if (key === '') {
      throw new AppError('auth', 'No Factorial API key is saved: connect Factorial on the Leaves page (a Factorial admin creates the key in Factorial under Settings → API keys).');
    }
    return { 'x-api-key': key };
  };

  const refuse = (path: string, detail: string): HttpError =>
    new HttpError('bad_response', 'Factorial sent a page list that never ends (the same page again). Try again later, and send the log file (Help → Open log folder) to the developers if it keeps happening.', {
      service: 'factorial',
      instanceName: FACTORIAL_INSTANCE_NAME,
      detail: `GET ${path}: ${detail}`,
    });

  /** Every item of a cursor-paged list: follows `end_cursor` while `has_next_page`, never stopping on a short page. */
  async function all<T extends z.ZodType>(path: string, query: Record<string, QueryValue>, item: T, signal?: AbortSignal): Promise<Array<z.infer<T>>> {
    const h = await headers();
    const out: Array<z.infer<T>> = [];
    const seen = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const page = await http.request({
        service: 'factorial',
        instanceName: FACTORIAL_INSTANCE_NAME,
        url: resource(path),
        query: { ...query, limit: FACTORIAL_PAGE_LIMIT, after_id: after },
        headers: h,
        schema: factorialPageSchema(item),
        signal,
      });
      out.push(...(page.data as Array<z.infer<T>>));
      if (!page.meta.has_next_page) return out;
      const cursor = page.meta.end_cursor;
      if (cursor === null || cursor === undefined || cursor === '') throw refuse(path, 'has_next_page without end_cursor');
      // A cursor seen before would loop forever.
      if (seen.has(String(cursor))) throw refuse(path, 'end_cursor repeats');
      seen.add(String(cursor));
      after = String(cursor);
    }
  }

  return {
    baseUrl,

    async employees(filter = {}, signal) {
      const rows = await all(
        'employees/employees',
        { 'emails[]': filter.emails?.length ? [...filter.emails] : undefined, 'ids[]': filter.ids?.length ? [...filter.ids] : undefined },
        factorialEmployeeSchema,
        signal,
      );
      return rows.map((e) => ({
        id: e.id,
        email: e.email?.trim() || null,
        fullName: e.full_name?.trim() || [e.first_name, e.last_name].filter(Boolean).join(' ').trim() || null,
      }));
    },

    async leaves(q, signal) {
      const rows = await all(
        'timeoff/leaves',
        {
          from: q.from,
          to: q.to,
          'employee_ids[]': q.employeeIds?.length ? [...q.employeeIds] : undefined,
          include_deleted_leaves: q.includeDeleted === true ? true : undefined,
        },
        factorialLeaveSchema,
        signal,
      );
      return rows.map((l) => ({
        id: l.id,
        employeeId: l.employee_id,
        from: l.start_on,
        // A finish before the start is read as a one-day leave rather than refusing the whole page.
        to: l.finish_on && l.finish_on >= l.start_on ? l.finish_on : l.start_on,
        halfDay: toHalfDay(l.half_day),
        leaveTypeId: l.leave_type_id ?? null,
        leaveTypeName: l.leave_type_name?.trim() || null,
        approved: l.approved === true,
        deleted: l.deleted_at !== null && l.deleted_at !== undefined && l.deleted_at !== '',
        updatedAt: l.updated_at ?? null,
      }));
    },

    async leaveTypes(signal) {
      const rows = await all('timeoff/leave_types', {}, factorialLeaveTypeSchema, signal);
      return rows.map((t) => ({ id: t.id, name: t.name?.trim() || t.translated_name?.trim() || null }));
    },

    async check(signal) {
      const page = await http.request({
        service: 'factorial',
        instanceName: FACTORIAL_INSTANCE_NAME,
        url: resource('employees/employees'),
        query: { limit: 1 },
        headers: await headers(),
        schema: factorialPageSchema(factorialEmployeeSchema),
        signal,
      });
      return { employees: page.meta.total ?? null };
    },
  };
}
