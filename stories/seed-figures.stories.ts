import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/estimate-range.js';
import { seedAll, seedCasualties, seedDeaths, seedDisplaced } from '../test/fixtures/seed-figures.js';
import { revisedClaims } from '../test/fixtures/revised-claims.js';
import { docs, type Story, type StoryMeta } from './story.js';

export default {
  title: 'Seed figures',
  component: 'estimate-range',
  argTypes: {
    agreement: { control: 'boolean', description: 'Shade the range where all sources of a group agree.' },
    sort: {
      control: 'select',
      options: ['none', 'value', 'low', 'high', 'label'],
      description: 'Row order within groups.',
    },
    axes: { control: 'select', options: ['auto', 'shared', 'independent'], description: 'Axes for groups.' },
    theme: { control: 'select', options: [undefined, 'light', 'dark'], description: 'Unset follows the reader.' },
    locale: { control: 'text', description: 'Locale for numbers, dates and words (BCP 47).' },
  },
} satisfies StoryMeta;

/** Storybook's way to keep the order stories are written in (module namespaces sort names). */
export const __namedExportsOrder = [
  'AllSeedFigures',
  'RussianMilitaryDeaths',
  'RevisedClaims',
  'Casualties',
  'Displaced',
];

export const AllSeedFigures: Story = {
  name: 'Every figure from the report',
  parameters: docs(
    'Deaths, casualties, displaced people and civilian deaths: magnitudes a million-fold apart, so each group has its own axis. The chart downloads as PNG, SVG and CSV.',
  ),
  args: { agreement: true },
  render: (
    a,
  ) => html`<estimate-range .estimates=${seedAll} ?agreement=${a.agreement} sort=${ifDefined(a.sort)} axes=${ifDefined(a.axes)}
    theme=${ifDefined(a.theme)} locale=${ifDefined(a.locale)} downloads="png svg csv">
    <span slot="title">Four weeks into the war, the estimates disagree</span>
    <span slot="description">Estimates of Russian losses and of Ukrainians displaced, as reported on 24 March 2022</span>
    <span slot="note">None of the casualty figures was independently verified.</span>
    <span slot="source">Sources: Ukrainian authorities, NATO, UK Ministry of Defence, UN</span>
  </estimate-range>`,
};

export const RussianMilitaryDeaths: Story = {
  name: 'Russian military deaths',
  parameters: docs('Two overlapping ranges; the band shows where both sources agree.'),
  args: { agreement: true },
  render: (
    a,
  ) => html`<estimate-range .estimates=${seedDeaths} ?agreement=${a.agreement} sort=${ifDefined(a.sort)} axes=${ifDefined(a.axes)}
    theme=${ifDefined(a.theme)} locale=${ifDefined(a.locale)}
    unit="Russian troops killed">
    <span slot="title">How many Russian troops had been killed?</span>
    <span slot="source">Sources: Ukrainian authorities; a NATO source</span>
  </estimate-range>`,
};

export const RevisedClaims: Story = {
  name: 'Revised claims',
  parameters: docs(
    'Each source’s figures through March 2022, one row a report: a source reported more than once is one row, its latest figure, with the earlier ones faint under the bar and in words. Sources: CBS News, The New York Times, CNN and AP (test/fixtures/revised-claims.ts).',
  ),
  args: { agreement: false },
  render: (
    a,
  ) => html`<estimate-range .estimates=${revisedClaims} ?agreement=${a.agreement} sort=${ifDefined(a.sort)} axes=${ifDefined(a.axes)}
    theme=${ifDefined(a.theme)} locale=${ifDefined(a.locale)} unit="Russian troops killed">
    <span slot="title">The estimates moved through March</span>
    <span slot="description">Russian troops killed in Ukraine, by who gave the figure, as revised from 2 to 25 March 2022</span>
    <span slot="note">None of the figures was independently verified.</span>
    <span slot="source">Sources: CBS News, The New York Times, CNN, AP</span>
  </estimate-range>`,
};

export const Casualties: Story = {
  name: 'Casualties, with a vague figure',
  parameters: docs('"Thousands" is drawn as faint and dashed as it is, and labelled in words.'),
  args: { agreement: false },
  render: (
    a,
  ) => html`<estimate-range .estimates=${seedCasualties} ?agreement=${a.agreement} sort=${ifDefined(a.sort)} axes=${ifDefined(a.axes)}
    theme=${ifDefined(a.theme)} locale=${ifDefined(a.locale)}>
    <span slot="title">Russian battlefield casualties since 24 February</span>
    <span slot="description">Killed, wounded, captured or missing</span>
  </estimate-range>`,
};

export const Displaced: Story = {
  name: 'Refugees and the internally displaced',
  parameters: docs('Point figures with a source on each row.'),
  args: { agreement: false },
  render: (
    a,
  ) => html`<estimate-range .estimates=${seedDisplaced} ?agreement=${a.agreement} sort=${ifDefined(a.sort)} axes=${ifDefined(a.axes)}
    theme=${ifDefined(a.theme)} locale=${ifDefined(a.locale)}
    unit="people">
    <span slot="title">Ukrainians forced from their homes</span>
    <span slot="source">Source: UN</span>
  </estimate-range>`,
};
