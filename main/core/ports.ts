/**
 * What core needs from the world, handed in by the composition roots (Electron main, the browser
 * host, the CLI, tests). Core never reaches for globals it could be given.
 */
import type { CredentialReport } from '../../shared/domain/instance.js';

/** The fetch signature core uses: global fetch in Node, `net.fetch` in Electron (system proxy, OS certificates). */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface Clock {
  now(): Date;
  /** Resolves after `ms`, or rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The OS keychain. Keys are opaque account names under the app's service name. */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  /** Resolves true when something was deleted. */
  delete(key: string): Promise<boolean>;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Where an export goes: the file, and whether an existing file there may be replaced. */
export interface ExportDestination {
  path: string;
  /** True only when the user agreed to replace it (a save dialog asks); otherwise an existing file is never overwritten. */
  replace: boolean;
}

/**
 * Asks the host where to write an export: Electron shows a save dialog (null when cancelled), the
 * browser host a private temporary folder per export, which the page then downloads.
 */
export type ChooseExportPath = (suggestedFileName: string, format: 'csv' | 'xlsx') => Promise<ExportDestination | null>;

/** An instance's saved credentials, as the clients (Jira, Tempo) and the checker take them. */
export interface Credentials {
  name: string;
  url: string;
  email: string;
  jiraToken: string;
  tempoToken: string | null;
  tempoBaseUrl: string;
}

export interface VerifiedAccount {
  accountId: string;
  displayName: string;
}

/** The network side of instance management, handed to the service (real: Jira + Tempo clients). */
export interface CredentialChecker {
  /** Throws an AppError in plain words when Jira or Tempo refuses the credentials. */
  verify(c: Credentials, signal?: AbortSignal): Promise<VerifiedAccount>;
  /** Never throws for a credentials problem: reports Jira and Tempo separately. */
  check(c: Credentials, signal?: AbortSignal): Promise<CredentialReport>;
  normalizeJiraUrl(url: string): string;
  normalizeTempoUrl(url: string): string;
}

/** setTimeout and clearTimeout, injected so tests can drive time (background sync, morning nudge). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
