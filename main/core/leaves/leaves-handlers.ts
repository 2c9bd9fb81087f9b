import type { Handlers } from '../dispatch.js';
import type { LeavesServices } from './leaves-services.js';

type LeavesChannels =
  | 'factorial.getConfig' | 'factorial.saveConfig' | 'factorial.test' | 'factorial.removeKey'
  | 'people.list' | 'people.unmapped' | 'people.autoMap' | 'people.map' | 'people.employees' | 'people.unmap'
  | 'leaves.sync' | 'leaves.list'
  | 'holidays.list' | 'holidays.add' | 'holidays.remove' | 'holidays.importIcs'
  | 'hours.report';

/** Leaves from Factorial, the people mapping behind them, holidays, and the expected hours they make. */
export function leavesHandlers(leaves: LeavesServices): Pick<Handlers, LeavesChannels> {
  return {
    'factorial.getConfig': () => leaves.config.view(),
    'factorial.saveConfig': async (input) => {
      const { view, check } = await leaves.config.save(input);
      return { view, employees: check.employees };
    },
    'factorial.test': () => leaves.config.test(),
    'factorial.removeKey': async () => ({ removed: await leaves.config.removeApiKey() }),
    'people.list': async () => leaves.mapping.list(),
    'people.unmapped': async () => leaves.mapping.unmapped(),
    'people.autoMap': (input) => leaves.mapping.autoMap(input.accountId === undefined ? {} : { accountId: input.accountId }),
    'people.map': async ({ accountId, employeeId }) => leaves.mapping.map(accountId, employeeId),
    'people.employees': ({ refresh }) => leaves.mapping.employeeList({ refresh: refresh === true }),
    'people.unmap': async ({ accountId }) => ({ removed: leaves.mapping.unmap(accountId) }),
    'leaves.sync': (range) => leaves.sync.sync(range),
    'leaves.list': async (range) => leaves.listLeaves(range),
    'holidays.list': async ({ from, to }) => leaves.holidays.list(from && to ? { from, to } : undefined),
    'holidays.add': async (h) => leaves.holidays.add(h),
    'holidays.remove': async ({ date }) => ({ removed: leaves.holidays.remove(date) }),
    'holidays.importIcs': async ({ ics }) => leaves.holidays.importIcs(ics),
    'hours.report': async (q) => leaves.hoursReport(q),
  };
}
