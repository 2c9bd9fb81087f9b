/** Jira Cloud REST auth: HTTP Basic with the Atlassian account email and an API token. */
export function basicAuth(email: string, token: string): string {
  return `Basic ${Buffer.from(`${email}:${token}`, 'utf8').toString('base64')}`;
}

/** Tempo (and OAuth) auth. */
export function bearer(token: string): string {
  return `Bearer ${token}`;
}
