import type { InstanceFreshness, RunResult } from '../../../shared/domain/freshness';
import { ageWords, isStale } from '../../../shared/domain/freshness';
import type { RangePreset } from '../../../shared/domain/dates';
import { presetRange } from '../../../shared/domain/dates';
import { formatDateTime, formatRelativeTime } from '../format';
import { useNow } from '../hooks/use-now';
import { useOnline } from '../hooks/use-online';
import { useFreshnessStore } from '../stores/freshness-store';
import { useSettingsStore } from '../stores/settings-store';
import { useSyncStore } from '../stores/sync-store';
import { useToastStore } from '../stores/toast-store';
import { Button } from './button';
import { CloudOffIcon, SyncIcon } from './icons';

const PRESET_WORDS: Record<RangePreset, string> = { 'this-week': 'this week', 'this-month': 'this month', 'last-month': 'last month' };
const RESULT_WORDS: Record<RunResult, string> = { ok: 'went fine', failed: 'failed', cancelled: 'was cancelled', interrupted: 'was interrupted' };

/** The exact times behind the relative words, for the tooltip. */
function details(i: InstanceFreshness): string {
  const lines = [i.lastSuccessAt ? `Last successful sync: ${formatDateTime(i.lastSuccessAt)}` : 'Never synced successfully'];
  if (i.lastRun && i.lastRun.result !== 'ok') {
    lines.push(`Last try ${RESULT_WORDS[i.lastRun.result]} (${formatDateTime(i.lastRun.endedAt)})${i.lastRun.error ? `: ${i.lastRun.error}` : ''}`);
  }
  return lines.join('\n');
}

function Item({ item, stale, now }: { item: InstanceFreshness; stale: boolean; now: Date }) {
  const failedSince = item.lastRun !== null && item.lastRun.result !== 'ok';
  let words: string;
  if (!stale && item.lastSuccessAt) words = `${item.instanceName} · synced ${formatRelativeTime(item.lastSuccessAt, now)}`;
  else if (item.lastSuccessAt) words = `${item.instanceName} hasn’t synced for ${ageWords(now.getTime() - Date.parse(item.lastSuccessAt))}`;
  else words = `${item.instanceName} hasn’t synced yet`;
  return (
    <li className={['freshness__item', stale ? 'freshness__item--stale' : ''].join(' ')} title={details(item)}>
      <span className={['freshness__dot', stale ? 'freshness__dot--stale' : failedSince ? 'freshness__dot--failed' : ''].join(' ')} aria-hidden="true" />
      {/* The minutes tick: announcing each one would be noise, the strip's changes of state are enough. */}
      <span aria-live="off">{words}</span>
      {failedSince && <span className="freshness__failed"> · last try {RESULT_WORDS[item.lastRun?.result ?? 'failed']}</span>}
    </li>
  );
}

/**
 * The strip above every page: per instance, when its data last synced; a warning with "Sync now"
 * when an instance is older than the user accepts (Settings → staleAfterHours) or never synced;
 * and a notice when the computer is offline — every page keeps working from the local database.
 * Staleness is re-evaluated with the clock, so a strip left open turns stale on its own.
 */
export function FreshnessBar() {
  const data = useFreshnessStore((s) => s.data);
  const settings = useSettingsStore((s) => s.settings);
  const running = useSyncStore((s) => s.running);
  const starting = useSyncStore((s) => s.starting);
  const now = useNow(30_000);
  const online = useOnline();
  if (!data || data.instances.length === 0) return null;

  const staleAfterHours = settings?.staleAfterHours ?? data.staleAfterHours;
  const items = data.instances.map((i) => ({ item: i, stale: isStale(i.lastSuccessAt, staleAfterHours, now) }));
  const stale = items.filter((x) => x.stale).map((x) => x.item);

  const syncStale = async (): Promise<void> => {
    const range = presetRange(settings?.syncDefaultPreset ?? 'this-month', new Date());
    const sync = useSyncStore.getState();
    await sync.start({ ...range, instanceIds: stale.map((i) => i.instanceId), instances: stale.map((i) => ({ id: i.instanceId, name: i.instanceName })) });
    const refused = useSyncStore.getState().actionError;
    if (refused) {
      useToastStore.getState().show(refused, 'error');
      useSyncStore.getState().clearActionError();
    }
  };

  const warn = stale.length > 0 || !online;
  return (
    <section className={['freshness', warn ? 'freshness--warn' : ''].join(' ')} role="status" aria-label="Data freshness">
      {!online && (
        <span className="freshness__offline">
          <CloudOffIcon size={14} />
          Offline — you’re seeing your local data
        </span>
      )}
      <ul className="freshness__list">
        {items.map(({ item, stale: isOld }) => (
          <Item key={item.instanceId} item={item} stale={isOld} now={now} />
        ))}
      </ul>
      {stale.length > 0 && (
        <Button
          className="freshness__action"
          size="sm"
          variant="secondary"
          icon={<SyncIcon size={14} />}
          pending={starting}
          disabled={running}
          title={`Syncs ${stale.map((i) => i.instanceName).join(', ')} — ${PRESET_WORDS[settings?.syncDefaultPreset ?? 'this-month']}, the tray’s range`}
          onClick={() => void syncStale()}
        >
          {running ? 'Syncing…' : 'Sync now'}
        </Button>
      )}
    </section>
  );
}
