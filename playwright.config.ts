import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';
import { selectedProjects } from './e2e/scaleSelection';

// Overridable so several e2e runs (or a bench) can share a machine without clashing.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
// The scale project: the app over a seeded 5,000-article generated corpus (e2e/scale-server.ts).
const SCALE_PORT = Number(process.env.E2E_SCALE_PORT ?? 4318);
const SCALE_OUT_DIR = `${OUT_DIR.replace(/\/+$/, '')}-scale`;
const DESKTOP = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

const appServer = {
  command: `npm run build -- --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
  url: `http://127.0.0.1:${PORT}/`,
  timeout: 180_000,
  reuseExistingServer: !process.env.CI,
};
const scaleServer = {
  command: `npx tsx e2e/scale-server.ts --port ${SCALE_PORT} --app-out ${SCALE_OUT_DIR} --count 5000 --seed 1`,
  url: `http://127.0.0.1:${SCALE_PORT}/`,
  // A clean checkout generates and parses the corpus first; later runs reuse it from /tmp.
  timeout: 600_000,
  reuseExistingServer: !process.env.CI,
};
// Only the servers of the projects this command line can run (a single explorer spec never waits for the 5,000 articles).
const selected = selectedProjects(process.argv);

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_RESULTS_DIR ?? 'test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', testIgnore: /scale\.spec\.ts$/, use: DESKTOP },
    { name: 'scale', testMatch: /scale\.spec\.ts$/, use: { ...DESKTOP, baseURL: `http://127.0.0.1:${SCALE_PORT}/` } },
  ],
  webServer: selected.scale ? (selected.desktop ? [appServer, scaleServer] : [scaleServer]) : appServer,
});
