import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** Puts the one CSP (shared/csp.ts) into index.html, so the page is locked down even before the main process adds its header. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'ess-csp',
    transformIndexHtml: (html) =>
      html.replace('<!-- CSP -->', `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inlined assets: the CSP allows only files from the app itself.
    assetsInlineLimit: 0,
    sourcemap: false,
    // The passphrase-strength dictionaries are one large lazily loaded chunk by design.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    root: rootDir,
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
