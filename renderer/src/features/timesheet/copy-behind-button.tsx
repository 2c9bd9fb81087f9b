import { useState } from 'react';
import type { TimesheetPerson } from '../../../../shared/domain/timesheet';
import { Button } from '../../components/button';
import { useToastStore } from '../../stores/toast-store';
import { behindLines } from '../../../../shared/domain/timesheet-sort';
import { plural } from '../../format';

/** Copies "Name — x h behind" lines, in the order on screen, for a chat message. */
export function CopyBehindButton({ people }: { people: readonly TimesheetPerson[] }) {
  const showToast = useToastStore((s) => s.show);
  const [error, setError] = useState<string | null>(null);
  const lines = behindLines(people);
  const copy = async (): Promise<void> => {
    setError(null);
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      showToast(`Copied ${plural(lines.length, 'person', 'people')} behind.`);
    } catch {
      setError('Could not copy to the clipboard. Select the names in the table instead.');
    }
  };
  return (
    <>
      <Button size="sm" onClick={() => void copy()} disabled={lines.length === 0} title={lines.length === 0 ? 'Nobody is behind in this period' : 'Copy “Name — x h behind” lines'}>
        Copy list
      </Button>
      {error && (
        <span role="alert" className="ts-counted__error">
          {error}
        </span>
      )}
    </>
  );
}
