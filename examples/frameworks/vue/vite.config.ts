import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Relative asset URLs, so that the built app can be served from any folder.
  base: './',
  // The tags are custom elements, not Vue components: Vue creates them and sets their properties.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('estimate-') } } })],
});
