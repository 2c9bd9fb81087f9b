import type { CheckPart, CredentialReport, InstanceView } from '../../shared/domain/instance.js';
import { CLI_INVOCATION } from './cli-error.js';
import { formatTable } from './output.js';

/**
 * The instance as scripts see it (`--json`). Flat and stable: `tempo` is true when a Tempo token is
 * saved. There is no token field, by construction — InstanceView never carries one.
 */
export interface CliInstance {
  id: string;
  name: string;
  url: string;
  email: string;
  tempo: boolean;
  tempoUrl: string;
  jiraTokenSaved: boolean;
  account: string | null;
  accountId: string | null;
  lastCheck: { at: string; ok: boolean; message: string | null } | null;
}

export function toCliInstance(v: InstanceView): CliInstance {
  return {
    id: v.id,
    name: v.name,
    url: v.url,
    email: v.email,
    tempo: v.tempo.tokenSaved,
    tempoUrl: v.tempo.baseUrl,
    jiraTokenSaved: v.jiraTokenSaved,
    account: v.account?.displayName ?? null,
    accountId: v.account?.accountId ?? null,
    lastCheck: v.lastCheck,
  };
}

export const NO_INSTANCES = `No instances yet — add one with: ${CLI_INVOCATION} instance add --name alpha --url https://your-team.atlassian.net --email you@example.com --token-stdin`;

export function formatInstanceTable(list: readonly InstanceView[]): string {
  if (list.length === 0) return NO_INSTANCES;
  return formatTable(
    ['NAME', 'URL', 'EMAIL', 'TEMPO', 'SIGNED IN AS', 'LAST CHECK'],
    list.map((v) => [
      v.name,
      v.url,
      v.email,
      v.tempo.tokenSaved ? 'yes' : 'no',
      v.account?.displayName ?? '—',
      v.lastCheck ? `${v.lastCheck.ok ? 'ok' : 'failed'} ${v.lastCheck.at.slice(0, 16).replace('T', ' ')}` : '—',
    ]),
  );
}

export function describeAdded(v: InstanceView): string {
  const who = v.account ? `signed in as ${v.account.displayName}` : 'credentials accepted';
  return `Added "${v.name}" — ${who}.${v.tempo.tokenSaved ? ' Tempo token saved.' : ''}`;
}

export function reportFailed(report: CredentialReport): boolean {
  return !report.jira.ok || (report.tempo !== null && !report.tempo.ok);
}

const part = (label: string, p: CheckPart | null): string => {
  const head = `${label}:`.padEnd(7);
  if (p === null) return `${head}not set up (add a token with: ${CLI_INVOCATION} instance tempo --name … --token-stdin)`;
  return p.ok ? `${head}ok — ${p.detail}` : `${head}FAILED — ${p.message}`;
};

/** Jira and Tempo on their own lines, so one failing never hides the other. */
export function formatReport(name: string, report: CredentialReport): string {
  return [`Credentials of "${name}":`, part('Jira', report.jira), part('Tempo', report.tempo)].join('\n');
}
