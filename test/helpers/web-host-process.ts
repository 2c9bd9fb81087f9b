import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface WebHostProcess {
  /** With the session secret in the fragment, as printed for the user. */
  url: string;
  /** Everything the host wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then SIGKILL after 5 s if it is still running. */
  stop(): Promise<void>;
}

/**
 * Starts `main/web/web-main.ts --print-url-json` as its own process — the same entry as `npm run
 * web`, minus the build — on `dataDir`, and waits for the JSON line carrying its URL. Used by the
 * e2e tests and by `bench:paint`.
 */
export async function startWebHostProcess(dataDir: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<WebHostProcess> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/web/web-main.ts', '--print-url-json'], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, WORKLOG_DESK_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (out += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host did not start within ${timeoutMs / 1000} s. Output:\n${out}`)), timeoutMs);
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
  return {
    url,
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
