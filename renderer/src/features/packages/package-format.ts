import type { PackageProgress, PackageStatus, TargetStatus } from '../../../../shared/domain/packages';
import { plural } from '../../format';

/** The same replacement main makes in the parent's description. */
export { fillSummary } from '../../../../shared/domain/packages';

export const STATUS_WORDS: Record<PackageStatus | TargetStatus, string> = {
  running: 'Running',
  pending: 'Pending',
  ok: 'Complete',
  partial: 'Partial',
  failed: 'Failed',
};

export { plural };

/** What a target is doing, in words, from its last progress event (null: not started yet). */
export function phaseWords(p: PackageProgress | null): string {
  if (!p) return 'Checking the target…';
  switch (p.phase) {
    case 'parent':
      return 'Creating the parent issue…';
    case 'children':
      return `Creating child issues… ${p.created} of ${p.total} issues`;
    case 'links':
      return 'Linking the parents across sites…';
    case 'done':
      return p.created === p.total ? `Done — ${plural(p.total, 'issue')}` : `Stopped — ${p.created} of ${plural(p.total, 'issue')}`;
  }
}

/** "elements.2.name" → "Element 3", "elements.2.labels" → "Element 3 labels". */
export function fieldWords(path: string): string {
  const el = /^elements\.(\d+)(?:\.(description|labels))?/.exec(path);
  if (el) return `Element ${Number(el[1]) + 1}${el[2] ? ` ${el[2]}` : ''}`;
  const target = /^targets\.(\d+)/.exec(path);
  if (target) return `Target ${Number(target[1]) + 1}`;
  const words: Record<string, string> = { name: 'Name', parentIssueType: 'Parent issue type', childIssueType: 'Child issue type', parentDescription: 'Parent description', elements: 'Elements', summary: 'Summary' };
  return words[path] ?? path;
}
