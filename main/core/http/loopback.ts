/**
 * This computer's own addresses. Plain http:// is allowed only to them (local fake servers in
 * tests and the demo): tokens travel in every request and must not cross a network unencrypted.
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || /^127(\.\d{1,3}){3}$/.test(h);
}
