import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { ExplorerFilter, RowSort, SortDir } from '../../../../shared/domain/explorer';
import type { WorklogView } from '../../../../shared/domain/worklog';
import { errorMessage } from '../../api-error';
import { InlineAlert } from '../../components/inline-alert';
import type { ColumnDef } from './columns';
import type { ColumnId } from './explorer-store';
import { ColumnResizer } from './column-resizer';
import { Cell, gridTemplate, minTableWidth, rowKey } from './columns';
import { WorklogDetailsDialog } from './worklog-details-dialog';
import { countWorklogs, readWorklogRows } from './worklogs-api';

export const PAGE_SIZE = 500;
const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 34;
/** Rows one PageUp/PageDown moves: about a screenful at 36 px. */
const PAGE_STEP = 10;

interface Cache {
  key: string;
  pages: Map<number, WorklogView[]>;
  pending: Set<number>;
}

export function SortHeader({
  columns,
  sort,
  onSort,
  onResize,
}: {
  columns: readonly ColumnDef[];
  sort: { by: RowSort; dir: SortDir } | null;
  onSort?: (by: RowSort) => void;
  onResize?: (id: ColumnId, px: number | null) => void;
}) {
  return (
    <div role="row" className="wl-row wl-row--head" style={{ gridTemplateColumns: gridTemplate(columns) }}>
      {columns.map((c) => {
        const active = sort && c.sort === sort.by;
        const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : c.sort && onSort ? 'none' : undefined;
        return (
          <div key={c.id} role="columnheader" aria-sort={ariaSort} className={['wl-head u-ellipsis', `wl-head--${c.id}`, c.align === 'end' ? 'wl-cell--end' : ''].join(' ')}>
            {c.sort && onSort ? (
              <button type="button" className={['wl-head__button', active ? 'is-active' : ''].join(' ')} onClick={() => onSort(c.sort as RowSort)} title={`Sort by ${c.label.toLowerCase()}`}>
                {c.label}
                <span className="wl-head__arrow" aria-hidden="true">
                  {active ? (sort.dir === 'asc' ? '↑' : '↓') : '↕'}
                </span>
              </button>
            ) : (
              <span className="wl-head__text">{c.label}</span>
            )}
            {onResize && <ColumnResizer id={c.id} label={c.label} onResize={onResize} />}
          </div>
        );
      })}
    </div>
  );
}

export interface WorklogsTableProps {
  filter: ExplorerFilter;
  sort: { by: RowSort; dir: SortDir };
  onSort(by: RowSort): void;
  columns: readonly ColumnDef[];
  /** Resizes a column (null: its default share); without it the headers have no handles. */
  onResize?: (id: ColumnId, px: number | null) => void;
  instanceUrls: ReadonlyMap<string, string>;
  /** Changes when the stored data changed (a sync finished). */
  version: number;
}

/**
 * Every worklog of the filters in one scrolling table: only the visible rows are in the DOM, and
 * rows arrive in pages of 500 as they scroll into view, so 100,000 rows scroll as 100 do.
 */
