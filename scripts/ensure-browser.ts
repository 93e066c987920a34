// Makes sure the end-to-end tests have a Chromium: the system's when there is one, otherwise Playwright's.
import { execFileSync } from 'node:child_process';
import { systemChromium } from './chromium-path.ts';

const system = systemChromium();
if (system) {
  console.log(`e2e browser: ${system}`);
} else {
  console.log("e2e browser: no system Chromium found; installing Playwright's Chromium");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
