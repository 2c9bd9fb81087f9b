import { createServer } from 'node:http';
import type { Socket } from 'node:net';

/** What a trap saw of one request: the headers that carry Jira, Tempo or Factorial credentials. */
export interface TrappedRequest {
  method: string;
  path: string;
  /** Header name → value, for every credential-bearing header that came with the request. */
  credentials: Record<string, string>;
}

export interface CredentialTrap {
  url: string;
  origin: string;
  port: number;
  /** Every request received, in order. */
  requests: TrappedRequest[];
  /** Only the requests that carried a credential: the ones a test asserts never happen. */
  readonly leaks: TrappedRequest[];
  close(): Promise<void>;
}

// Jira: Basic; Tempo: Bearer; Factorial: x-api-key. Cookies could carry a session too.
const CREDENTIAL_HEADERS = ['authorization', 'x-api-key', 'cookie', 'proxy-authorization'];

/**
 * A server on another 127.0.0.1 port standing in for a host a token must never reach (a redirect
 * target, a changed address). It answers every request with an empty 200 JSON object and records
 * any credential it receives, so a test can assert that it received none.
 */
export async function startCredentialTrap(): Promise<CredentialTrap> {
  const requests: TrappedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const credentials: Record<string, string> = {};
    for (const h of CREDENTIAL_HEADERS) {
      const v = req.headers[h];
      if (v !== undefined) credentials[h] = Array.isArray(v) ? v.join(', ') : v;
    }
    requests.push({ method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0] ?? '/', credentials });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('credential trap: no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin,
    origin,
    port: address.port,
    requests,
    get leaks() {
      return requests.filter((r) => Object.keys(r.credentials).length > 0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
