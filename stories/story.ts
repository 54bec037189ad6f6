/**
 * The subset of Component Story Format used here: a default export naming the component, and a named
 * export per story with a `render` function of the story's args. Storybook loads these modules as they
 * are (examples/frameworks/storybook); the gallery (gallery.ts) reads the same shape.
 */
import type { TemplateResult } from 'lit';
import type { AxesMode } from '../src/layout/range-axes.js';
import type { SortOrder } from '../src/layout/row-order.js';
import type { ScaleType, ZeroRule } from '../src/scales/value-scale.js';

/** The chart options a story may take as args, shown as Storybook's Controls. */
export interface ChartArgs {
  agreement?: boolean;
  sort?: SortOrder;
  axes?: AxesMode;
  scale?: ScaleType;
  zero?: ZeroRule;
  theme?: 'light' | 'dark';
  locale?: string;
}

/** Storybook's Controls for the args above. */
export interface ArgType {
  control: 'boolean' | 'select' | 'text';
  options?: readonly (string | undefined)[];
  description: string;
}

export interface StoryMeta {
  title: string;
  component: string;
  argTypes?: Partial<Record<keyof ChartArgs, ArgType>>;
}

/** A story's parameters: CSF keeps its description where Storybook's docs read it. */
export interface StoryParameters {
  docs?: { description?: { story?: string } };
}

export interface Story {
  name: string;
  parameters?: StoryParameters;
  args?: ChartArgs;
  render: (args: ChartArgs) => TemplateResult;
}

/** A story's description, in CSF's place for it: one line for the gallery, saying what to look for. */
export const docs = (description: string): StoryParameters => ({ docs: { description: { story: description } } });

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
