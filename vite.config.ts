import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

import { offlineServiceWorker } from './scripts/vite/offline-service-worker';
import { prerenderStart } from './scripts/vite/prerender-start';
import { singleFile } from './scripts/vite/single-file';

/**
 * The Content-Security-Policy lives once, in index.html's meta tag, so a static host without header control still
 * enforces it. Here it is read back to send the same policy as a header from `vite preview` (a header can also carry
 * frame-ancestors, which a meta tag cannot).
 */
const cspMeta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/;
const indexHtml = readFileSync(new URL('./index.html', import.meta.url), 'utf8');
const csp = cspMeta.exec(indexHtml)?.[1];
if (csp === undefined) throw new Error('index.html must carry a Content-Security-Policy meta tag');

/**
 * The dev server injects an inline React Refresh preamble and inline <style> tags, which the strict policy would
 * block, so the meta tag is dropped while serving in dev only; builds keep it.
 */
const devWithoutCsp: Plugin = {
  name: 'mdn:dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(cspMeta, ''),
};

/** `vite build --mode single` (npm run build:single) writes the app as this one file, for opening from disk. */
export const SINGLE_FILE_MODE = 'single';
export const singleFileName = 'medai-data-navigator.html';

/**
 * The single file: one chunk holding every page, locale file and the Word library (a file:// page can fetch
 * nothing, so nothing may load on demand), no service worker (none can be registered from file://), and no public
 * folder copied (its script and icon are inlined, its profile.json cannot be read from file://).
 */
const singleFileBuild = {
  outDir: 'dist-single',
  emptyOutDir: true,
  copyPublicDir: false,
  modulePreload: false,
  cssCodeSplit: false,
  // Any image a stylesheet names becomes a data: URL rather than a file beside the page.
  assetsInlineLimit: Number.MAX_SAFE_INTEGER,
  chunkSizeWarningLimit: 4096,
  rolldownOptions: { output: { codeSplitting: false } },
};

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === SINGLE_FILE_MODE ? [react(), singleFile(singleFileName)] : [react(), devWithoutCsp, offlineServiceWorker(), prerenderStart()],
  build: mode === SINGLE_FILE_MODE ? singleFileBuild : {
    outDir: 'dist',
    emptyOutDir: true,
    // Pages, features and locale files are separate chunks loaded on demand; `npm run bench` prints the sizes.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      output: {
        // Left to itself the bundler cuts a dozen tiny shared chunks, and each costs a round trip on a slow
        // connection (Lighthouse's mobile preset counted them as most of the result page's load time). Two groups
        // keep the splitting where it matters: everything the entry needs in one file, and the parts the wizard,
        // result, report, review and training pages share in another.
        codeSplitting: {
          groups: [
            { name: 'core', tags: ['$initial'], priority: 4 },
            // The app's own code for the start page in two chunks that main.tsx evaluates one after the other, each in
            // a task of its own: the rules' vocabulary and data, then the routes, stores and schemas (src/app/boot.ts).
            { name: 'rules', test: /[\\/]src[\\/]rules[\\/]/u, priority: 3 },
            { name: 'boot', test: /[\\/]src[\\/]app[\\/]boot\.ts$/u, priority: 2 },
            {
              name: 'pages',
              test: /[\\/]src[\\/](components|features[\\/](result|assessments|timeline|citations|glossary|wizard))[\\/]/u,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: {
    headers: {
      'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/rules/**/*.test.{ts,tsx}', 'tests/scripts/**/*.test.{ts,tsx}', 'tests/architecture/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: [
            'tests/app/**/*.test.{ts,tsx}',
            'tests/features/**/*.test.{ts,tsx}',
            'tests/i18n/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
}));
