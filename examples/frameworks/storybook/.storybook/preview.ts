import type { Preview } from '@storybook/web-components-vite';

export default {
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Preview;
