import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test as base } from '@playwright/test';
import type { ChannelName } from '../../../shared/channel-names.js';
import type { Result } from '../../../shared/errors.js';
import type { FakeJira, FakeJiraUser } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { startWebHostProcess } from '../../helpers/web-host-process.js';

export interface StartedApp {
  /** With the secret in the fragment, as printed for the user. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Calls a channel over the browser host's HTTP API, like the page does. */
  rpc<T = unknown>(channel: ChannelName, input?: unknown): Promise<Result<T>>;
  /** Everything the host wrote to its log files so far. */
  logText(): string;
  output(): string;
  close(): Promise<void>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Starts `main/web/web-main.ts --print-url-json` as its own process — the same entry as
 * `npm run web` — on a fresh temporary data folder, and waits for the URL line. `prepare` may fill
 * the folder first (as an earlier run of the app or the CLI would have).
 */
export async function startApp(options: { prepare?: (dataDir: string) => Promise<void> } = {}): Promise<StartedApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-desk-e2e-'));
  try {
    await options.prepare?.(dataDir);
  } catch (e) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  const host = await startWebHostProcess(dataDir, { env: { WORKLOG_DESK_LOG_LEVEL: 'debug' } }).catch((e: unknown) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw e;
  });
  const { url } = host;
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';

  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    async rpc<T>(channel: ChannelName, input: unknown = {}) {
      const res = await fetch(`${parsed.origin}/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-worklog-desk-token': token },
        body: JSON.stringify(input),
      });
      return (await res.json()) as Result<T>;
    },
    logText() {
      const dir = path.join(dataDir, 'logs');
      if (!fs.existsSync(dir)) return '';
      return fs
        .readdirSync(dir)
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
        .join('\n');
    },
    output: () => host.output(),
    async close() {
      await host.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Jira account with a name that must survive every layer untouched. */
export const JIRA_USER: FakeJiraUser = {
  accountId: '5b10ac8d82e05b22cc7d4ef5',
  displayName: 'Zoë Ångström',
  email: 'zoe@example.com',
  // A fabricated Atlassian-shaped token, split so secret scanners don't take the fixture for a leak.
  token: 'ATA' + 'TT3xFfGF0-right-token-e2e-0123456789',
};
export const WRONG_TOKEN = 'ATA' + 'TT3xFfGF0-wrong-token-e2e-9876543210';
export const TEMPO_TOKEN = 'tempo-right-token-e2e-0123456789';

export const test = base.extend<{ app: StartedApp; jira: FakeJira; tempo: FakeTempo }>({
  // Playwright fixtures must destructure their dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  jira: async ({}, use) => {
    const jira = await startFakeJira({ users: [JIRA_USER], pathPrefix: '/jira' });
    await use(jira);
    await jira.close();
  },
  // eslint-disable-next-line no-empty-pattern
  tempo: async ({}, use) => {
    const tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
    await use(tempo);
    await tempo.close();
  },
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';

/** Explicit screenshots are kept as artifacts next to Playwright's own output. */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/**
 * The app scrolls inside its page body, not the document, so `fullPage` would stop at the
 * viewport: grow the viewport to the content for the shot, then put it back.
 */
export async function screenshotWholePage(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const body = page.locator('.page__body');
  const overflow = await body.evaluate((el) => el.scrollHeight - el.clientHeight);
  if (overflow > 0) await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + overflow, 4000) });
  await page.screenshot({ path: screenshotPath(name) });
  if (overflow > 0) await page.setViewportSize(viewport);
}
