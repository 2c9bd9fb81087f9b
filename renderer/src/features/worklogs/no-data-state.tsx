import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { SyncIcon } from '../../components/icons';
import { useInstancesStore } from '../../stores/instances-store';
import { useRouteStore } from '../../stores/route-store';
import { useSyncStore } from '../../stores/sync-store';
import { rangeWords } from './filter-bar';
import { InlineSyncProgress } from './inline-sync-progress';

/**
 * Nothing stored for the chosen range (Worklogs, Charts): the fix is a sync of exactly that range,
 * one click away, run in place with its progress shown here; the page reloads by itself when it
 * finishes and works offline afterwards.
 */
export function NoDataState({ range, what }: { range: { from: string; to: string }; what: string }) {
  const navigate = useRouteStore((s) => s.navigate);
  const instances = useInstancesStore((s) => s.items);
  const running = useSyncStore((s) => s.running);
  const starting = useSyncStore((s) => s.starting);
  const start = useSyncStore((s) => s.start);
  const syncRange = (): Promise<void> => start({ ...range, instances: instances.map((i) => ({ id: i.id, name: i.name })) });
  return (
    <div className="wl-empty">
      <EmptyState
        icon={<SyncIcon size={22} />}
        title="No worklogs synced for this range"
        hint={<InlineSyncProgress range={range} />}
        action={
          <>
            <Button variant="primary" icon={<SyncIcon />} pending={running || starting} disabled={running || starting} onClick={() => void syncRange()}>
              {running ? 'Syncing…' : 'Sync this range'}
            </Button>
            <Button onClick={() => navigate('sync')}>Go to Sync</Button>
          </>
        }
      >
        <p>
          Nothing is stored for {rangeWords(range)}. Pick another range above, or sync this one from Jira — {what} work offline afterwards.
        </p>
      </EmptyState>
    </div>
  );
}
