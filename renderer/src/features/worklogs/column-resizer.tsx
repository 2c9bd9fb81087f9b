import type { KeyboardEvent, PointerEvent } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { ColumnId } from './explorer-store';
import { COLUMN_WIDTH_LIMITS } from './explorer-store';

const STEP = 16;

/**
 * The handle on a column header's right edge: drag it, or focus it and press ←/→ (16 px) to
 * resize; Home (or a double-click) gives the column back its share of the free space. The width
 * is saved with the other Worklogs choices.
 */
export function ColumnResizer({ id, label, onResize }: { id: ColumnId; label: string; onResize(id: ColumnId, px: number | null): void }) {
  const drag = useRef<{ startX: number; startW: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const currentWidth = (): number => ref.current?.parentElement?.getBoundingClientRect().width ?? 0;
  // The column's width as drawn (a separator that can be moved must say where it is).
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const column = ref.current?.parentElement;
    if (!column) return;
    const observer = new ResizeObserver(() => setWidth(Math.round(column.getBoundingClientRect().width)));
    observer.observe(column);
    return () => observer.disconnect();
  }, []);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startX: e.clientX, startW: currentWidth() };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    if (!drag.current) return;
    onResize(id, drag.current.startW + e.clientX - drag.current.startX);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>): void => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const w = currentWidth();
    const next = e.key === 'ArrowRight' ? w + STEP : e.key === 'ArrowLeft' ? w - STEP : e.key === 'Home' ? null : undefined;
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    onResize(id, next);
  };

  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label}`}
      aria-valuemin={COLUMN_WIDTH_LIMITS.min}
      aria-valuemax={COLUMN_WIDTH_LIMITS.max}
      aria-valuenow={width}
      aria-valuetext={`${width} pixels`}
      title={`Drag to resize ${label}; double-click for the default width`}
      tabIndex={0}
      className="wl-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => onResize(id, null)}
      onKeyDown={onKeyDown}
    />
  );
}
