import type { ChangeEvent, FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { Holiday } from '../../../../shared/domain/leaves';
import { Button, IconButton } from '../../components/button';
import { TrashIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { formatDate } from '../../format';
import { addHoliday, importHolidays, removeHoliday } from './leaves-api';
import { useLeavesStore } from './leaves-store';
import { useToastStore } from '../../stores/toast-store';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : 'That did not work. Try again.');

export function HolidaysPanel() {
  const holidays = useLeavesStore((s) => s.holidays);
  const month = useLeavesStore((s) => s.month);
  const year = month.slice(0, 4);
  const [date, setDate] = useState(`${month}-01`);
  const [name, setName] = useState('');
  const [pending, setPending] = useState<'add' | 'import' | string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const run = async (key: string, action: () => Promise<string>): Promise<void> => {
    setPending(key);
    setError(null);
    try {
      const msg = await action();
      await useLeavesStore.getState().loadHolidays();
      useToastStore.getState().show(msg);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPending(null);
    }
  };

  const add = (e: FormEvent): void => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Give the holiday a name.');
      return;
    }
    void run('add', async () => {
      const h = await addHoliday(date, name.trim());
      setName('');
      return `Added “${h.name}”.`;
    });
  };

  const remove = (h: Holiday): void => {
    void run(h.date, async () => {
      await removeHoliday(h.date);
      return `Removed “${h.name}”.`;
    });
  };

  const importFile = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void run('import', async () => {
      const ics = await file.text();
      const r = await importHolidays(ics);
      return `Imported ${r.added} new and ${r.updated} updated holidays from ${file.name}.`;
    });
  };

  return (
    <section className="card lv-panel" aria-labelledby="lv-holidays-title">
      <header className="lv-panel__head">
        <h2 id="lv-holidays-title" className="lv-panel__title">
          Holidays {year}
        </h2>
        <span className="lv-conn__spacer" />
        <input ref={fileRef} type="file" accept=".ics,text/calendar" className="visually-hidden" onChange={importFile} aria-label="Import holidays from an .ics file" tabIndex={-1} />
        <Button size="sm" pending={pending === 'import'} onClick={() => fileRef.current?.click()}>
          Import .ics
        </Button>
      </header>
      <p className="lv-panel__text u-muted">Public holidays are nobody’s working day: they are marked on the calendar and not expected as hours.</p>
      <form className="lv-holiday-form" onSubmit={add}>
        <label className="field">
          <span className="field__label">Date</span>
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label className="field lv-holiday-form__name">
          <span className="field__label">Name</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Día de la Constitución" />
        </label>
        <Button type="submit" variant="primary" size="md" pending={pending === 'add'}>
          Add holiday
        </Button>
      </form>
      {error && <InlineAlert tone="error">{error}</InlineAlert>}
      {holidays.length === 0 ? (
        <p className="lv-empty-line u-muted">No holidays for {year} yet. Add them one by one, or import your region’s calendar as an .ics file.</p>
      ) : (
        <ul className="lv-holidays" aria-label={`Holidays ${year}`}>
          {holidays.map((h) => (
            <li key={h.date} className="lv-holidays__row" data-date={h.date}>
              <span className="lv-holidays__date">{formatDate(h.date)}</span>
              <span className="lv-holidays__name u-ellipsis">{h.name}</span>
              <IconButton size="sm" label={`Remove ${h.name}`} icon={<TrashIcon />} pending={pending === h.date} onClick={() => remove(h)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
