// Debian's Chromium as the end-to-end tests and the budgets launch it. This workplace cannot download a browser,
// so the system's one is used (CHROMIUM_PATH overrides), with every feature that would reach the network off.

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless run; the launcher adds headless mode and the profile. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
