import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue 3 single-file components; tags starting with goesting- are custom elements, not Vue components.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  logLevel: 'warn',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('goesting-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
