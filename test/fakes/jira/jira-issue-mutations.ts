import type { FakeIssue, FakeProject, FakeWorld } from '../world.js';

/**
 * Changes to issues that Jira users make between syncs, each stamping the issue's `updated` like
 * Jira does (so `updated >= …` finds it): rename, re-parent (another parent or epic), move to
 * another project (a new key; its sub-tasks move with it, as Jira's move does).
 */
export function issueOps(world: FakeWorld, now: () => number = Date.now) {
  const find = (idOrKey: string): FakeIssue => {
    const i = world.issues.find((x) => x.id === idOrKey || x.key === idOrKey);
    if (!i) throw new Error(`no issue ${idOrKey}`);
    return i;
  };
  const project = (key: string): FakeProject => {
    const p = world.projects.find((x) => x.key === key);
    if (!p) throw new Error(`no project ${key}`);
    return p;
  };
  const nextKey = (p: FakeProject): string => {
    const used = world.issues.filter((i) => i.projectId === p.id).map((i) => Number(i.key.split('-')[1] ?? 0));
    return `${p.key}-${Math.max(0, ...used) + 1}`;
  };

  return {
    rename(idOrKey: string, summary: string): FakeIssue {
      const i = find(idOrKey);
      Object.assign(i, { summary, updated: now() });
      return i;
    },
    /** Under another parent (a story under another epic, a sub-task under another story), or none. */
    reparent(idOrKey: string, parentIdOrKey: string | null): FakeIssue {
      const i = find(idOrKey);
      Object.assign(i, { parentId: parentIdOrKey === null ? null : find(parentIdOrKey).id, updated: now() });
      return i;
    },
    moveToProject(idOrKey: string, projectKey: string): FakeIssue {
      const i = find(idOrKey);
      const p = project(projectKey);
      const t = now();
      Object.assign(i, { projectId: p.id, key: nextKey(p), updated: t });
      for (const sub of world.issues.filter((x) => x.parentId === i.id && x.type.hierarchyLevel < 0)) Object.assign(sub, { projectId: p.id, key: nextKey(p), updated: t });
      return i;
    },
    addProject(key: string, name: string): FakeProject {
      const p = { id: String(10000 + world.projects.length + 900), key, name };
      world.projects.push(p);
      return p;
    },
  };
}
