import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative asset URLs, so that the built app can be served from any folder.
export default defineConfig({ base: './', plugins: [svelte()] });
