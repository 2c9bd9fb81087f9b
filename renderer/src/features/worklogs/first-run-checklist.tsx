import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import type { Step } from '../../components/step-list';
import { StepList } from '../../components/step-list';
import { useFreshnessStore } from '../../stores/freshness-store';
import { useInstancesStore } from '../../stores/instances-store';
import { useLeavesStore } from '../leaves/leaves-port';
import { useRouteStore } from '../../stores/route-store';
import { useTeamStore } from '../team/team-port';

/** Set when the lead hides the checklist (or finishes it): it stays away from then on. */
export const CHECKLIST_HIDDEN_KEY = 'worklog-desk.first-run.hidden';

export function checklistHidden(): boolean {
  try {
    return localStorage.getItem(CHECKLIST_HIDDEN_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * The Worklogs page's first-run checklist: connect Jira → sync → set up your team → connect
 * Factorial (optional), each ticked from what the app already knows (instances, sync history,
 * the team, the Factorial settings), plus the demo for trying the app without an account.
 */
export function FirstRunChecklist({ onOpenTeam, onHide }: { onOpenTeam(): void; onHide(): void }) {
  const navigate = useRouteStore((s) => s.navigate);
  const instances = useInstancesStore((s) => s.items);
  const freshness = useFreshnessStore((s) => s.data);
  const team = useTeamStore((s) => s.members);
  const teamStatus = useTeamStore((s) => s.status);
  const factorial = useLeavesStore((s) => s.config);

  useEffect(() => {
    if (teamStatus === 'idle') void useTeamStore.getState().load();
    if (useLeavesStore.getState().config === null) void useLeavesStore.getState().loadConfig();
  }, [teamStatus]);

  const steps: Step[] = [
    {
      id: 'jira',
      title: 'Connect Jira',
      text: 'Add your Jira site (and Tempo, if your team logs time there) with an API token.',
      done: instances.length > 0,
      action: (
        <Button size="sm" onClick={() => navigate('settings')}>
          Open Settings
        </Button>
      ),
    },
    {
      id: 'sync',
      title: 'Sync worklogs',
      text: 'Bring this month’s worklogs in; the pages work offline from then on.',
      done: (freshness?.instances ?? []).some((i) => i.lastSuccessAt !== null),
      action: (
        <Button size="sm" onClick={() => navigate('sync')}>
          Open Sync
        </Button>
      ),
    },
    {
      id: 'team',
      title: 'Set up your team',
      text: 'Who you look after, with their daily hours: the Timesheet compares against it.',
      done: team.length > 0,
      action: (
        <Button size="sm" onClick={onOpenTeam}>
          Set up my team
        </Button>
      ),
    },
    {
      id: 'factorial',
      title: 'Connect Factorial',
      text: 'Leaves and holidays, so days off don’t count as missing time.',
      optional: true,
      done: factorial?.apiKeySaved === true,
      action: (
        <Button size="sm" onClick={() => navigate('leaves')}>
          Open Leaves
        </Button>
      ),
    },
  ];
  if (steps.every((s) => s.done)) return null;

  return (
    <section className="card first-run" aria-labelledby="first-run-title">
      <header className="first-run__head">
        <h2 id="first-run-title" className="first-run__title">
          Get started with Worklog Desk
        </h2>
        <Button size="sm" variant="ghost" onClick={onHide}>
          Hide checklist
        </Button>
      </header>
      <StepList steps={steps} actions="open" />
      <p className="first-run__demo u-muted">
        Just looking? <code>npm run demo</code> starts the app on made-up Jira sites with a synced team, no account needed.
      </p>
    </section>
  );
}

/** Whether the checklist still has something to offer: not hidden, and a step left. */
export function useChecklistVisible(): [boolean, () => void] {
  const [hidden, setHidden] = useState(checklistHidden);
  const hide = (): void => {
    try {
      localStorage.setItem(CHECKLIST_HIDDEN_KEY, '1');
    } catch {
      // Not remembered: it shows again next time.
    }
    setHidden(true);
  };
  return [!hidden, hide];
}
