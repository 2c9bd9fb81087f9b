import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Notification, net, resetElectronFake } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { createNetFetch } = await import('../../../main/electron/net-fetch.js');
const { createNotifier } = await import('../../../main/electron/notifications.js');

beforeEach(() => resetElectronFake());

describe('net fetch adapter', () => {
  it('forwards to net.fetch and never lets a request reach our own app:// handler', async () => {
    const fetch = createNetFetch(net as never);
    const res = await fetch('https://team.atlassian.net/rest/api/3/myself', { method: 'GET', headers: { Accept: 'application/json' } });
    expect(await res.text()).toBe('ok');
    expect(net.fetch).toHaveBeenCalledWith('https://team.atlassian.net/rest/api/3/myself', {
      method: 'GET',
      headers: { Accept: 'application/json' },
      bypassCustomProtocolHandlers: true,
    });
  });
});

describe('notifier', () => {
  it('shows a notification with title and body, and wires the click', () => {
    const onClick = vi.fn();
    expect(createNotifier('/icons/icon.png').notify({ title: 'Sync finished', body: '42 worklogs', onClick })).toBe(true);
    const [shown] = Notification.instances;
    expect(shown?.options).toEqual({ title: 'Sync finished', body: '42 worklogs', icon: '/icons/icon.png' });
    expect(shown?.show).toHaveBeenCalled();
    shown?.emit('click');
    expect(onClick).toHaveBeenCalled();
  });

  it('reports false where the OS has no notifications', () => {
    Notification.supported = false;
    expect(createNotifier().notify({ title: 't', body: 'b' })).toBe(false);
    expect(Notification.instances).toHaveLength(0);
  });
});
