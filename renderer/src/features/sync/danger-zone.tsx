import { useId, useRef, useState } from 'react';
import { presetRange } from '../../../../shared/domain/dates';
import type { InstanceView } from '../../../../shared/domain/instance';
import { ApiError } from '../../api-error';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { AlertIcon, TrashIcon } from '../../components/icons';
import { useToastStore } from '../../stores/toast-store';
import { SettingsSection } from '../settings/settings-port';
import { DateRangeFields } from './date-range-fields';
import { checkRange, rangeValid } from './range-validation';
import { clearWorklogCache, deleteWorklogs } from './sync-api';
import { formatRange, plural } from './sync-format';

const ALL = 'all';

/** ConfirmDialog shows an Error's message as is: keep main's words, and plain words for anything else. */
async function run<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw new Error(e instanceof ApiError ? e.message : 'That did not work. Try again.', { cause: e });
  }
}

/** Deleting local data: the cache, or the worklogs of a date range. Nothing in Jira or Tempo is touched. */
export function DangerZone({ instances }: { instances: InstanceView[] }) {
  const showToast = useToastStore((s) => s.show);
  const [confirm, setConfirm] = useState<'cache' | 'range' | null>(null);
  const [range, setRange] = useState(() => presetRange('this-month', new Date()));
  const [instanceId, setInstanceId] = useState<string>(ALL);
  const [attempted, setAttempted] = useState(false);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const selectId = useId();
  const errors = checkRange(range.from, range.to);
  const shown = attempted ? errors : { from: range.from ? errors.from : undefined, to: range.to ? errors.to : undefined };

  const instance = instances.find((i) => i.id === instanceId);
  const who = instance ? `“${instance.name}”` : 'all instances';
  const rangeWords = rangeValid(errors) ? formatRange(range.from, range.to) : '';
  const touchesTempo = instance ? instance.tempo.tokenSaved : instances.some((i) => i.tempo.tokenSaved);
  const sources = touchesTempo ? 'Jira or Tempo' : 'Jira';

  const askDeleteRange = (): void => {
    setAttempted(true);
    if (!rangeValid(errors)) {
      (errors.from ? fromRef : toRef).current?.focus();
      return;
    }
    setConfirm('range');
  };

  const clearCache = async (): Promise<void> => {
    const { deleted } = await run(clearWorklogCache);
    showToast(`Cache cleared — ${plural(deleted, 'worklog')} removed from this computer.`);
  };

  const deleteRange = async (): Promise<void> => {
    const { deleted } = await run(() => deleteWorklogs(range, instance ? instance.id : null));
    showToast(`Deleted ${plural(deleted, 'worklog')} of ${who} dated ${rangeWords} from this computer.`);
  };

  return (
    <SettingsSection id="sync-danger" icon={<AlertIcon />} title="Danger zone" description="These delete data from this computer only. Nothing changes in Jira or Tempo, and a sync brings the worklogs back.">
      <div className="danger-zone card">
        <div className="danger-row">
          <div className="setting-row__text">
            <span className="setting-row__label">Clear cache</span>
            <span className="setting-row__hint u-hint">Drops every synced worklog and the cached Jira issues and people. Keeps your instances, settings and this history.</span>
          </div>
          <Button className="btn--danger-outline" icon={<TrashIcon />} onClick={() => setConfirm('cache')}>
            Clear cache…
          </Button>
        </div>

        <div className="danger-row danger-row--form">
          <div className="setting-row__text">
            <span className="setting-row__label">Delete worklogs in a range</span>
            <span className="setting-row__hint u-hint">Removes the stored worklogs dated in the range, for one instance or all. The next sync of it reads everything again.</span>
          </div>
          <div className="danger-row__form" role="group" aria-label="Worklogs to delete">
            <DateRangeFields from={range.from} to={range.to} onChange={setRange} errors={shown} fromRef={fromRef} toRef={toRef} />
            <div className="field">
              <label className="field__label" htmlFor={selectId}>
                Instance
              </label>
              <select id={selectId} className="select" value={instanceId} onChange={(e) => setInstanceId(e.target.value)}>
                <option value={ALL}>All instances</option>
                {instances.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
            </div>
            <Button className="btn--danger-outline danger-row__submit" icon={<TrashIcon />} onClick={askDeleteRange}>
              Delete worklogs…
            </Button>
          </div>
        </div>
      </div>

      {confirm === 'cache' && (
        <ConfirmDialog
          title="Clear the local cache?"
          description={
            <>
              <p>Deletes every synced worklog of every instance, and the cached Jira issues and people, from the database on this computer.</p>
              <p>Your instances, settings and sync history stay. Nothing changes in Jira or Tempo; the next sync reads everything again.</p>
            </>
          }
          confirmLabel="Clear cache"
          onConfirm={clearCache}
          onClose={() => setConfirm(null)}
        />
      )}
      {confirm === 'range' && (
        <ConfirmDialog
          title="Delete these worklogs?"
          description={
            <>
              <p>
                Deletes the stored worklogs of <strong>{who}</strong> dated <strong>{rangeWords}</strong> from the database on this computer.
              </p>
              <p>Nothing changes in {sources}; a sync of that range brings them back.</p>
            </>
          }
          confirmLabel="Delete worklogs"
          onConfirm={deleteRange}
          onClose={() => setConfirm(null)}
        />
      )}
    </SettingsSection>
  );
}
