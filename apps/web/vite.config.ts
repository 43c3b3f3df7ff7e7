import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Resolve paths from this file so `vite build` behaves the same from the repo root or apps/web.
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The colour theme before the first paint (docs/development/README.md#themes): src/theme-init.js as a
 * classic, parser-blocking script in <head>. The build writes it under assets/, named by its content
 * hash, so it is served immutable like the rest of assets/ — not inline, because the
 * Content-Security-Policy allows scripts from the app's origin only. In development it is inlined.
 */
function themeInit(): Plugin {
  const source = () => readFileSync(fileURLToPath(new URL('./src/theme-init.js', import.meta.url)), 'utf8');
  const builtName = () => `assets/theme-init-${createHash('sha256').update(source()).digest('hex').slice(0, 8)}.js`;
  let building = false;
  return {
    name: 'timekeeper-theme-init',
    configResolved(config) {
      building = config.command === 'build';
    },
    generateBundle() {
      if (building) this.emitFile({ type: 'asset', fileName: builtName(), source: source() });
    },
    transformIndexHtml() {
      return [
        building
          ? { tag: 'script', attrs: { src: `/${builtName()}` }, injectTo: 'head' }
          : { tag: 'script', children: source(), injectTo: 'head' },
      ];
    },
  };
}

export default defineConfig({
  root,
  plugins: [
    react(),
    tailwindcss(),
    themeInit(),
    // A brotli (.br) and a gzip (.gz) copy beside every text file, at their best ratios: the API sends
    // the one the browser accepts (apps/api/src/plugins/web.ts) and never compresses at request time.
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(html|css|js|mjs|json|svg|webmanifest)$/ }),
  ],
  // `@/…` is apps/web/src (docs/development/README.md#lint-and-format).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // The API serves this folder (one port for the SPA and the API: docs/admin/deployment/README.md).
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // In development the API runs on its default port; same-origin /api keeps cookies and CSRF simple.
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000' },
    },
  },
});
