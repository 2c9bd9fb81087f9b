import type { CredentialReport } from '../../../shared/domain/instance.js';

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
