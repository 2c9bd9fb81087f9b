/**
 * The demo's Tempo team and timesheet approvals for "Acme": its first eight people form the team
 * "Acme Delivery" (one at 50 %), and last month's timesheets carry a mix of statuses — approved,
 * submitted, rejected (sent back by the lead) and open — while this month's are mostly still open.
 * Link the team in "My team" → Tempo team to see the statuses on the Timesheet.
 */
import { presetRange } from '../../shared/domain/dates.js';
import type { DemoSite } from './demo-world.js';
import type { FakeApprovalStatus, FakeTempoOptions } from './fake-tempo.js';
import { approvalKey } from './tempo/approvals-state.js';

const LAST_MONTH: Array<FakeApprovalStatus['key'] | 'REJECTED'> = ['APPROVED', 'APPROVED', 'IN_REVIEW', 'REJECTED', 'APPROVED', 'OPEN', 'IN_REVIEW', 'APPROVED'];

export function demoTempoExtras(acme: DemoSite, today: Date = new Date()): Pick<FakeTempoOptions, 'teams' | 'approvals'> {
  const people = acme.world.users.filter((u) => u.accountId !== acme.lead.accountId).slice(0, 8);
  const lastMonth = presetRange('last-month', today).from;
  const thisMonth = presetRange('this-month', today).from;
  const statuses = new Map<string, FakeApprovalStatus>();
  people.forEach((p, i) => {
    const last = LAST_MONTH[i] ?? 'OPEN';
    // Tempo has no REJECTED key: a rejected timesheet is OPEN again, set so by the reviewer.
    statuses.set(approvalKey(p.accountId, lastMonth), last === 'REJECTED' ? { key: 'OPEN', actor: acme.lead.accountId, comment: 'Two days are missing' } : { key: last, actor: last === 'APPROVED' ? acme.lead.accountId : p.accountId });
    if (i < 2) statuses.set(approvalKey(p.accountId, thisMonth), { key: 'IN_REVIEW' });
  });
  return {
    teams: [{ id: 1, name: 'Acme Delivery', members: people.map((p, i) => ({ accountId: p.accountId, commitmentPercent: i === 7 ? 50 : 100 })) }],
    approvals: { period: 'month', statuses, reviewer: acme.lead.accountId },
  };
}
