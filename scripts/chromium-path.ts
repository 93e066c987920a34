import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * A Chromium installed on the system (Debian's `chromium` package, for one), or undefined, in which case
 * Playwright uses its own browser (installed by scripts/ensure-browser.mjs). CHROMIUM_PATH overrides both.
 */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for a closed network and for running as root in CI (the e2e tests and the benchmark). */
export const CLOSED_NETWORK_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
