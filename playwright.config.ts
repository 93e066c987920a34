import { defineConfig, devices } from '@playwright/test';
import { CLOSED_NETWORK_ARGS, systemChromium } from './scripts/chromium-path.ts';

// AISLE_E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.AISLE_E2E_PORT ?? 4173);
/** The demo web shop page that embeds the widget, on a second origin (AISLE_E2E_HOST_PORT, else PORT + 1). */
const HOST_PORT = Number(process.env.AISLE_E2E_HOST_PORT ?? PORT + 1);
const executablePath = systemChromium();

const CHROMIUM_ARGS = CLOSED_NETWORK_ARGS;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    {
      name: 'kiosk-landscape',
      testIgnore: '**/webgpu.spec.ts',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 1024 } },
    },
    {
      // A portrait touch screen runs the specs whose outcome depends on the screen: layout and contrast
      // (axe), touch targets, the chat keeping the answer in view, the idle dialog, the Chinese UI and the
      // touch journey. Import, search, offline, staff mode, faults and the soak are the same on any screen:
      // once, in the landscape project, is enough.
      name: 'kiosk-touch-portrait',
      testMatch: [
        '**/accessibility.spec.ts',
        '**/browse.spec.ts',
        '**/chat.spec.ts',
        '**/idle-reset.spec.ts',
        '**/language.spec.ts',
        '**/touch-journey.spec.ts',
      ],
      use: { viewport: { width: 1080, height: 1920 }, hasTouch: true, isMobile: false, deviceScaleFactor: 1 },
    },
    {
      // The touch journey again on a landscape 1920×1080 touch screen: the only spec whose layout differs
      // enough between the two orientations to be worth a run of its own (the keyboard, the answer in view).
      name: 'kiosk-touch-landscape',
      testMatch: '**/touch-journey.spec.ts',
      use: { viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false, deviceScaleFactor: 1 },
    },
    {
      // A software (fallback) WebGPU adapter in headless Chromium: slow, but the real WebGPU code path.
      name: 'webgpu',
      testMatch: '**/webgpu.spec.ts',
      use: {
        viewport: { width: 1280, height: 1024 },
        launchOptions: { executablePath, args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'] },
      },
    },
  ],
  webServer: [
    {
      // The production build, served the way `npm start` serves it.
      command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A plain web shop page on another origin, embedding the widget from the build above.
      command: `node --import tsx scripts/demo-host.ts --port ${HOST_PORT} --widget http://localhost:${PORT}`,
      url: `http://localhost:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
