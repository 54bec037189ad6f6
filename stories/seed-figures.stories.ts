import { html } from 'lit';
import '../src/estimate-range.js';
import { seedAll, seedCasualties, seedDeaths, seedDisplaced } from '../test/fixtures/seed-figures.js';
import type { Story, StoryMeta } from './story.js';

export default { title: 'Seed figures', component: 'estimate-range' } satisfies StoryMeta;

/** Storybook's way to keep the order stories are written in (module namespaces sort names). */
export const __namedExportsOrder = ['AllSeedFigures', 'RussianMilitaryDeaths', 'Casualties', 'Displaced'];

export const AllSeedFigures: Story = {
  name: 'Every figure from the report',
  description:
    'Deaths, casualties, displaced people and civilian deaths: magnitudes a million-fold apart, so each group has its own axis. The chart downloads as PNG, SVG and CSV.',
  render: () => html`<estimate-range .estimates=${seedAll} agreement downloads="png svg csv">
    <span slot="title">Four weeks into the war, the estimates disagree</span>
    <span slot="description">Estimates of Russian losses and of Ukrainians displaced, as reported on 24 March 2022</span>
    <span slot="note">None of the casualty figures was independently verified.</span>
    <span slot="source">Sources: Ukrainian authorities, NATO, UK Ministry of Defence, UN</span>
  </estimate-range>`,
};

export const RussianMilitaryDeaths: Story = {
  name: 'Russian military deaths',
  description: 'Two overlapping ranges; the band shows where both sources agree.',
  render: () => html`<estimate-range .estimates=${seedDeaths} agreement unit="Russian troops killed">
    <span slot="title">How many Russian troops had been killed?</span>
    <span slot="source">Sources: Ukrainian authorities; a NATO source</span>
  </estimate-range>`,
};

export const Casualties: Story = {
  name: 'Casualties, with a vague figure',
  description: '"Thousands" is drawn as faint and dashed as it is, and labelled in words.',
  render: () => html`<estimate-range .estimates=${seedCasualties}>
    <span slot="title">Russian battlefield casualties since 24 February</span>
    <span slot="description">Killed, wounded, captured or missing</span>
  </estimate-range>`,
};

export const Displaced: Story = {
  name: 'Refugees and the internally displaced',
  description: 'Point figures with a source on each row.',
  render: () => html`<estimate-range .estimates=${seedDisplaced} unit="people">
    <span slot="title">Ukrainians forced from their homes</span>
    <span slot="source">Source: UN</span>
  </estimate-range>`,
};