export function WorklogsTable({ filter, sort, onSort, columns, onResize, instanceUrls, version }: WorklogsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([filter, sort, version]);
  const countKey = JSON.stringify([filter, version]);
  const [count, setCount] = useState<{ key: string; n: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const cache = useRef<Cache>({ key: '', pages: new Map(), pending: new Set() });
  if (cache.current.key !== key) cache.current = { key, pages: new Map(), pending: new Set() };

  /** Asks for one page of rows, once per cache (filter, order, data version). */
  const loadPage = (c: Cache, p: number): void => {
    if (c.pages.has(p) || c.pending.has(p)) return;
    c.pending.add(p);
    readWorklogRows({ query: filter, offset: p * PAGE_SIZE, limit: PAGE_SIZE, sort }).then(
      (rows) => {
        c.pending.delete(p);
        c.pages.set(p, rows);
        if (cache.current === c) setTick((t) => t + 1);
      },
      (e: unknown) => {
        c.pending.delete(p);
        if (cache.current === c) setError(errorMessage(e));
      },
    );
  };

  // The first page does not depend on the count: ask for both at once, so the first rows are one
  // round trip away, not two. (A new filter or order starts at the top, so page 0 is always wanted.)
  useEffect(() => {
    loadPage(cache.current, 0);
    // `filter` and `sort` are part of the cache key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    let live = true;
    countWorklogs(filter).then(
      (n) => live && setCount({ key: countKey, n }),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [countKey]);

  // A new filter or order starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [key]);

  const total = count?.key === countKey ? count.n : 0;
  // TanStack Virtual's API is not memoizable by the React Compiler; this component opts out, as intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (lastIndex < 0) return;
    const c = cache.current;
    for (let p = Math.floor(firstIndex / PAGE_SIZE); p <= Math.floor(lastIndex / PAGE_SIZE); p++) loadPage(c, p);
    // `filter` and `sort` are part of the cache key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstIndex, lastIndex, key]);

  // One tab stop for the rows (roving tabindex): arrows, PageUp/PageDown and Home/End move it,
  // Enter opens the row. A new filter or order starts again at the first row.
  const [active, setActive] = useState<{ key: string; index: number }>({ key, index: 0 });
  const [opened, setOpened] = useState<WorklogView | null>(null);
  const focusWanted = useRef(false);
  const activeIndex = active.key === key ? Math.min(active.index, Math.max(0, total - 1)) : 0;
  const rowAt = (i: number): WorklogView | undefined => cache.current.pages.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE];

  const onRowKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const index = Number((e.target as HTMLElement).dataset.index);
    if (!Number.isInteger(index) || total === 0) return;
    if (e.key === 'Enter') {
      const row = rowAt(index);
      if (row) {
        e.preventDefault();
        setOpened(row);
      }
      return;
    }
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + PAGE_STEP, PageUp: index - PAGE_STEP, Home: 0, End: total - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const n = Math.max(0, Math.min(total - 1, next));
    focusWanted.current = true;
    setActive({ key, index: n });
    virtualizer.scrollToIndex(n, { align: 'auto' });
  };
  /** The active row takes focus once it is rendered (it may have been scrolled into being). */
  const focusIfWanted = (el: HTMLDivElement | null): void => {
    if (el && focusWanted.current) {
      focusWanted.current = false;
      el.focus({ preventScroll: true });
    }
  };

  const template = gridTemplate(columns);
  const pages = cache.current.pages;
  return (
    <>
      {error && <InlineAlert tone="error">{error}</InlineAlert>}
      <div ref={scrollRef} className="wl-table scroll-panel" role="table" aria-label="Worklogs" aria-rowcount={total + 1} tabIndex={-1} style={{ '--wl-min-w': `${minTableWidth(columns)}px` } as React.CSSProperties}>
        <div role="rowgroup" className="wl-table__head">
          <SortHeader columns={columns} sort={sort} onSort={onSort} {...(onResize ? { onResize } : {})} />
        </div>
        <div role="rowgroup" className="wl-table__body" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onRowKeyDown}>
          {items.map((item) => {
            const row = pages.get(Math.floor(item.index / PAGE_SIZE))?.[item.index % PAGE_SIZE];
            return (
              <div
                key={row ? rowKey(row) : `loading-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === activeIndex ? 0 : -1}
                ref={item.index === activeIndex ? focusIfWanted : undefined}
                onFocus={() => item.index !== activeIndex && setActive({ key, index: item.index })}
                className={['wl-row', row ? '' : 'wl-row--loading', item.index % 2 ? 'wl-row--odd' : ''].join(' ')}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              >
                {row
                  ? columns.map((c) => <Cell key={c.id} col={c} row={row} instanceUrl={instanceUrls.get(row.instanceId)} />)
                  : columns.map((c) => (
                      <div key={c.id} role="cell" className="wl-cell u-ellipsis">
                        <span className="wl-skeleton" />
                      </div>
                    ))}
              </div>
            );
          })}
        </div>
      </div>
      {opened && <WorklogDetailsDialog row={opened} instanceUrl={instanceUrls.get(opened.instanceId)} onClose={() => setOpened(null)} />}
    </>
  );
}
