import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adfFromText } from '../../../main/core/jira/jira-create.js';
import { createStore } from '../../fakes/jira/routes-create.js';
import type { PackageWorld } from './package-world.js';
import { TEMPLATE, startPackageWorld } from './package-world.js';

describe('package summary in the parent description', () => {
  let w: PackageWorld;
  beforeEach(async () => {
    w = await startPackageWorld();
    w.packages.templates.add(TEMPLATE);
  });
  afterEach(async () => {
    await w.close();
  });

  it("reaches Jira exactly as typed, $&, $` and $' included", async () => {
    const summary = "Deal $& co $` and $' — 100$$";
    const p = await w.packages.create({ templateName: 'Onboarding', summary, targets: [{ instanceId: w.instances.alpha.id, projectKey: 'OPS' }] });
    expect(p.status).toBe('ok');
    const parent = w.alpha.state.world.issues[0];
    expect(parent?.summary).toBe(summary);
    expect(createStore(w.alpha.state).details.get(parent?.id ?? '')?.description).toEqual(adfFromText(`Onboarding for ${summary}.\n\nAsk the team lead — “merci” 🚀`));
  });
});
