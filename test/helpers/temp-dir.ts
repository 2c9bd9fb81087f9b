import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder per test, removed afterwards unless KEEP_TEST_DIRS=1 (for post-mortems). */
export function makeTempDir(prefix = 'wd-test-'): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    cleanup: () => {
      if (process.env.KEEP_TEST_DIRS !== '1') fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
