import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../main/core/data-dir.js';

describe('resolveDataDir', () => {
  it('honours WORKLOG_DESK_DATA_DIR, resolved to an absolute path', () => {
    expect(resolveDataDir({ WORKLOG_DESK_DATA_DIR: '/tmp/ws-a' }, 'linux', '/home/u')).toBe('/tmp/ws-a');
    expect(resolveDataDir({ WORKLOG_DESK_DATA_DIR: 'rel' }, 'linux', '/home/u')).toMatch(/^\/.*\/rel$/);
  });
  it("matches Electron's userData for an app named Worklog Desk on each platform", () => {
    expect(resolveDataDir({}, 'linux', '/home/u')).toBe('/home/u/.config/Worklog Desk');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux', '/home/u')).toBe('/x/cfg/Worklog Desk');
    expect(resolveDataDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/Worklog Desk');
    expect(resolveDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toContain('Worklog Desk');
  });
  it('ignores a blank override', () => {
    expect(resolveDataDir({ WORKLOG_DESK_DATA_DIR: '  ' }, 'linux', '/home/u')).toBe('/home/u/.config/Worklog Desk');
  });
});
