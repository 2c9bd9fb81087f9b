import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppCore } from '../../main/core/app-core.js';
import { createAppCore } from '../../main/core/app-core.js';
import type { Fetch } from '../../main/core/ports.js';
import type { InstanceView } from '../../shared/domain/instance.js';
import type { SyncSummary } from '../../shared/domain/sync.js';
import type { FakeHost } from './fake-host-client.js';
import type { RequestTimes } from './timed-fetch.js';
import { createTimedFetch } from './timed-fetch.js';

/** A failure the CLI prints as is: the core's own words (keychain missing, fake refused...). */
export class BenchError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'BenchError';
  }
}

export interface BenchCredentials {
  email: string;
  jiraToken: string;
  tempoToken: string;
}

/**
 * One data folder with its core, as the app would have it: default per-host limits and retry
 * policy (nothing tuned for the bench), tokens in the OS keychain. Reopening makes a fresh core on
 * the same folder, like the app starting again the next day.
 */
export class BenchSession {
  private constructor(
    readonly dir: string,
    private current: AppCore,
    private readonly timing: ReturnType<typeof createTimedFetch>,
    private readonly fakes: FakeHost,
  ) {}

  readonly instances: InstanceView[] = [];

  static open(fakes: FakeHost, prefix: string): BenchSession {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const timing = createTimedFetch(new URL(fakes.tempoUrl).origin);
    return new BenchSession(dir, BenchSession.core(dir, timing.fetch), timing, fakes);
  }

  private static core(dir: string, fetch: Fetch): AppCore {
    return createAppCore({ host: 'cli', dataDir: dir, fetch });
  }

  get core(): AppCore {
    return this.current;
  }

  get times(): RequestTimes {
    return this.timing.times;
  }

  private async call<T>(channel: string, input: unknown): Promise<T> {
    const r = await this.current.dispatch(channel, input);
    if (!r.ok) throw new BenchError(r.error.message, r.error.code);
    return r.value as T;
  }

  /** Adds an instance through the contract, as the Settings page does (verified against the fakes). */
  async addInstance(name: string, source: 'tempo' | 'jira', creds: BenchCredentials): Promise<InstanceView> {
    const view = await this.call<InstanceView>('instances.add', {
      name,
      url: this.fakes.jiraUrl,
      email: creds.email,
      jiraToken: creds.jiraToken,
      ...(source === 'tempo' ? { tempoToken: creds.tempoToken, tempoBaseUrl: this.fakes.tempoUrl } : {}),
    });
    this.instances.push(view);
    return view;
  }

  async sync(from: string, to: string, instanceIds = this.instances.map((i) => i.id)): Promise<SyncSummary> {
    this.timing.reset();
    return this.current.services.sync.run({ from, to, instanceIds });
  }

  reopen(): void {
    this.current.close();
    this.current = BenchSession.core(this.dir, this.timing.fetch);
  }

  /** Removes the instances (and so their keychain entries), closes the core, deletes the folder. */
  async dispose(): Promise<void> {
    for (const i of this.instances) await this.call('instances.remove', { id: i.id }).catch(() => undefined);
    this.current.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
