import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronFake, shell } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { createOpenExternal, isOpenableUrl } = await import('../../../main/electron/open-external.js');

beforeEach(() => resetElectronFake());

describe('openExternal', () => {
  it('opens https links in the browser', async () => {
    const open = createOpenExternal(shell as never);
    await open('https://team.atlassian.net/browse/ABC-1?focusedWorklogId=5');
    expect(shell.openExternal).toHaveBeenCalledWith('https://team.atlassian.net/browse/ABC-1?focusedWorklogId=5');
  });

  it('refuses everything that is not plain https, without asking the OS', async () => {
    const open = createOpenExternal(shell as never);
    const refused = [
      'http://team.atlassian.net/',
      'file:///etc/passwd',
      'file://server/share/evil.exe',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ms-msdt:/id PCWDiagnostic',
      'smb://attacker/share',
      'vscode://extension/install',
      'app://worklog-desk/index.html',
      'https://user:password@evil.example/',
      'https://support@evil.example/',
      'https://',
      'not a url',
      '',
    ];
    for (const url of refused) {
      expect(isOpenableUrl(url), url).toBe(false);
      await expect(open(url), url).rejects.toMatchObject({ code: 'validation' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
