/**
 * The allowlist of channel and event names, without their schemas, so the preload script can
 * expose exactly these and nothing else without bundling zod. contract.ts checks at compile time
 * that this list and the schemas name the same channels.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'instances.list',
  'instances.add',
  'instances.update',
  'instances.remove',
  'instances.test',
  'shell.openExternal',
  'sync.start',
  'sync.cancel',
  'sync.status',
  'sync.history',
  'sync.clearCache',
  'worklogs.deleteRange',
  'settings.get',
  'settings.update',
  'explorer.query',
  'explorer.rows',
  'explorer.count',
  'explorer.facets',
  'explorer.series',
  'team.list',
  'team.add',
  'team.update',
  'team.remove',
  'templates.list',
  'templates.get',
  'templates.add',
  'templates.update',
  'templates.remove',
  'packages.check',
  'packages.create',
  'packages.retry',
  'packages.get',
  'packages.history',
  'packages.linked',
  'factorial.getConfig',
  'factorial.saveConfig',
  'factorial.test',
  'factorial.removeKey',
  'people.list',
  'people.unmapped',
  'people.autoMap',
  'people.map',
  'people.unmap',
  'leaves.sync',
  'leaves.list',
  'holidays.list',
  'holidays.add',
  'holidays.remove',
  'holidays.importIcs',
  'hours.report',
  'timesheet.get',
] as const;

export const EVENT_NAMES = ['instances.changed', 'sync.progress', 'sync.finished', 'settings.changed', 'packages.progress'] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];
