import type { AppCore } from '../../main/core/app-core.js';
import type { InstanceView } from '../../shared/domain/instance.js';
import type { DemoSite } from '../../test/fakes/demo-world.js';

/** A dispatch failure, carrying the core's own message (written for people) and code. */
export class CoreRefused extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'CoreRefused';
  }
}

export async function call<T>(core: AppCore, channel: string, input: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new CoreRefused(r.error.message, r.error.code);
  return r.value as T;
}

export interface DemoAddress {
  jiraUrl: string;
  /** null for a Jira-only site. */
  tempoUrl: string | null;
}

/**
 * Adds the site's instance, or — on a re-run, where the fakes listen on new ports — points the
 * existing one at them and saves the tokens again (the keychain may have been reset, e.g. by a
 * test keyring). Both go through the contract and are verified against the fakes like real ones.
 */
export async function upsertDemoInstance(core: AppCore, site: DemoSite, at: DemoAddress): Promise<{ view: InstanceView; action: 'added' | 'updated' }> {
  const existing = (await call<InstanceView[]>(core, 'instances.list', {})).find((i) => i.name === site.name);
  const tempo = site.tempoToken !== null && at.tempoUrl !== null ? { tempoToken: site.tempoToken, tempoBaseUrl: at.tempoUrl } : { tempoToken: null };
  if (existing) {
    const view = await call<InstanceView>(core, 'instances.update', { id: existing.id, url: at.jiraUrl, email: site.lead.email, jiraToken: site.lead.token, ...tempo });
    return { view, action: 'updated' };
  }
  const view = await call<InstanceView>(core, 'instances.add', { name: site.name, url: at.jiraUrl, email: site.lead.email, jiraToken: site.lead.token, ...tempo });
  return { view, action: 'added' };
}
