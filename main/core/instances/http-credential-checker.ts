import type { HttpClient } from '../http/http-client.js';
import { normalizeJiraSiteUrl } from '../jira/jira-site-url.js';
import { normalizeTempoBaseUrl } from '../tempo/tempo-client.js';
import type { CredentialChecker } from '../ports.js';
import { checkCredentials, verifyCredentials } from './verify-credentials.js';

/** The real CredentialChecker: Jira `/myself` and a cheap Tempo call through the shared pipeline. */
export function createHttpCredentialChecker(http: HttpClient): CredentialChecker {
  return {
    async verify(c, signal) {
      const { jira } = await verifyCredentials(http, c, signal);
      return { accountId: jira.accountId, displayName: jira.displayName };
    },
    async check(c, signal) {
      const r = await checkCredentials(http, c, signal);
      return {
        jira: r.jira.ok
          ? { ok: true, detail: `Signed in as ${r.jira.displayName}.` }
          : { ok: false, code: r.jira.code, message: r.jira.message },
        tempo:
          r.tempo === null
            ? null
            : r.tempo.ok
              ? { ok: true, detail: 'Tempo accepted the token.' }
              : { ok: false, code: r.tempo.code, message: r.tempo.message },
      };
    },
    normalizeJiraUrl: normalizeJiraSiteUrl,
    normalizeTempoUrl: normalizeTempoBaseUrl,
  };
}
