/**
 * The renderer's Content Security Policy, one text for both hosts: the Electron app:// protocol
 * and the browser host send it as a header (only a header can set `frame-ancestors`), and
 * renderer/index.html carries the same text in a <meta> tag (a test keeps them identical).
 * Nothing remote: API calls happen in main, so `connect-src` is only 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
