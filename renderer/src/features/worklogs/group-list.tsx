import { useEffect, useRef, useState } from 'react';
import type { ExplorerFilter, ExplorerGroup, GroupBy, RowSort, SortDir } from '../../../../shared/domain/explorer';
import type { WorklogView } from '../../../../shared/domain/worklog';
import { errorMessage } from '../../api-error';
import { Spinner } from '../../components/spinner';
import { formatDate, formatHours } from '../../format';
import type { ColumnDef } from './columns';
import { Cell, gridTemplate, rowKey } from './columns';
import { SortHeader } from './worklogs-table';
import { readWorklogRows } from './worklogs-api';

const GROUP_PAGE = 200;
const nf = new Intl.NumberFormat();

/** The filter of one group's rows, and a check for groups the filters can't express exactly. */
export function groupFilter(base: ExplorerFilter, groupBy: GroupBy, g: ExplorerGroup): { filter: ExplorerFilter; keep?: (r: WorklogView) => boolean } {
  const inInstance = g.instanceId ? { instanceIds: [g.instanceId] } : {};
  switch (groupBy) {
    case 'person':
      return { filter: { ...base, authorAccountIds: [g.key ?? ''] } };
    case 'epic':
      return { filter: { ...base, ...inInstance, epicKeys: [g.key] } };
    case 'project':
      return g.key === null ? { filter: base, keep: (r) => r.projectKey === null } : { filter: { ...base, ...inInstance, projectKeys: [g.key] } };
    case 'day':
      return { filter: { ...base, from: g.key ?? base.from, to: g.key ?? base.to } };
    case 'issue':
      // The group's key is exactly what issueKeys matches (its key, or "#<id>"), within its instance:
      // CORE-1 never brings CORE-12's worklogs, nor comments that mention CORE-1.
      return { filter: { ...base, ...inInstance, issueKeys: [g.key ?? '#'] } };
  }
}

function groupTitle(groupBy: GroupBy, g: ExplorerGroup): { title: string; detail: string | null } {
  if (groupBy === 'day' && g.key) return { title: formatDate(g.key), detail: null };
  if (groupBy === 'epic') return g.key === null ? { title: 'No epic', detail: null } : { title: g.label, detail: g.key };
  if (groupBy === 'issue' || groupBy === 'project') return { title: g.label, detail: g.key !== g.label ? g.key : null };
  return { title: g.label, detail: null };
}

/** Reads a page's worth of a group's rows from `from` on; with a client-side check, reads on until enough are kept. */
async function readGroupRows(
  spec: { filter: ExplorerFilter; keep?: (r: WorklogView) => boolean },
  from: number,
  sort: { by: RowSort; dir: SortDir },
): Promise<{ kept: WorklogView[]; at: number; exhausted: boolean }> {
  const { filter, keep } = spec;
  let at = from;
  const kept: WorklogView[] = [];
  for (let rounds = 0; rounds < 50 && kept.length < GROUP_PAGE; rounds++) {
    const limit = keep ? 1000 : GROUP_PAGE;
    const page = await readWorklogRows({ query: filter, offset: at, limit, sort });
    at += page.length;
    kept.push(...(keep ? page.filter(keep) : page));
    if (page.length < limit) return { kept, at, exhausted: true };
  }
  return { kept, at, exhausted: false };
}

interface GroupRowsProps {
  groupBy: GroupBy;
  group: ExplorerGroup;
  base: ExplorerFilter;
  sort: { by: RowSort; dir: SortDir };
  columns: readonly ColumnDef[];
  instanceUrls: ReadonlyMap<string, string>;
}

