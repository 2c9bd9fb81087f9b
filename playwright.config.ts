import { defineConfig } from '@playwright/test';

// The system Chromium (never `playwright install`: no browser downloads here). The flags keep it
// quiet and deterministic in CI containers: no sandbox (root), no GPU, no background traffic.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  globalSetup: './test/e2e/helpers/global-setup.ts',
  // Each test starts its own browser host (fresh data folder, keychain entries); one at a time keeps the keyring calm.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // One folder of committed pictures for the pixel diff (visual.spec.ts), no OS name in the path:
    // CI runs the same Debian Chromium as development.
    toHaveScreenshot: { pathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}' },
  },
  // No retries: a test that passes only on its second try proves nothing.
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.WORKLOG_DESK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Madrid',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
