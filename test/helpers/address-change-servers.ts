import type { CredentialTrap } from '../fakes/credential-trap.js';
import { startCredentialTrap } from '../fakes/credential-trap.js';
import type { FakeFactorial } from '../fakes/fake-factorial.js';
import { startFakeFactorial } from '../fakes/fake-factorial.js';
import type { FakeJira } from '../fakes/fake-jira.js';
import { startFakeJira } from '../fakes/fake-jira.js';
import type { FakeTempo } from '../fakes/fake-tempo.js';
import { startFakeTempo } from '../fakes/fake-tempo.js';

export const ADA = { accountId: 'acc-ada', displayName: 'Ada Lovelace', email: 'ada@example.com' };

export interface AddressChangeSecrets {
  jiraToken: string;
  newJiraToken: string;
  tempoToken: string;
  factorialKey: string;
}

export interface AddressChangeServers {
  /** The Jira site the instance starts on (accepts `jiraToken`). */
  jira: FakeJira;
  /** The Jira site it legitimately moves to (accepts only `newJiraToken`). */
  jira2: FakeJira;
  tempo: FakeTempo;
  factorial: FakeFactorial;
  /** Another address that must never receive a credential. */
  trap: CredentialTrap;
  close(): Promise<void>;
}

/** The servers both address-change suites (contract and CLI) move an instance between. */
export async function startAddressChangeServers(s: AddressChangeSecrets): Promise<AddressChangeServers> {
  const [jira, jira2, tempo, factorial, trap] = await Promise.all([
    startFakeJira({ users: [{ ...ADA, token: s.jiraToken }] }),
    startFakeJira({ users: [{ ...ADA, token: s.newJiraToken }] }),
    startFakeTempo({ tokens: [s.tempoToken] }),
    startFakeFactorial({ apiKeys: [s.factorialKey] }),
    startCredentialTrap(),
  ]);
  return {
    jira,
    jira2,
    tempo,
    factorial,
    trap,
    close: async () => {
      await Promise.all([jira.close(), jira2.close(), tempo.close(), factorial.close(), trap.close()]);
    },
  };
}
