// The end-to-end tests (e2e/*.spec.ts): one serial journey through the web
// app against a real `firsthire serve` (e2e/global_setup.ts), in Debian's
// Chromium. `npx playwright test` from web/, after scripts/web-build.
// Environment:
//   FIRSTHIRE_BIN        the binary (default ../build/src/firsthire)
//   CHROMIUM             the browser (default /usr/bin/chromium)
//   SCREENSHOTS          where the README's PNGs go (default ../docs/screenshots; "" = none)
//   E2E_TIMEOUT_SECONDS  the bound on the whole run (default 300)
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global_setup.ts',
  globalTimeout: Number(process.env.E2E_TIMEOUT_SECONDS ?? 300) * 1000,
  timeout: 90_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1100, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
