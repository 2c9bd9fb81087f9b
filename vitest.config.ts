import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // Real SQLite files, real sockets and the real keychain: forks keep native modules isolated.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // electron-store imports 'electron' at load; tests mock it, and inlining lets the mock apply.
    server: { deps: { inline: ['electron-store'] } },
  },
});
