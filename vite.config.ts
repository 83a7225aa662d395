/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app's Content-Security-Policy: its own scripts, styles, workers
 * and data only; no inline script, no eval, no other origin. `data:` images
 * are for the favicon in index.html. React sets style props through the CSSOM,
 * which style-src does not restrict. frame-ancestors cannot be set in a meta
 * element; a host should send it as a header.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built index.html only: the dev server's React refresh needs an inline script. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html has no <meta charset>: cannot place the Content-Security-Policy after it');
      return html.replace(charset, (meta) => `${meta}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

/** Files every first view fetches (paths as the app requests them, relative to the page). */
const FIRST_VIEW_DATA = ['data/index.json', 'geo/china-provinces.json'];

/**
 * Starts fetching the collection index and the country map while the script is
 * still downloading, instead of after the first render asks for them. The app
 * fetches them in CORS mode, so the hints say `crossorigin` to be reused.
 */
function preloadFirstViewData(): Plugin {
  return {
    name: 'preload-first-view-data',
    transformIndexHtml() {
      return FIRST_VIEW_DATA.map((path) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./${path}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
    },
  };
}

// Relative base so the built app works from any static host path.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadFirstViewData()],
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/loadLazyModules.ts'],
    testTimeout: 30_000,
  },
});
