import type { PreflightProblem, TemplateView } from '../../../shared/domain/packages.js';
import type { JiraIssueType } from '../jira/jira-create.js';
import { findProject, issueTypesForProject } from '../jira/jira-create.js';
import type { InstanceApi, JiraAccess } from './jira-access.js';

export interface PreflightTarget {
  position: number;
  instanceId: string;
  instanceName: string;
  projectKey: string;
}

/** What the checks learnt, reused by the run so it does not ask Jira again. */
export interface ResolvedTarget {
  access: InstanceApi;
  parentTypeId: string;
  childTypeId: string;
}

export interface PreflightResult {
  problems: PreflightProblem[];
  resolved: Map<number, ResolvedTarget>;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const findType = (types: readonly JiraIssueType[], name: string): JiraIssueType | undefined => types.find((t) => t.name.toLowerCase() === name.trim().toLowerCase());

/**
 * Checks every target before anything is created — credentials, project, both issue types and
 * that the child type can sit under the parent type — and collects every problem, so the user
 * fixes them all in one go instead of one per attempt. Targets are checked concurrently; an
 * instance used by several targets has its credentials checked once.
 */
export async function preflight(access: JiraAccess, template: TemplateView, targets: readonly PreflightTarget[], signal?: AbortSignal): Promise<PreflightResult> {
  const instances = new Map<string, Promise<InstanceApi>>();
  const instance = (id: string): Promise<InstanceApi> => {
    let p = instances.get(id);
    if (!p) {
      p = access(id).then(async (a) => {
        await a.checkCredentials(signal);
        return a;
      });
      instances.set(id, p);
    }
    return p;
  };
  const problems: PreflightProblem[] = [];
  const resolved = new Map<number, ResolvedTarget>();

  await Promise.all(
    targets.map(async (t) => {
      const label = `${t.instanceName}:${t.projectKey}`;
      const problem = (message: string): void => void problems.push({ target: t.position, label, message });
      let a: InstanceApi;
      try {
        a = await instance(t.instanceId);
      } catch (e) {
        return problem(errorText(e));
      }
      try {
        const project = await findProject(a.api, t.projectKey, signal);
        if (!project) return problem(`Project ${t.projectKey} does not exist on "${t.instanceName}", or the account behind the token cannot see it.`);
        const types = await issueTypesForProject(a.api, project.key, signal);
        const available = types.map((x) => x.name).join(', ') || 'none';
        const parent = findType(types, template.parentIssueType);
        const child = findType(types, template.childIssueType);
        if (!parent) problem(`Issue type "${template.parentIssueType}" (parent) cannot be created in ${t.projectKey} on "${t.instanceName}" — available: ${available}.`);
        if (!child) problem(`Issue type "${template.childIssueType}" (child) cannot be created in ${t.projectKey} on "${t.instanceName}" — available: ${available}.`);
        if (!parent || !child) return;
        // Jira only accepts a parent exactly one level up (sub-task → standard → epic).
        if (parent.subtask || child.hierarchyLevel !== parent.hierarchyLevel - 1) {
          return problem(`In ${t.projectKey} on "${t.instanceName}", a "${child.name}" cannot be a child of a "${parent.name}": pick types one level apart (e.g. Epic → Story, or Story → Sub-task).`);
        }
        resolved.set(t.position, { access: a, parentTypeId: parent.id, childTypeId: child.id });
      } catch (e) {
        problem(errorText(e));
      }
    }),
  );
  problems.sort((x, y) => x.target - y.target);
  return { problems, resolved };
}

/** All problems as one line: the CLI prints errors on one line, the app shows the same text. */
export function describeProblems(problems: readonly PreflightProblem[]): string {
  const n = problems.length;
  return `Nothing was created: ${n} problem${n === 1 ? '' : 's'} found — ${problems.map((p) => `${p.label}: ${p.message}`).join(' | ')}`;
}
