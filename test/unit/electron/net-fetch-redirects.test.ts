import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electron-fake.js'));

const { createNetFetch } = await import('../../../main/electron/net-fetch.js');

type Answer =
  | { redirect: { status: number; url: string } }
  | { response: { status: number; headers: Record<string, string>; body: string } }
  /** Headers and a first chunk, then the server goes silent: the body never ends. */
  | { stall: { status: number; headers: Record<string, string>; firstChunk: string } };

/**
 * Electron's ClientRequest as far as the adapter uses it, behaving like Electron's own
 * (lib/common/api/net-client-request.ts): with redirect 'manual' it emits 'redirect' and, unless
 * followRedirect() or abort() was called during that event, fails with "Redirect was cancelled".
 */
class FakeClientRequest extends EventEmitter {
  readonly headers: Record<string, string> = {};
  readonly written: string[] = [];
  aborted = false;
  followed = false;
  message: Readable | undefined;
  constructor(
    readonly options: Record<string, unknown>,
    private readonly answer: Answer,
  ) {
    super();
  }
  setHeader(k: string, v: string): void {
    this.headers[k] = v;
  }
  write(chunk: string): void {
    this.written.push(chunk);
  }
  followRedirect(): void {
    this.followed = true;
  }
  abort(): void {
    this.aborted = true;
  }
  end(): void {
    setImmediate(() => {
      if ('redirect' in this.answer) {
        this.emit('redirect', this.answer.redirect.status, 'GET', this.answer.redirect.url, {});
        if (!this.followed && !this.aborted) this.emit('error', new Error('Redirect was cancelled'));
        return;
      }
      if ('stall' in this.answer) {
        const { status, headers, firstChunk } = this.answer.stall;
        const stream = new Readable({ read: () => undefined });
        stream.push(Buffer.from(firstChunk));
        this.message = Object.assign(stream, { statusCode: status, statusMessage: 'OK', headers });
        this.emit('response', this.message);
        return;
      }
      const { status, headers, body } = this.answer.response;
      this.message = Object.assign(Readable.from([Buffer.from(body)]), { statusCode: status, statusMessage: 'OK', headers });
      this.emit('response', this.message);
    });
  }
}

function fakeNet(answer: Answer) {
  const made: FakeClientRequest[] = [];
  const net = {
    fetch: vi.fn(async () => new Response('via net.fetch')),
    request: vi.fn((options: Record<string, unknown>) => {
      const r = new FakeClientRequest(options, answer);
      made.push(r);
      return r;
    }),
  };
  return { net, made };
}

describe('net fetch adapter with manual redirects', () => {
  it('hands a redirect back as a 3xx with its Location, never following it', async () => {
    const { net, made } = fakeNet({ redirect: { status: 302, url: 'http://127.0.0.1:9/elsewhere' } });
    const res = await createNetFetch(net as never)('https://team.atlassian.net/rest/api/3/myself', {
      method: 'GET',
      headers: { Authorization: 'Basic abc' },
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('http://127.0.0.1:9/elsewhere');
    expect(made[0]?.followed).toBe(false);
    expect(made[0]?.aborted).toBe(true);
    expect(made[0]?.options).toMatchObject({ url: 'https://team.atlassian.net/rest/api/3/myself', redirect: 'manual', bypassCustomProtocolHandlers: true });
    expect(made[0]?.headers).toEqual({ authorization: 'Basic abc' });
    expect(net.fetch).not.toHaveBeenCalled();
  });

  it('passes an ordinary answer through, body and headers, and sends the body', async () => {
    const { net, made } = fakeNet({ response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' } });
    const res = await createNetFetch(net as never)('https://team.atlassian.net/rest/api/3/search/jql', { method: 'POST', body: '{"jql":"x"}', redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ ok: true });
    expect(made[0]?.written).toEqual(['{"jql":"x"}']);
  });

  it('gives up on a body that stalls once the caller aborts (the pipeline\'s per-try timeout)', async () => {
    const { net, made } = fakeNet({ stall: { status: 200, headers: { 'content-type': 'application/json' }, firstChunk: '{"values":[' } });
    const ctl = new AbortController();
    const res = await createNetFetch(net as never)('https://team.atlassian.net/rest/api/3/search/jql', { method: 'GET', signal: ctl.signal, redirect: 'manual' });
    expect(res.status).toBe(200);
    const reading = res.text();
    ctl.abort(new Error('the try took too long'));
    await expect(reading).rejects.toThrow('the try took too long');
    expect(made[0]?.aborted).toBe(true);
    expect(made[0]?.message?.destroyed).toBe(true);
  });
});
