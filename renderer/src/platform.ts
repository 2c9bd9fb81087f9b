/** Mac users read ⌘ where everyone else reads Ctrl; the shortcuts accept either key everywhere. */
export function isMac(): boolean {
  const uaData = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  const platform = uaData?.platform ?? navigator.platform ?? '';
  return /mac|iphone|ipad/i.test(platform);
}

export function modKeyLabel(): string {
  return isMac() ? '⌘' : 'Ctrl';
}
