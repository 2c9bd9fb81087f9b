import type { DoctorCheck } from '../../../shared/domain/doctor.js';
import { isAppError } from '../errors.js';
import type { Clock, CredentialChecker, Credentials, Fetch } from '../ports.js';
import type { NetworkReason } from '../http/http-error.js';
import { classifyNetworkError } from '../http/network-error.js';
import { fail, info, pass } from './doctor-check.js';

/** More than this between this computer and Jira, and "changed since" windows start missing edits. */
export const MAX_CLOCK_SKEW_MS = 2 * 60_000;
const REACH_TIMEOUT_MS = 10_000;

export interface InstanceRef {
  id: string;
  name: string;
  url: string;
}

export interface InstanceCheckDeps {
  /** Saved credentials from the keychain; throws AppError in plain words when a token is missing. */
  credentials(id: string): Promise<Credentials>;
  checker: CredentialChecker;
  fetch: Fetch;
  clock: Clock;
  maxSkewMs?: number;
}

type Reach = { ok: true; serverDate: Date | null; sentAt: number; receivedAt: number } | { ok: false; reason: string };

/**
 * Reachability and the clock come from one request WITHOUT credentials (serverInfo answers anyone,
 * and any HTTP answer carries a Date header), so nothing secret goes anywhere to learn them.
 */
async function reach(url: string, deps: InstanceCheckDeps): Promise<Reach> {
  let last: Reach = { ok: false, reason: 'the connection failed' };
  // A second try only after a dropped connection: a pooled keep-alive socket may have gone stale.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const sentAt = deps.clock.now().getTime();
    try {
      const res = await deps.fetch(`${url}/rest/api/3/serverInfo`, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(REACH_TIMEOUT_MS) });
      await res.body?.cancel();
      const receivedAt = deps.clock.now().getTime();
      const header = res.headers.get('date');
      const serverDate = header ? new Date(header) : null;
      return { ok: true, serverDate: serverDate && !Number.isNaN(serverDate.getTime()) ? serverDate : null, sentAt, receivedAt };
    } catch (e) {
      if ((e as { name?: string }).name === 'TimeoutError') return { ok: false, reason: `no answer within ${REACH_TIMEOUT_MS / 1000} s` };
      const facts = classifyNetworkError(e);
      last = { ok: false, reason: NETWORK_WORDS[facts.reason] ?? `the connection failed (${facts.code ?? 'network error'})` };
      if (facts.reason !== 'reset') break;
    }
  }
  return last;
}

const NETWORK_WORDS: Partial<Record<NetworkReason, string>> = {
  refused: 'nothing answers there (connection refused)',
  dns: 'the name does not resolve (DNS)',
  reset: 'the connection was dropped before an answer',
  tls: "its certificate is not trusted by this computer (a proxy's own certificate?)",
};

function describeSkew(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  const amount = seconds >= 120 ? `${Math.round(seconds / 60)} minutes` : `${seconds} seconds`;
  return `${amount} ${ms > 0 ? 'ahead of' : 'behind'}`;
}

export async function checkInstance(instance: InstanceRef, deps: InstanceCheckDeps): Promise<DoctorCheck[]> {
  const id = (part: string) => `instance.${instance.id}.${part}`;
  const title = (part: string) => `${instance.name}: ${part}`;
  const r = await reach(instance.url, deps);
  if (!r.ok) {
    return [
      fail(id('reach'), title('reachable'), `Can't reach ${instance.name} at ${instance.url}: ${r.reason}. Check the address in Settings, your network, VPN or proxy.`),
      info(id('token'), title('token'), 'Not checked: the site could not be reached.'),
      info(id('clock'), title('clock'), 'Not checked: the site could not be reached.'),
    ];
  }
  const checks = [pass(id('reach'), title('reachable'), `${instance.url} answers.`)];

  try {
    const report = await deps.checker.check(await deps.credentials(instance.id));
    const parts = [report.jira.ok ? report.jira.detail : report.jira.message];
    if (report.tempo) parts.push(report.tempo.ok ? report.tempo.detail : report.tempo.message);
    const ok = report.jira.ok && (report.tempo === null || report.tempo.ok);
    checks.push(ok ? pass(id('token'), title('token'), parts.join(' ')) : fail(id('token'), title('token'), parts.join(' ')));
  } catch (e) {
    checks.push(fail(id('token'), title('token'), isAppError(e) ? e.message : 'The token could not be checked.'));
  }

  if (!r.serverDate) {
    checks.push(info(id('clock'), title('clock'), `${instance.name} sent no Date header, so the clock could not be compared.`));
  } else {
    // The server stamped its Date somewhere between sending and receiving: compare with the middle.
    const skew = (r.sentAt + r.receivedAt) / 2 - r.serverDate.getTime();
    const max = deps.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
    checks.push(
      Math.abs(skew) <= max
        ? pass(id('clock'), title('clock'), `This computer's clock agrees with ${instance.name}'s (within ${Math.max(1, Math.round(Math.abs(skew) / 1000))} s).`)
        : fail(
            id('clock'),
            title('clock'),
            `This computer's clock is ${describeSkew(skew)} ${instance.name}'s. Worklog times and "changed since" syncs rely on it: turn on automatic date and time.`,
          ),
    );
  }
  return checks;
}
