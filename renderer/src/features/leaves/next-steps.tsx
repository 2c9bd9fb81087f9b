import { useState } from 'react';
import { Button } from '../../components/button';
import { InlineAlert } from '../../components/inline-alert';
import type { Step } from '../../components/step-list';
import { StepList } from '../../components/step-list';
import { useLeavesStore } from './leaves-store';
import { syncLeavesWithToast, useAutoMap } from './use-leaves-actions';

/** Set once the lead has been through the steps: the guide stays away from then on. */
export const GUIDE_DONE_KEY = 'worklog-desk.leaves.guide-done';

const readDone = (): boolean => {
  try {
    return localStorage.getItem(GUIDE_DONE_KEY) === '1';
  } catch {
    return false;
  }
};

/**
 * Right after connecting Factorial, the top of the Leaves page says what to do next, in order:
 * map people automatically → sync leaves → see the calendar. Each step is ticked when done; only
 * the current one has a live button.
 */
export function LeavesNextSteps({ onShowCalendar }: { onShowCalendar(): void }) {
  const people = useLeavesStore((s) => s.people);
  const leaves = useLeavesStore((s) => s.leaves);
  const syncedOnce = useLeavesStore((s) => s.syncedOnce);
  const syncing = useLeavesStore((s) => s.syncing);
  const dataStatus = useLeavesStore((s) => s.dataStatus);
  const autoMap = useAutoMap();
  const [done, setDone] = useState(readDone);

  if (done || (dataStatus !== 'ready' && people.length === 0)) return null;
  const mapped = people.some((p) => p.employeeId !== null);
  const synced = syncedOnce || leaves.length > 0;

  const finish = (): void => {
    try {
      localStorage.setItem(GUIDE_DONE_KEY, '1');
    } catch {
      // Not remembered: the guide shows again next time, nothing worse.
    }
    setDone(true);
    onShowCalendar();
  };

  const steps: Step[] = [
    {
      id: 'map',
      title: 'Map people automatically',
      text: 'Matches the Jira people who log time with their Factorial employees by email.',
      done: mapped,
      action: (
        <Button size="sm" variant="primary" pending={autoMap.pending} onClick={() => void autoMap.run()}>
          Map people automatically
        </Button>
      ),
    },
    {
      id: 'sync',
      title: 'Sync leaves',
      text: 'Fetches this month’s time off from Factorial.',
      done: synced,
      action: (
        <Button size="sm" variant="primary" pending={syncing} onClick={() => void syncLeavesWithToast()}>
          Sync leaves
        </Button>
      ),
    },
    {
      id: 'calendar',
      title: 'See the calendar',
      text: 'Who is off when, next to the hours they logged.',
      done: false,
      action: (
        <Button size="sm" variant="primary" onClick={finish}>
          See the calendar
        </Button>
      ),
    },
  ];

  return (
    <section className="card lv-steps" aria-labelledby="lv-steps-title">
      <h2 id="lv-steps-title" className="lv-panel__title">
        Next steps
      </h2>
      {autoMap.error && <InlineAlert tone="error">{autoMap.error}</InlineAlert>}
      <StepList steps={steps} actions="current" className="lv-steps__list" />
    </section>
  );
}
