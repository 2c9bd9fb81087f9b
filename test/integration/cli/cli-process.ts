import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = path.join(ROOT, 'main', 'cli.ts');

export interface CliRun {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI in its own process (`node --import tsx main/cli.ts …`), as a user would, with its
 * own data folder. Asynchronous on purpose: the fake servers live in this process and must keep
 * answering while the CLI waits on them. Every run is kept in `transcript` so a test can check that
 * no token ever reached stdout or stderr.
 */
export function createCliRunner(dataDir: string) {
  const transcript: CliRun[] = [];
  const run = (args: string[], options: { stdin?: string; dataDir?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
        cwd: ROOT,
        env: { ...process.env, ...options.env, WORKLOG_DESK_DATA_DIR: options.dataDir ?? dataDir, NO_COLOR: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 25_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        const result = { args, code, stdout, stderr };
        transcript.push(result);
        resolve(result);
      });
      child.stdin.on('error', () => undefined); // the CLI may exit before reading stdin (usage errors)
      child.stdin.end(options.stdin ?? '');
    });
  return { run, transcript };
}

/** The lines of a stream's text, without the empty one after the final newline. */
export const lines = (text: string): string[] => text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
