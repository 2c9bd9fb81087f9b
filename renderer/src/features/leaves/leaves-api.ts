/**
 * The Leaves page's calls to main made from its panels (what the page shows is loaded by
 * leaves-store.ts): one thin, typed function per channel, so components never name a channel.
 */
import type { ChannelResult } from '../../../../shared/contract';
import type { EmployeeView, Holiday, PersonMapping } from '../../../../shared/domain/leaves';
import { call } from '../../api';

/** Maps every unmapped person to the Factorial employee with the same email. */
export const autoMapPeople = (): Promise<ChannelResult<'people.autoMap'>> => call('people.autoMap', {});

/** Maps one Jira person to a Factorial employee by hand. */
export const mapPerson = (accountId: string, employeeId: number): Promise<PersonMapping> => call('people.map', { accountId, employeeId });

/** Forgets one person's mapping. */
export const unmapPerson = async (accountId: string): Promise<void> => {
  await call('people.unmap', { accountId });
};

/** Factorial's employees: the cached list, or read again from Factorial with `refresh`. */
export const readEmployees = (options: { refresh?: boolean } = {}): Promise<EmployeeView[]> => call('people.employees', options);

/** Adds a public holiday. */
export const addHoliday = (date: string, name: string): Promise<Holiday> => call('holidays.add', { date, name });

/** Removes a public holiday. */
export const removeHoliday = async (date: string): Promise<void> => {
  await call('holidays.remove', { date });
};

/** Adds or updates the holidays found in an .ics calendar's text. */
export const importHolidays = (ics: string): Promise<ChannelResult<'holidays.importIcs'>> => call('holidays.importIcs', { ics });

/** Tries the saved Factorial key. */
export const testFactorial = (): Promise<ChannelResult<'factorial.test'>> => call('factorial.test');
