import { create } from 'zustand';
import type { RangePreset } from '../../../shared/domain/dates';
import type { SyncProgress, SyncRunView, SyncSummary } from '../../../shared/domain/sync';
import { call, on } from '../api';
import { errorMessage } from '../api-error';
import { summaryToast } from './sync-summary-toast';
import { useSessionStore } from './session-store';
import { useToastStore } from './toast-store';

export type RangeChoice = RangePreset | 'custom';

/** What the "Sync now" card has chosen; kept here so it survives a trip to another page. */
export interface SyncDraft {
  preset: RangeChoice;
  customFrom: string;
  customTo: string;
  /** Instances left out; everything else (including instances added later) is synced. */
  excluded: string[];
  full: boolean;
}

export interface SyncRequestInput {
  from: string;
  to: string;
  /** Absent: all instances. */
  instanceIds?: string[];
  full?: boolean;
  /** Names for the rows shown before main's first progress event, in display order. */
  instances: { id: string; name: string }[];
}

interface SyncState {
  /** A sync is running in main (started here, from the tray, or by another window). */
  running: boolean;
  /** The run whose progress is shown: the running one, or the last one that ran while the app was open. */
  runId: string | null;
  range: { from: string; to: string } | null;
  /** One entry per instance of `runId`, in display order. */
  progress: SyncProgress[];
  starting: boolean;
  cancelling: boolean;
  /** Why the last start/cancel was refused, in main's words. */
  actionError: string | null;

  history: SyncRunView[];
  historyStatus: 'idle' | 'loading' | 'ready' | 'error';
  historyError: string | null;

  draft: SyncDraft;
  setDraft(patch: Partial<SyncDraft>): void;

  /** Asks main what is running (page load, reconnect) and shows it. */
  restore(): Promise<void>;
  loadHistory(): Promise<void>;
  start(req: SyncRequestInput): Promise<void>;
  cancel(): Promise<void>;
  clearActionError(): void;
}

export const HISTORY_LIMIT = 50;

/** Runs whose sync.finished already arrived; a late sync.start answer must not mark them running again. */
const finishedRuns = new Set<string>();
let historyGeneration = 0;

function upsert(list: SyncProgress[], p: SyncProgress): SyncProgress[] {
  const i = list.findIndex((x) => x.instanceId === p.instanceId);
  if (i < 0) return [...list, p];
  const next = list.slice();
  next[i] = p;
  return next;
}

/** The final state of each instance, from the summary (covers progress events missed while disconnected). */
function fromRun(run: SyncRunView): SyncProgress {
  return {
    runId: run.runId,
    instanceId: run.instanceId ?? run.instanceName,
    instanceName: run.instanceName,
    phase: 'done',
    done: run.counts.fetched,
    total: run.counts.fetched,
    status: run.status,
    message: run.error?.message ?? null,
  };
}

