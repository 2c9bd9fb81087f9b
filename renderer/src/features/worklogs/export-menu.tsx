import { useEffect, useRef, useState } from 'react';
import type { ExplorerFilter, RowSort, SortDir } from '../../../../shared/domain/explorer';
import type { ExportFormat, ExportProgress } from '../../../../shared/domain/export';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { Kbd } from '../../components/kbd';
import { onMenuKey } from '../../components/menu-keys';
import { modKeyLabel } from '../../platform';
import { useAppInfoStore } from '../../stores/app-info-store';
import type { ColumnId, Grouping } from './explorer-store';
import { useToastStore } from '../../stores/toast-store';
import { useOutsideClick } from '../../hooks/use-outside-click';
import { exportWorklogs, onExportProgress, showInFolder } from './worklogs-api';

const nf = new Intl.NumberFormat();

function DownloadIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M12 3.5v11M7.5 10 12 14.5 16.5 10M4.5 15.5v3a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2v-3" />
    </svg>
  );
}

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'xlsx', label: 'Excel (.xlsx)', hint: 'Real dates and numbers; a Summary sheet when grouped' },
  { format: 'csv', label: 'CSV', hint: 'UTF-8, comma-separated, for any tool' },
];

export interface ExportMenuProps {
  /** The view's filters; null while the date range is incomplete. */
  filter: ExplorerFilter | null;
  groupBy: Grouping;
  sort: { by: RowSort; dir: SortDir };
  /** Visible columns, in display order. */
  columns: readonly ColumnId[];
  /** Worklogs in the view; null while loading. */
  count: number | null;
}

function isModE(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'e';
}

/**
 * "Export" in the Worklogs header: a menu of two formats. Main writes the file (a save dialog in
 * the desktop app; in the browser host a one-time download the browser saves) and answers with
 * where it went; nothing but that answer comes back. Ctrl/⌘+E opens the menu.
 */
export function ExportMenu({ filter, groupBy, sort, columns, count }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const host = useAppInfoStore((s) => s.info?.host);
  const toast = useToastStore((s) => s.show);

  const reason = !filter
    ? 'Choose a complete date range to export.'
    : count === null
      ? 'Wait for the worklogs to load.'
      : count === 0
        ? 'Nothing to export: no worklog matches these filters.'
        : null;
  const disabled = reason !== null || busy;

  const items = (): HTMLButtonElement[] => Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);

  // Focus the first format whenever the menu opens (click, keyboard or shortcut).
  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);

  useOutsideClick(rootRef, open, () => setOpen(false));

  // Ctrl/⌘+E from anywhere on the page, unless a dialog is open.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (!isModE(e) || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      if (busy) return;
      if (reason) {
        toast(reason, 'info');
        return;
      }
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [busy, reason, toast]);

  useEffect(() => {
    if (!busy) return;
    return onExportProgress((p) => setProgress(p));
  }, [busy]);

  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const run = async (format: ExportFormat): Promise<void> => {
    if (!filter) return;
    close(true);
    setBusy(true);
    setProgress(null);
    try {
      const r = await exportWorklogs({ query: filter, groupBy, sort, columns: [...columns], format });
      if (r.cancelled) return;
      const rows = `${nf.format(r.rows)} worklog${r.rows === 1 ? '' : 's'}`;
      if (host === 'electron') {
        const path = r.path;
        toast(`Exported ${rows} to ${r.fileName}`, 'success', {
          action: {
            label: 'Show in folder',
            run: () => void showInFolder(path).catch((e: unknown) => toast(errorMessage(e), 'error')),
          },
        });
      } else if (r.download) {
        // The browser host: the browser saves the file (the host answers with an attachment).
        const link = document.createElement('a');
        link.href = r.download;
        link.download = r.fileName;
        link.click();
        toast(`Exported ${rows} to ${r.fileName}`, 'success', { detail: 'Your browser saves it with your other downloads.' });
      } else {
        toast(`Exported ${rows} to ${r.fileName}`, 'success');
      }
    } catch (e) {
      toast(`The export failed. ${errorMessage(e)}`, 'error');
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const onMenuKeyDown = (e: React.KeyboardEvent): void => onMenuKey(e, menuRef.current, { onEscape: () => close(true), onTab: () => close(false) });

  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : null;
  const shortcut = `${modKeyLabel()}+E`;

  return (
    <div className="wl-export" ref={rootRef}>
      <span className="wl-export__anchor" title={reason ?? (busy ? 'Exporting…' : `Export the current view (${shortcut})`)}>
        <Button
          ref={buttonRef}
          icon={<DownloadIcon />}
          pending={busy}
          disabled={disabled}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-keyshortcuts="Control+E Meta+E"
          aria-describedby={reason ? 'wl-export-reason' : undefined}
          onClick={() => setOpen((o) => !o)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && !open) {
              e.preventDefault();
              setOpen(true);
            }
          }}
        >
          {busy ? (percent === null ? 'Exporting…' : `Exporting… ${percent}%`) : 'Export'}
        </Button>
      </span>
      {reason && (
        <span id="wl-export-reason" className="visually-hidden">
          {reason}
        </span>
      )}
      {open && (
        <div className="menu wl-export__menu" role="menu" aria-label="Export format" ref={menuRef} onKeyDown={onMenuKeyDown}>
          {FORMATS.map((f) => (
            <button key={f.format} type="button" role="menuitem" className="menu__item wl-export__item" onClick={() => void run(f.format)}>
              <span className="wl-export__label">{f.label}</span>
              <span className="wl-export__hint u-muted">{f.hint}</span>
            </button>
          ))}
          <p className="wl-export__note u-meta u-row">
            <span>Filters, grouping, order and visible columns as on screen.</span>
            <Kbd keys={[modKeyLabel(), 'E']} decorative />
          </p>
        </div>
      )}
    </div>
  );
}
