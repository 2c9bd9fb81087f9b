import { create } from 'zustand';
import type { PackageCreateInput, PackageProgress, PackageProject, PackageView, TemplateView } from '../../../../shared/domain/packages';
import { errorMessage } from '../../api-error';
import { packagesApi } from './packages-api';

export type PackagesTab = 'new' | 'templates' | 'history';

/** A run this window started (create or retry) and the live progress of each of its targets. */
export interface PackageRun {
  kind: 'create' | 'retry';
  /** Unknown for a create until main's first progress event (or its answer) says it. */
  groupId: string | null;
  /** A create's own id, echoed by main in its progress events: how this window tells its run from others' (the CLI, another window). */
  requestId: string | null;
  /** What each target is, in order, so the rows show before the first event arrives. */
  targets: Array<{ instanceName: string; projectKey: string }>;
  progress: Array<PackageProgress | null>;
}

/** An instance's Jira projects, as the target's project picker knows them. */
export type ProjectsEntry = { status: 'loading' } | { status: 'ready'; projects: PackageProject[] } | { status: 'error'; message: string };

interface PackagesState {
  tab: PackagesTab;
  setTab(tab: PackagesTab): void;

  templates: TemplateView[];
  templatesStatus: 'idle' | 'loading' | 'ready' | 'error';
  templatesError: string | null;
  loadTemplates(): Promise<void>;

  history: PackageView[];
  historyStatus: 'idle' | 'loading' | 'ready' | 'error';
  historyError: string | null;
  loadHistory(): Promise<void>;
  /** The package selected in History. */
  selectedGroupId: string | null;
  select(groupId: string | null): void;

  /** Jira projects per instance id, asked once per wizard session (a failed ask can be tried again). */
  projects: Record<string, ProjectsEntry>;
  loadProjects(instanceId: string): Promise<void>;
  /** A new wizard session asks again: projects may have been added in Jira meanwhile. */
  forgetProjects(): void;

  run: PackageRun | null;
  /** Creates the package, following its progress; resolves with main's answer or throws its error. */
  create(input: PackageCreateInput, targets: PackageRun['targets']): Promise<PackageView>;
  /** Finishes what is missing of a package; resolves with the completed result. */
  retry(view: PackageView): Promise<PackageView>;
}

export const PACKAGE_HISTORY_LIMIT = 100;

let templatesGeneration = 0;
let historyGeneration = 0;

/** Replaces a package in the history (or puts it first), so a retry shows at once everywhere. */
function upsertView(list: PackageView[], view: PackageView): PackageView[] {
  const i = list.findIndex((p) => p.groupId === view.groupId);
  if (i < 0) return [view, ...list];
  const next = list.slice();
  next[i] = view;
  return next;
}

export const usePackagesStore = create<PackagesState>((set, get) => ({
  tab: 'new',
  setTab: (tab) => set({ tab }),

  templates: [],
  templatesStatus: 'idle',
  templatesError: null,
  loadTemplates: async () => {
    const mine = ++templatesGeneration;
    set((s) => ({ templatesStatus: s.templatesStatus === 'ready' ? 'ready' : 'loading' }));
    try {
      const templates = await packagesApi.templates();
      if (mine === templatesGeneration) set({ templates, templatesStatus: 'ready', templatesError: null });
    } catch (e) {
      if (mine === templatesGeneration) set({ templatesStatus: 'error', templatesError: errorMessage(e) });
    }
  },

  history: [],
  historyStatus: 'idle',
  historyError: null,
  loadHistory: async () => {
    const mine = ++historyGeneration;
    set((s) => ({ historyStatus: s.historyStatus === 'ready' ? 'ready' : 'loading' }));
    try {
      const history = await packagesApi.history(PACKAGE_HISTORY_LIMIT);
      if (mine === historyGeneration) set({ history, historyStatus: 'ready', historyError: null });
    } catch (e) {
      if (mine === historyGeneration) set({ historyStatus: 'error', historyError: errorMessage(e) });
    }
  },
  selectedGroupId: null,
  select: (groupId) => set({ selectedGroupId: groupId }),

  projects: {},
  loadProjects: async (instanceId) => {
    const known = get().projects[instanceId];
    if (!instanceId || known?.status === 'loading' || known?.status === 'ready') return;
    const put = (entry: ProjectsEntry): void => set((s) => ({ projects: { ...s.projects, [instanceId]: entry } }));
    put({ status: 'loading' });
    try {
      put({ status: 'ready', projects: await packagesApi.projects(instanceId) });
    } catch (e) {
      put({ status: 'error', message: errorMessage(e) });
    }
  },
  forgetProjects: () => set({ projects: {} }),

  run: null,
  create: async (input, targets) => {
    const requestId = crypto.randomUUID();
    set({ run: { kind: 'create', groupId: null, requestId, targets, progress: targets.map(() => null) } });
    try {
      const view = await packagesApi.create({ ...input, requestId });
      set((s) => ({ history: upsertView(s.history, view) }));
      return view;
    } finally {
      set({ run: null });
      void get().loadHistory();
    }
  },
  retry: async (view) => {
    set({
      run: {
        kind: 'retry',
        groupId: view.groupId,
        requestId: null,
        targets: view.targets.map((t) => ({ instanceName: t.instanceName, projectKey: t.projectKey })),
        progress: view.targets.map(() => null),
      },
    });
    try {
      const next = await packagesApi.retry(view.groupId);
      set((s) => ({ history: upsertView(s.history, next) }));
      return next;
    } finally {
      set({ run: null });
      void get().loadHistory();
    }
  },
}));

function onProgress(p: PackageProgress): void {
  const { run } = usePackagesStore.getState();
  if (!run) return;
  if (run.groupId === null) {
    // Our create's group id is only known from its events: they carry the request id we chose.
    if (run.requestId === null || p.requestId !== run.requestId) return;
    run.groupId = p.groupId;
  }
  if (run.groupId !== p.groupId) return;
  const progress = run.progress.slice();
  progress[p.target] = p;
  usePackagesStore.setState({ run: { ...run, progress } });
}

/** Follows package progress events while the Packages page is open. */
export function startPackageEvents(): () => void {
  return packagesApi.onProgress(onProgress);
}
