/** Every story module, in gallery order: the seed figures first. */
import * as seedFigures from './seed-figures.stories.js';
import * as intervals from './intervals.stories.js';
import * as edgeCases from './edge-cases.stories.js';
import * as inputPaths from './input-paths.stories.js';
import * as options from './options.stories.js';
import * as timeline from './timeline.stories.js';
import type { TemplateResult } from 'lit';
import type { Story, StoryMeta } from './story.js';
import { storyId } from './story.js';

export interface StoryEntry {
  id: string;
  title: string;
  exportName: string;
  story: Story;
  /** What to look for: the story's description, from CSF's `parameters.docs.description.story`. */
  description?: string;
  /** The story drawn with its own args, as Storybook draws it before any Control is touched. */
  render: () => TemplateResult;
}

const modules = [seedFigures, intervals, edgeCases, inputPaths, options, timeline] as unknown as Array<
  { default: StoryMeta } & Record<string, unknown>
>;

/**
 * A module's stories in its `__namedExportsOrder` (Component Story Format's own order), then any
 * story export the list leaves out: a story missing from the hand-kept list still reaches the
 * gallery and every check that runs over the registry, rather than disappearing silently.
 */
function storyNames(module: Record<string, unknown>): string[] {
  const exported = Object.keys(module).filter((n) => n !== 'default' && !n.startsWith('__'));
  const ordered = ((module.__namedExportsOrder as string[] | undefined) ?? []).filter((n) => exported.includes(n));
  return [...ordered, ...exported.filter((n) => !ordered.includes(n))];
}

export const storyEntries: StoryEntry[] = modules.flatMap((module) =>
  storyNames(module)
    .map((exportName) => [exportName, module[exportName]] as const)
    .map(([exportName, story]) => ({
      id: storyId(module.default.title, exportName),
      title: module.default.title,
      exportName,
      story: story as Story,
      description: (story as Story).parameters?.docs?.description?.story,
      render: () => (story as Story).render({ ...(story as Story).args }),
    })),
);
