/**
 * A failed Electron build of the native modules, in one sentence for the person at the terminal.
 * `offline`: Electron's headers (or the module's prebuilt binary) could not be downloaded — the
 * usual case on a machine without internet, where the same app runs in the browser instead.
 */
export class NativeBuildError extends Error {
  constructor(
    readonly kind: 'offline' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'NativeBuildError';
  }
}

const NETWORK = /related to network connectivity|behind a proxy|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|fetch failed|self[- ]signed certificate|unable to get local issuer|\b40[34]\b.*(headers|electronjs)|(headers|electronjs).*\b40[34]\b/i;

/** Only the words of the failure decide; the raw text goes to the build log, never to the screen. */
export function classifyBuildFailure(raw: string, electronVersion: string, logFile: string): NativeBuildError {
  if (NETWORK.test(raw)) {
    return new NativeBuildError(
      'offline',
      `Electron ${electronVersion}'s headers could not be downloaded, so the database engine can't be built for the desktop app on this machine — run \`npm run web\` to use the same app in your browser (details: ${logFile}).`,
    );
  }
  return new NativeBuildError(
    'failed',
    `Building the database engine for Electron ${electronVersion} failed (a C++ compiler and Python are needed when no prebuilt binary exists) — the details are in ${logFile}; meanwhile \`npm run web\` runs the same app in your browser.`,
  );
}
