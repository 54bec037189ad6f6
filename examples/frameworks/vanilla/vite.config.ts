import { defineConfig } from 'vite';

// Relative asset URLs, so that the built app can be served from any folder.
export default defineConfig({ base: './' });
