import { useState } from 'react';
import { autoMapPeople } from './leaves-api';
import { useLeavesStore } from './leaves-store';
import { useToastStore } from '../../stores/toast-store';
import { monthTitle } from './leave-format';
import { plural } from '../../format';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : 'That did not work. Try again.');

/** "Ada Lovelace, Grace Hopper and 3 more". */
export function someNames(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/**
 * "Map automatically by email", shared by the People panel and the next steps at the top of the
 * page: the toast names who is still unmapped, so the lead knows whom to map by hand.
 */
export function useAutoMap(): { run(): Promise<void>; pending: boolean; error: string | null } {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (): Promise<void> => {
    setPending(true);
    setError(null);
    try {
      const r = await autoMapPeople();
      await useLeavesStore.getState().loadPeople();
      const left = r.people.filter((p) => p.employeeId === null).map((p) => p.name);
      const still = left.length === 0 ? 'everyone is mapped.' : `still unmapped: ${someNames(left)}.`;
      useToastStore.getState().show(`Mapped ${plural(r.mapped, 'person', 'people')} by email · ${still}`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error };
}

/** "Sync leaves" for the shown month, with its outcome as a toast. */
export async function syncLeavesWithToast(): Promise<boolean> {
  const month = useLeavesStore.getState().month;
  try {
    const r = await useLeavesStore.getState().syncLeaves();
    const c = r.counts;
    useToastStore.getState().show(`Leaves for ${monthTitle(month)} synced: ${c.fetched} fetched · ${c.inserted} new · ${c.updated} changed · ${c.deleted} removed.`);
    return true;
  } catch (e) {
    useToastStore.getState().show(e instanceof Error ? e.message : 'The leaves sync did not finish. Try again.', 'error');
    return false;
  }
}