export const useSyncStore = create<SyncState>((set, get) => ({
  running: false,
  runId: null,
  range: null,
  progress: [],
  starting: false,
  cancelling: false,
  actionError: null,

  history: [],
  historyStatus: 'idle',
  historyError: null,

  draft: { preset: 'this-month', customFrom: '', customTo: '', excluded: [], full: false },
  setDraft: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),

  restore: async () => {
    try {
      const status = await call('sync.status');
      if (status.running && status.runId && !finishedRuns.has(status.runId)) {
        const { runId, progress } = get();
        const merged = status.progress.reduce(upsert, runId === status.runId ? progress : []);
        set({
          running: true,
          runId: status.runId,
          range: status.from && status.to ? { from: status.from, to: status.to } : get().range,
          progress: merged,
        });
      } else if (get().running) {
        // It ended while we were not listening: the history has the outcome.
        set({ running: false, cancelling: false });
        void get().loadHistory();
      }
    } catch {
      // Not fatal: the next event or reconnect tells us again.
    }
  },

  loadHistory: async () => {
    const mine = ++historyGeneration;
    set((s) => ({ historyStatus: s.historyStatus === 'ready' ? 'ready' : 'loading' }));
    try {
      const history = await call('sync.history', { limit: HISTORY_LIMIT });
      if (mine === historyGeneration) set({ history, historyStatus: 'ready', historyError: null });
    } catch (e) {
      if (mine === historyGeneration) set({ historyStatus: 'error', historyError: errorMessage(e) });
    }
  },

  start: async (req) => {
    if (get().starting || get().running) return;
    set({ starting: true, actionError: null });
    try {
      const { runId, joined } = await call('sync.start', {
        from: req.from,
        to: req.to,
        ...(req.instanceIds ? { instanceIds: req.instanceIds } : {}),
        ...(req.full ? { full: true } : {}),
      });
      if (!finishedRuns.has(runId)) {
        const s = get();
        if (s.runId !== runId) {
          // Rows straight away; main's first event replaces each one.
          const seeded = req.instances.map(
            (i): SyncProgress => ({ runId, instanceId: i.id, instanceName: i.name, phase: 'starting', done: 0, total: null, status: 'running', message: null }),
          );
          set({ running: true, runId, range: { from: req.from, to: req.to }, progress: joined ? [] : seeded });
          if (joined) void get().restore();
        } else {
          set({ running: true, range: { from: req.from, to: req.to } });
        }
      }
      if (joined) useToastStore.getState().show('A sync of this range was already running — showing its progress.', 'info');
      void get().loadHistory();
    } catch (e) {
      set({ actionError: errorMessage(e) });
    } finally {
      set({ starting: false });
    }
  },

  cancel: async () => {
    if (!get().running || get().cancelling) return;
    set({ cancelling: true, actionError: null });
    try {
      const { cancelled } = await call('sync.cancel');
      if (!cancelled) {
        // Nothing was running any more: catch up with what happened.
        set({ cancelling: false });
        await get().restore();
      }
    } catch (e) {
      set({ cancelling: false, actionError: errorMessage(e) });
    }
  },

  clearActionError: () => set({ actionError: null }),
}));

function onProgress(p: SyncProgress): void {
  const s = useSyncStore.getState();
  if (finishedRuns.has(p.runId)) {
    if (s.runId === p.runId) useSyncStore.setState({ progress: upsert(s.progress, p) });
    return;
  }
  if (s.runId === p.runId) {
    useSyncStore.setState({ running: true, progress: upsert(s.progress, p) });
    return;
  }
  if (s.starting) {
    // Our own start: its answer (with the range) is on the way; show the event already.
    useSyncStore.setState({ runId: p.runId, running: true, progress: [p] });
    return;
  }
  // A sync someone else started (the tray, another window): ask main for its range.
  useSyncStore.setState({ runId: p.runId, running: true, progress: [p], range: null, cancelling: false });
  void s.restore();
  void s.loadHistory();
}

function onFinished(summary: SyncSummary): void {
  finishedRuns.add(summary.runId);
  const s = useSyncStore.getState();
  if (s.runId === summary.runId || s.runId === null || !s.running) {
    const base = s.runId === summary.runId ? s.progress : [];
    useSyncStore.setState({
      running: false,
      cancelling: false,
      runId: summary.runId,
      range: { from: summary.from, to: summary.to },
      progress: summary.runs.filter((r) => r.kind === 'worklogs').map(fromRun).reduce(upsert, base),
    });
  }
  const toast = summaryToast(summary);
  useToastStore.getState().show(toast.message, toast.tone);
  void s.loadHistory();
}

/**
 * Follows sync events for the whole app (a sync started here keeps reporting while another page
 * is open, and the tray's syncs show up too). After the browser host's event stream reconnects,
 * main is asked again, since events sent meanwhile are lost.
 */
export function startSyncEvents(): () => void {
  const offProgress = on('sync.progress', onProgress);
  const offFinished = on('sync.finished', onFinished);
  void useSyncStore.getState().restore();
  let previous = useSessionStore.getState().connection;
  const offSession = useSessionStore.subscribe((state) => {
    if (state.connection === 'open' && previous === 'lost') {
      void useSyncStore.getState().restore();
      void useSyncStore.getState().loadHistory();
    }
    previous = state.connection;
  });
  return () => {
    offProgress();
    offFinished();
    offSession();
  };
}
