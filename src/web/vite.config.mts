import { defineConfig } from 'vite';

/**
 * The web app is its own Vite root (`vite build src/web`); its output lands in dist/web, next to the
 * compiled API, which serves it at `/`. Vite's built-in Oxc transform compiles TSX with React's
 * automatic JSX runtime, so no framework plugin is needed for a production build.
 */
export default defineConfig({
  base: '/',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
});
