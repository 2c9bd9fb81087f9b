import { AppError } from '../errors.js';

/** scheme + host + port: what a browser calls an origin, and what a saved secret is tied to. */
export const originOf = (url: string): string => new URL(url).origin;

export const sameOrigin = (a: string, b: string): boolean => originOf(a) === originOf(b);

/**
 * A saved token or key belongs to the address it was given for. When a change moves the address
 * to another origin, the secret must be given again in the same change: otherwise the change is
 * refused here, before any request, so a saved secret never goes to a new host first (a typo, a
 * look-alike domain, or someone else driving the app).
 */
export function requireSecretForNewOrigin(change: { service: string; secret: string; subject: string; from: string; to: string; secretGiven: boolean }): void {
  if (change.secretGiven || sameOrigin(change.from, change.to)) return;
  throw new AppError(
    'validation',
    `The ${change.service} address of ${change.subject} would change from ${originOf(change.from)} to ${originOf(change.to)}. ` +
      `Enter ${change.secret} again together with the new address: Worklog Desk never sends a saved ${change.secret.replace(/^the /, '')} to a new address. Nothing was changed.`,
  );
}
