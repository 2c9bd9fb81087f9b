import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SettingsRepo } from './settings-repo.js';

const KEY = 'workspace.id';

/**
 * A random id of this data folder, created on first use. Secrets that belong to a workspace rather
 * than to an instance (the Factorial API key) are keyed by it, so two data folders on one computer
 * (work and a client's, the demo, tests) never share or overwrite each other's keys.
 */
export function workspaceId(settings: SettingsRepo, now: () => Date): string {
  const existing = settings.read(KEY, z.string().uuid(), '');
  if (existing) return existing;
  const id = randomUUID();
  settings.write(KEY, id, now().toISOString());
  return id;
}
