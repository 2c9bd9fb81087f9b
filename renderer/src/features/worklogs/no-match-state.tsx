import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { PageIcon } from '../../components/page-icon';

/** The explorer pages' empty view: nothing in the range, or nothing left once the filters apply (then "Clear filters"). */
export function NoMatchState({ page, filtered, onClear, emptyRangeText }: { page: 'worklogs' | 'charts'; filtered: boolean; onClear(): void; emptyRangeText: string }) {
  return (
    <div className="wl-empty">
      <EmptyState
        icon={<PageIcon page={page} size={22} />}
        title="Nothing matches these filters"
        action={
          filtered ? (
            <Button variant="primary" onClick={onClear}>
              Clear filters
            </Button>
          ) : undefined
        }
      >
        <p>{filtered ? 'No worklog in this range matches all the filters. Loosen one, or clear them all.' : emptyRangeText}</p>
      </EmptyState>
    </div>
  );
}
