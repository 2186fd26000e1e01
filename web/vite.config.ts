// Vite builds the app into dist/ (served by `firsthire serve --web web/dist`);
// `npm run dev` proxies /api to a running server (FIRSTHIRE_URL, default
// http://127.0.0.1:8080). Vitest runs the *.spec.ts files in happy-dom.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': process.env.FIRSTHIRE_URL ?? 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
  },
});
