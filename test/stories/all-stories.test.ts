import { expect } from '@esm-bundle/chai';
import * as seedFigures from '../../stories/seed-figures.stories.js';
import * as timeline from '../../stories/timeline.stories.js';
import { storyEntries } from '../../stories/all-stories.js';

describe('the story registry', () => {
  it('storyEntries holds every story once, under a unique id, the seed figures first', () => {
    const ids = storyEntries.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids[0]).to.match(/^seed-figures--/);
    for (const module of [seedFigures, timeline] as unknown as Record<string, unknown>[]) {
      const exported = Object.keys(module).filter((n) => n !== 'default' && !n.startsWith('__'));
      const title = (module.default as { title: string }).title;
      const listed = storyEntries.filter((e) => e.title === title).map((e) => e.exportName);
      // __namedExportsOrder is kept by hand: a story it leaves out must still be in the registry.
      expect([...listed].sort()).to.deep.equal([...exported].sort());
    }
  });
});
