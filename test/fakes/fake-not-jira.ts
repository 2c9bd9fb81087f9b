import type { FakeServer } from './fake-server.js';
import { startFakeServer } from './fake-server.js';
import { htmlPage, sendHtml } from './respond.js';
import { Router } from './router.js';

/** Some random website: a 200 HTML page for every path — what a mistyped "Jira address" often is. */
export async function startFakeNotJira(): Promise<FakeServer> {
  return startFakeServer({
    router: new Router(),
    errorBody: (_status, message) => ({ message }),
    notFound: (ctx) => sendHtml(ctx.res, 200, htmlPage('Welcome to Example Corp', 'We make great things. <a href="/about">About us</a>')),
  });
}
