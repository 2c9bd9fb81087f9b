import type { InstanceView } from '../../../../shared/domain/instance';
import { sourceLabel } from './sync-format';

/** Where an instance's worklogs come from: Tempo when a Tempo token is saved, Jira otherwise. */
export const instanceSource = (i: Pick<InstanceView, 'tempo'>): 'tempo' | 'jira' => (i.tempo.tokenSaved ? 'tempo' : 'jira');

export function SourceBadge({ source }: { source: string }) {
  const known = source === 'tempo' || source === 'jira' || source === 'factorial';
  return <span className={['source-badge', known ? `source-badge--${source}` : ''].filter(Boolean).join(' ')}>{sourceLabel(source)}</span>;
}
