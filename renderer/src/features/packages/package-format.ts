import type { PackageProgress, PackageStatus, TargetStatus } from '../../../../shared/domain/packages';

/** The same replacement main makes in the parent's description. */
export { fillSummary } from '../../../../shared/domain/packages';

export const STATUS_WORDS: Record<PackageStatus | TargetStatus, string> = {
  running: 'Running',
  pending: 'Pending',
  ok: 'Complete',
  partial: 'Partial',
  failed: 'Failed',
};

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

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

/**
 * Main's validation messages start with where the problem is ("elements.2.name: …"). Splits that
 * off so the message can sit next to its field, and says the place in words for the summary.
 */
export function splitFieldMessage(message: string): { path: string | null; text: string } {
  const m = /^([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*): (.*)$/s.exec(message);
  if (!m || !m[1] || m[2] === undefined) return { path: null, text: message };
  return { path: m[1], text: m[2] };
}

/** "elements.2.name" → "Element 3". */
export function fieldWords(path: string): string {
  const el = /^elements\.(\d+)/.exec(path);
  if (el) return `Element ${Number(el[1]) + 1}`;
  const target = /^targets\.(\d+)/.exec(path);
  if (target) return `Target ${Number(target[1]) + 1}`;
  const words: Record<string, string> = { name: 'Name', parentIssueType: 'Parent issue type', childIssueType: 'Child issue type', parentDescription: 'Parent description', elements: 'Elements', summary: 'Summary' };
  return words[path] ?? path;
}
