import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Resolve paths from this file so `vite build` behaves the same from the repo root or apps/web.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    tailwindcss(),
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