/** The worklogs of one expanded group, 200 at a time ("Show more"). */
function GroupRows({ groupBy, group, base, sort, columns, instanceUrls }: GroupRowsProps) {
  const [rows, setRows] = useState<WorklogView[]>([]);
  const [offset, setOffset] = useState(0);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const spec = useRef(groupFilter(base, groupBy, group));

  const [from, setFrom] = useState(0);

  useEffect(() => {
    let live = true;
    readGroupRows(spec.current, from, sort).then(
      ({ kept, at, exhausted }) => {
        if (!live) return;
        setRows((r) => [...r, ...kept]);
        setOffset(at);
        setDone(exhausted);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // The sort is fixed for the life of the list (a new sort remounts it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [from]);

  const more = (): void => {
    setLoading(true);
    setError(null);
    setFrom(offset);
  };

  const template = gridTemplate(columns);
  const shown = Math.min(rows.length, group.count);
  return (
    <div className="wl-group__rows" role="table" aria-label={`Worklogs of ${groupTitle(groupBy, group).title}`}>
      <div role="rowgroup">
        <SortHeader columns={columns} sort={null} />
      </div>
      <div role="rowgroup">
        {rows.map((r, i) => (
          <div key={rowKey(r)} role="row" className={['wl-row', i % 2 ? 'wl-row--odd' : ''].join(' ')} style={{ gridTemplateColumns: template }}>
            {columns.map((c) => (
              <Cell key={c.id} col={c} row={r} instanceUrl={instanceUrls.get(r.instanceId)} />
            ))}
          </div>
        ))}
      </div>
      <div className="wl-group__more">
        {loading ? (
          <Spinner label="Loading worklogs" />
        ) : error ? (
          <span className="wl-error">{error}</span>
        ) : (
          <>
            <span className="wl-muted">
              {nf.format(shown)} of {nf.format(group.count)} worklogs
            </span>
            {!done && shown < group.count && (
              <button type="button" className="link-button" onClick={more}>
                Show more
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}

export interface GroupListProps {
  groupBy: GroupBy;
  groups: readonly ExplorerGroup[];
  base: ExplorerFilter;
  sort: { by: RowSort; dir: SortDir };
  columns: readonly ColumnDef[];
  instanceUrls: ReadonlyMap<string, string>;
  instanceNames: ReadonlyMap<string, string>;
}

const groupId = (g: ExplorerGroup): string => `${g.instanceId ?? ''}|${g.key ?? ''}`;

/**
 * Groups drawn at first, and added per "Show more": a month grouped by issue can have 20,000
 * groups, which would take the browser seconds to lay out. The biggest come first anyway.
 */
const GROUPS_AT_ONCE = 100;
const GROUPS_STEP = 500;

/** Collapsible groups: label, hours, worklogs, people and a bar proportional to the biggest group. */
export function GroupList({ groupBy, groups, base, sort, columns, instanceUrls, instanceNames }: GroupListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(GROUPS_AT_ONCE);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = groups.length > limit ? groups.slice(0, limit) : groups;
  const rest = groups.length - shown.length;
  const max = groups.reduce((m, g) => Math.max(m, g.seconds), 0) || 1;
  const multiInstance = new Set(groups.map((g) => g.instanceId).filter(Boolean)).size > 1;

  const toggle = (id: string): void =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // Up/Down move between group headers, Home/End to the first/last.
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const heads = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('.wl-group__head') ?? []);
    const i = heads.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    e.preventDefault();
    const j = e.key === 'Home' ? 0 : e.key === 'End' ? heads.length - 1 : Math.min(heads.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)));
    heads[j]?.focus();
  };

  return (
    <>
      <ul className="wl-groups" ref={listRef} aria-label="Groups" onKeyDown={onKeyDown}>
        {shown.map((g) => {
          const id = groupId(g);
          const expanded = open.has(id);
          const { title, detail } = groupTitle(groupBy, g);
          const instance = multiInstance && g.instanceId ? instanceNames.get(g.instanceId) : undefined;
          return (
            <li key={id} className={['wl-group', expanded ? 'is-open' : ''].join(' ')} data-group-key={g.key ?? ''}>
              <button type="button" className="wl-group__head" aria-expanded={expanded} onClick={() => toggle(id)}>
                <svg className="wl-group__chevron" width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" aria-hidden="true">
                  <path d="m9 6 6 6-6 6" />
                </svg>
                <span className="wl-group__title">
                  <span className="wl-group__label u-ellipsis">{title}</span>
                  {detail && <span className="wl-group__detail u-meta">{detail}</span>}
                  {instance && <span className="wl-group__instance u-meta">{instance}</span>}
                </span>
                <span className="wl-group__bar" aria-hidden="true">
                  <span style={{ transform: `scaleX(${g.seconds / max})` }} />
                </span>
                <span className="wl-group__hours" data-seconds={g.seconds}>
                  {formatHours(g.seconds)}
                </span>
                <span className="wl-group__stat u-muted">
                  {nf.format(g.count)} {g.count === 1 ? 'worklog' : 'worklogs'}
                </span>
                {/* A person's group is always "1 person": the cell stays (columns line up) but says nothing. */}
                {groupBy === 'person' ? (
                  <span className="wl-group__stat" aria-hidden="true" />
                ) : (
                  <span className="wl-group__stat u-muted wl-group__stat--people">
                    {nf.format(g.people)} {g.people === 1 ? 'person' : 'people'}
                  </span>
                )}
              </button>
              {expanded && <GroupRows groupBy={groupBy} group={g} base={base} sort={sort} columns={columns} instanceUrls={instanceUrls} />}
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <div className="wl-groups__more">
          <span className="wl-muted">
            {nf.format(shown.length)} of {nf.format(groups.length)} groups
          </span>
          <button type="button" className="link-button" onClick={() => setLimit((n) => n + GROUPS_STEP)}>
            Show {nf.format(Math.min(GROUPS_STEP, rest))} more
          </button>
        </div>
      )}
    </>
  );
}
