import { describe, expect, it } from 'vitest';
import { adfFromText } from '../../../main/core/jira/jira-create.js';
import { createStore } from '../../fakes/jira/routes-create.js';
import { usePackageWorld } from './package-world.js';

describe('package summary in the parent description', () => {
  const world = usePackageWorld();

  it("reaches Jira exactly as typed, $&, $` and $' included", async () => {
    const w = world();
    const summary = "Deal $& co $` and $' — 100$$";
    const p = await w.packages.create({ templateName: 'Onboarding', summary, targets: [{ instanceId: w.instances.alpha.id, projectKey: 'OPS' }] });
    expect(p.status).toBe('ok');
    const parent = w.alpha.state.world.issues[0];
    expect(parent?.summary).toBe(summary);
    expect(createStore(w.alpha.state).details.get(parent?.id ?? '')?.description).toEqual(adfFromText(`Onboarding for ${summary}.\n\nAsk the team lead — “merci” 🚀`));
  });
});
