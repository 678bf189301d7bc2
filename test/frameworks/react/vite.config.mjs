import { defineConfig } from 'vite';

// React 19 through Vite's own JSX transform; the widgets come from the built workspace packages.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
