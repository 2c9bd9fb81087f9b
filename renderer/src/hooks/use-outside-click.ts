import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';

/**
 * While `active`, a mouse press outside `ref`'s element calls `onOutside` (closes a popover).
 * mousedown, not click: a press that starts outside closes it even if released inside. The
 * latest `onOutside` is used, so callers may pass an inline function without re-subscribing.
 */
export function useOutsideClick(ref: RefObject<HTMLElement | null>, active: boolean, onOutside: () => void): void {
  const latest = useRef(onOutside);
  useEffect(() => {
    latest.current = onOutside;
  });
  useEffect(() => {
    if (!active) return;
    const onDown = (e: MouseEvent): void => {
      if (ref.current && !ref.current.contains(e.target as Node)) latest.current();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [ref, active]);
}
