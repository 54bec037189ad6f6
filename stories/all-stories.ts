/** Every story module, in gallery order: the seed figures first. */
import * as seedFigures from './seed-figures.stories.js';
import * as intervals from './intervals.stories.js';
import * as edgeCases from './edge-cases.stories.js';
import * as inputPaths from './input-paths.stories.js';
import * as options from './options.stories.js';
import * as timeline from './timeline.stories.js';
import type { Story, StoryMeta } from './story.js';
import { storyId } from './story.js';

export interface StoryEntry {
  id: string;
  title: string;
  exportName: string;
  story: Story;
}

const modules = [seedFigures, intervals, edgeCases, inputPaths, options, timeline] as unknown as Array<{ default: StoryMeta } & Record<string, unknown>>;

export const storyEntries: StoryEntry[] = modules.flatMap((module) =>
  ((module.__namedExportsOrder as string[] | undefined) ?? Object.keys(module).filter((n) => n !== 'default' && !n.startsWith('__')))
    .map((exportName) => [exportName, module[exportName]] as const)
    .map(([exportName, story]) => ({
      id: storyId(module.default.title, exportName),
      title: module.default.title,
      exportName,
      story: story as Story,
    })),
);
