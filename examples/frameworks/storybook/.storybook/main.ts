import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../../../..', import.meta.url));

// The repository's own stories (stories/*.stories.ts), loaded as they are: the gallery's files.
export default {
  stories: ['../../../../stories/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  // A docs page per group of stories, with each story's description (parameters.docs.description).
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    // The stories import lit from the repository's node_modules and Storybook from this folder's:
    // one copy of Lit for both.
    resolve: { ...config.resolve, dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
    server: { ...config.server, fs: { ...config.server?.fs, allow: [repository] } },
  }),
} satisfies StorybookConfig;
