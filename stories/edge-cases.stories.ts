import { html } from 'lit';
import '../src/estimate-range.js';
import type { Estimate } from '../src/data/figure.js';
import { docs, type Story, type StoryMeta } from './story.js';

export default { title: 'Edge cases', component: 'estimate-range' } satisfies StoryMeta;

/** Storybook's way to keep the order stories are written in (module namespaces sort names). */
export const __namedExportsOrder = ['SingleRow', 'LongNonLatinLabel', 'Empty', 'WithErrors'];

export const SingleRow: Story = {
  name: 'A single row',
  render:
    () => html`<estimate-range .estimates=${[{ label: 'A NATO source', estimate: 'between 7,000 and 15,000', date: '2022-03-23' }]}>
    <span slot="title">One estimate</span>
  </estimate-range>`,
};

const ukrainian: Estimate[] = [
  // Numbers as numbers: in a uk chart, text is read with Ukrainian separators ("15 000", "3,5").
  {
    label: 'Генеральний штаб Збройних сил України (за даними на ранок 24 березня)',
    low: 10000,
    high: 15000,
    date: '2022-03-24',
  },
  { label: 'Джерело в НАТО', estimate: '7 000–15 000', date: '2022-03-24' },
];

export const LongNonLatinLabel: Story = {
  name: 'A long Ukrainian label',
  parameters: docs('Long labels wrap in any script; numbers and words follow the locale.'),
  render: () => html`<estimate-range lang="uk" .estimates=${ukrainian} agreement>
    <span slot="title">Втрати російських військових</span>
  </estimate-range>`,
};

export const Empty: Story = {
  name: 'An empty chart',
  render: () => html`<estimate-range .estimates=${[]}><span slot="title">No figures yet</span></estimate-range>`,
};

const withErrors: unknown[] = [
  { label: 'Ukrainian authorities', estimate: '10-15,000' },
  { label: 'A NATO source', low: 15000, high: 7000 },
  { label: '', value: 20000 },
  { label: 'A typo', low: 7000, hihg: 15000 },
  { label: 'Unreadable', estimate: 'no idea' },
  { label: 'Bad date', value: 12000, date: '24/03/2022' },
  { label: 'An anonymous NATO officer', estimate: 'between 30,000 and 40,000' },
];

export const WithErrors: Story = {
  name: 'A chart with errors',
  parameters: docs('The good rows are drawn; each bad one is named under the chart with its row, field and fault.'),
  render: () => html`<estimate-range .estimates=${withErrors as Estimate[]}>
    <span slot="title">Some rows could not be read</span>
  </estimate-range>`,
};
