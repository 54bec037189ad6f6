import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative asset URLs, so that the built app can be served from any folder.
export default defineConfig({ base: './', plugins: [react()] });
