import fs from 'node:fs';
import path from 'node:path';

/** Marks a folder as the demo's own, so --fresh never empties a folder it did not create. */
export const DEMO_MARKER = '.worklog-desk-demo';

/**
 * Makes `dir` ready for the demo. A folder that exists, holds files and has no marker is refused:
 * it may be someone's real data folder (--data-dir pointing at the app's own), which the demo must
 * neither fill with fake instances nor wipe. Returns whether an earlier demo's data is reused.
 */
export function prepareDemoFolder(dir: string, fresh: boolean): { reused: boolean } {
  const exists = fs.existsSync(dir);
  if (exists) {
    if (!fs.statSync(dir).isDirectory()) throw new Error(`${dir} is a file, not a folder. Choose another with --data-dir.`);
    const entries = fs.readdirSync(dir);
    if (entries.length > 0 && !entries.includes(DEMO_MARKER)) {
      throw new Error(`${dir} already holds files and is not a demo folder (there is no ${DEMO_MARKER} in it), so the demo leaves it alone. Choose an empty or new folder with --data-dir.`);
    }
    if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const marker = path.join(dir, DEMO_MARKER);
  const reused = fs.existsSync(marker) && fs.readdirSync(dir).length > 1;
  fs.writeFileSync(marker, 'Data folder of `npm run demo` (fake Jira/Tempo data). Safe to delete.\n');
  return { reused };
}
