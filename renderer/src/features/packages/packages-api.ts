import type { CredentialReport } from '../../../../shared/domain/instance';
import type { LinkedIssues, PackageCreateInput, PackageProgress, PackageProject, PackageView, PreflightProblem, TemplateInput, TemplateView } from '../../../../shared/domain/packages';
import { call, on } from '../../api';

/**
 * Every call the Packages page makes to main, in one place: components and the store use these,
 * never `call` itself, so the page's whole conversation with main reads in one file.
 */
export const packagesApi = {
  templates: (): Promise<TemplateView[]> => call('templates.list'),
  addTemplate: (t: TemplateInput): Promise<TemplateView> => call('templates.add', t),
  updateTemplate: (id: string, t: TemplateInput): Promise<TemplateView> => call('templates.update', { id, ...t }),
  removeTemplate: (id: string): Promise<{ removed: true }> => call('templates.remove', { id }),

  history: (limit: number): Promise<PackageView[]> => call('packages.history', { limit }),
  linked: (groupId: string): Promise<LinkedIssues> => call('packages.linked', { groupId }),
  check: (input: PackageCreateInput): Promise<PreflightProblem[]> => call('packages.check', input),
  create: (input: PackageCreateInput): Promise<PackageView> => call('packages.create', input),
  retry: (groupId: string): Promise<PackageView> => call('packages.retry', { groupId }),

  /** The Jira projects of an instance, every page of them, ordered by key (the target's project picker). */
  projects: (instanceId: string): Promise<PackageProject[]> => call('packages.projects', { instanceId }),
  /** A target's "Test credentials". */
  testInstance: (id: string): Promise<CredentialReport> => call('instances.test', { id }),

  onProgress: (listener: (p: PackageProgress) => void): (() => void) => on('packages.progress', listener),
};
