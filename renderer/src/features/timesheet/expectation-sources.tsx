import type { ExpectationSource } from '../../../../shared/domain/timesheet';

/** Words for what set expected hours, the same in the row and in each cell's label. */
export const SOURCE_WORDS: Record<ExpectationSource, string> = {
  team: 'team schedule',
  tempo: 'Tempo',
  leave: 'Factorial leave',
  holiday: 'holiday',
};

/** Under a person's name: which sources set their expected hours this period. */
export function ExpectationSources({ sources }: { sources: readonly ExpectationSource[] }) {
  if (sources.length === 0) return null;
  const words = sources.map((s) => SOURCE_WORDS[s]);
  return (
    <span className="ts-sources u-ellipsis" data-testid="expectation-sources" title={`Expected hours from: ${words.join(', ')}`}>
      <span className="visually-hidden">Expected hours from: </span>
      {sources.map((s, i) => (
        <span key={s} className={`ts-source ts-source--${s}`} data-source={s}>
          {SOURCE_WORDS[s]}
          {i < sources.length - 1 ? <span aria-hidden="true"> · </span> : null}
        </span>
      ))}
    </span>
  );
}
