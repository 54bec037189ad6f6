/**
 * The subset of Component Story Format used here: a default export naming the component and a
 * named export per story with a `render` function. A Storybook user can load these modules as they
 * are; the gallery (gallery.ts) reads the same shape.
 */
import type { TemplateResult } from 'lit';

export interface StoryMeta {
  title: string;
  component: string;
}

export interface Story {
  name: string;
  /** One line for the gallery: what to look for. */
  description?: string;
  render: () => TemplateResult;
}

export type StoryModule = { default: StoryMeta } & Record<string, Story | StoryMeta>;

/** "Seed figures" → "seed-figures": Storybook's id scheme, so URLs match. */
export function storyId(title: string, exportName: string): string {
  const slug = (s: string) =>
    s
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${slug(title)}--${slug(exportName)}`;
}
