import type { HalfDay, Leave } from '../../../shared/domain/leaves.js';
import type { FactorialLeave } from '../factorial/factorial-client.js';
import type { Db } from '../store/open-database.js';

interface LeaveRow {
  id: number;
  employee_id: number;
  account_id: string | null;
  employee_name: string | null;
  start_on: string;
  finish_on: string;
  half_day: HalfDay | null;
  leave_type_name: string | null;
  approved: 0 | 1;
}

/** An approved leave of a mapped person, as expected hours need it. */
export interface AccountLeave {
  accountId: string;
  from: string;
  to: string;
  halfDay: HalfDay | null;
}

const toLeave = (r: LeaveRow): Leave => ({
  id: r.id,
  employeeId: r.employee_id,
  accountId: r.account_id,
  employeeName: r.employee_name,
  from: r.start_on,
  to: r.finish_on,
  halfDay: r.half_day,
  type: r.leave_type_name,
  approved: r.approved === 1,
});

// Overlap with [from, to]: starts on or before its last day and ends on or after its first.
const OVERLAP = 'l.finish_on >= @from AND l.start_on <= @to';

/** Stored Factorial leaves. */
export function leavesRepo(db: Db) {
  const upsert = db.prepare(`
    INSERT INTO leaves (id, employee_id, start_on, finish_on, half_day, leave_type_id, leave_type_name, approved, updated_at, synced_at)
    VALUES (@id, @employeeId, @from, @to, @halfDay, @leaveTypeId, @leaveTypeName, @approved, @updatedAt, @syncedAt)
    ON CONFLICT (id) DO UPDATE SET employee_id = excluded.employee_id, start_on = excluded.start_on, finish_on = excluded.finish_on,
      half_day = excluded.half_day, leave_type_id = excluded.leave_type_id, leave_type_name = excluded.leave_type_name,
      approved = excluded.approved, updated_at = excluded.updated_at, synced_at = excluded.synced_at`);
  const one = db.prepare('SELECT employee_id, start_on, finish_on, half_day, leave_type_id, leave_type_name, approved, updated_at FROM leaves WHERE id = ?');
  return {
    /** 'inserted', 'updated' or 'same' (stored as it was; synced_at is still refreshed). */
    put(l: FactorialLeave, syncedAt: string): 'inserted' | 'updated' | 'same' {
      const before = one.get(l.id) as Record<string, unknown> | undefined;
      const row = {
        employee_id: l.employeeId,
        start_on: l.from,
        finish_on: l.to,
        half_day: l.halfDay,
        leave_type_id: l.leaveTypeId,
        leave_type_name: l.leaveTypeName,
        approved: l.approved ? 1 : 0,
        updated_at: l.updatedAt,
      };
      upsert.run({ id: l.id, employeeId: l.employeeId, from: l.from, to: l.to, halfDay: l.halfDay, leaveTypeId: l.leaveTypeId, leaveTypeName: l.leaveTypeName, approved: row.approved, updatedAt: l.updatedAt, syncedAt });
      if (!before) return 'inserted';
      return Object.entries(row).every(([k, v]) => before[k] === v) ? 'same' : 'updated';
    },
    remove(id: number): boolean {
      return db.prepare('DELETE FROM leaves WHERE id = ?').run(id).changes > 0;
    },
    /** Ids of stored leaves overlapping the range (optionally of some employees only). */
    idsOverlapping(from: string, to: string): number[] {
      return (db.prepare(`SELECT id FROM leaves l WHERE ${OVERLAP}`).all({ from, to }) as Array<{ id: number }>).map((r) => r.id);
    },
    /** Leaves overlapping the range, approved and pending, with the account mapped to each employee. */
    list(from: string, to: string): Leave[] {
      const rows = db
        .prepare(
          `SELECT l.id, l.employee_id, (SELECT MIN(m.account_id) FROM people_map m WHERE m.employee_id = l.employee_id) AS account_id,
             (SELECT e.full_name FROM factorial_employees e WHERE e.id = l.employee_id) AS employee_name,
             l.start_on, l.finish_on, l.half_day, l.leave_type_name, l.approved
           FROM leaves l WHERE ${OVERLAP} ORDER BY l.start_on, l.employee_id, l.id`,
        )
        .all({ from, to }) as LeaveRow[];
      return rows.map(toLeave);
    },
    /** Approved leaves overlapping the range, once per mapped account (an employee may have two accounts). */
    approvedByAccount(from: string, to: string): AccountLeave[] {
      return db
        .prepare(
          `SELECT m.account_id AS accountId, l.start_on AS "from", l.finish_on AS "to", l.half_day AS halfDay
           FROM leaves l JOIN people_map m ON m.employee_id = l.employee_id
           WHERE l.approved = 1 AND ${OVERLAP}`,
        )
        .all({ from, to }) as AccountLeave[];
    },
  };
}

export type LeavesRepo = ReturnType<typeof leavesRepo>;
