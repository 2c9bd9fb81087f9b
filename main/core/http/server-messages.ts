/**
 * Pulls the human-readable error texts out of an API error body, so a message can say what the
 * server said ("Issue does not exist or you do not have permission to see it.").
 * Shapes seen: Jira `{errorMessages: string[], errors: {field: msg}}`, Tempo
 * `{errors: {message}}`, generic `{message}` / `{error}` / `{errors: [{message}]}`.
 */
const MAX_ITEMS = 5;
const MAX_ITEM_LENGTH = 200;
const MAX_TOTAL_LENGTH = 300;

export function extractServerMessages(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const b = body as Record<string, unknown>;
  const out: string[] = [];
  const push = (text: unknown, label?: string): void => {
    if (typeof text !== 'string') return;
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean === '') return;
    const item = label === undefined ? clean : `${label}: ${clean}`;
    out.push(item.length > MAX_ITEM_LENGTH ? `${item.slice(0, MAX_ITEM_LENGTH - 1)}…` : item);
  };

  if (Array.isArray(b.errorMessages)) for (const m of b.errorMessages) push(m);
  const { errors } = b;
  if (Array.isArray(errors)) {
    for (const e of errors) push(typeof e === 'string' ? e : (e as { message?: unknown } | null)?.message);
  } else if (typeof errors === 'object' && errors !== null) {
    for (const [field, msg] of Object.entries(errors)) push(msg, field === 'message' ? undefined : field);
  }
  push(b.message);
  if (typeof b.error === 'string') push(b.error);
  else if (typeof b.error === 'object' && b.error !== null) push((b.error as { message?: unknown }).message);

  return [...new Set(out)].slice(0, MAX_ITEMS);
}

/** One short line for a message, or '' when the server said nothing useful. */
export function joinServerMessages(messages: readonly string[]): string {
  const joined = messages.join(' ');
  return joined.length > MAX_TOTAL_LENGTH ? `${joined.slice(0, MAX_TOTAL_LENGTH - 1)}…` : joined;
}
