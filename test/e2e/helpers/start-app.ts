import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
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
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', 'main/web/web-main.ts', '--print-url-json'], {
    cwd: ROOT,
    env: { ...process.env, WORKLOG_DESK_DATA_DIR: dataDir, WORKLOG_DESK_LOG_LEVEL: 'debug' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (out += c));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host did not start within 30 s. Output:\n${out}`)), 30_000);
    child.stdout.on('data', (c: string) => {
      out += c;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with ${code} before it was ready. Output:\n${out}`));
    });
  });
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
    output: () => out,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
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
