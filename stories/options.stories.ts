import { html } from 'lit';
import '../src/estimate-range.js';
import { seedAll, seedDeaths } from '../test/fixtures/seed-figures.js';
import { climateSensitivity } from '../test/fixtures/climate-sensitivity.js';
import { docs, type Story, type StoryMeta } from './story.js';

export default { title: 'Options', component: 'estimate-range' } satisfies StoryMeta;

/** Storybook's way to keep the order stories are written in (module namespaces sort names). */
export const __namedExportsOrder = ['LogScale', 'AutoScale', 'SortedHighlighted', 'Dark', 'CustomTheme'];

export const LogScale: Story = {
  name: 'Log scale, shared axis',
  parameters: docs('scale="log" axes="shared": every seed figure on one axis, from 6 to 6.5 million.'),
  render: () => html`<estimate-range .estimates=${seedAll} scale="log" axes="shared">
    <span slot="title">Every seed figure on one log axis</span>
  </estimate-range>`,
};

/**
 * Levin et al., "Assessing the age specificity of infection fatality rates for COVID-19: systematic
 * review, meta-analysis, and public policy implications", European Journal of Epidemiology 35,
 * 1123–1138 (2020), doi:10.1007/s10654-020-00698-1: the abstract's estimates at six ages.
 */
const fatalityByAge = [
  { label: 'Age 10', estimate: '0.002%' },
  { label: 'Age 25', estimate: '0.01%' },
  { label: 'Age 55', estimate: '0.4%' },
  { label: 'Age 65', estimate: '1.4%' },
  { label: 'Age 75', estimate: '4.6%' },
  { label: 'Age 85', estimate: '15%' },
];

export const AutoScale: Story = {
  name: 'A scale chosen for the figures',
  parameters: docs(
    'scale="auto": COVID-19 infection fatality rates by age span four orders of magnitude (0.002 % to 15 %, Levin et al. 2020), so the chart uses a log axis and says so in its title; on a linear axis the five youngest ages would sit on zero.',
  ),
  render: () => html`<estimate-range .estimates=${fatalityByAge} scale="auto" unit="Infection fatality rate, %">
    <span slot="title">The risk of dying of COVID-19 rises steeply with age</span>
    <span slot="source">Source: Levin et al., European Journal of Epidemiology, 2020</span>
  </estimate-range>`,
};

export const SortedHighlighted: Story = {
  name: 'Sorted, with a highlighted row',
  parameters: docs('sort="value" highlight="IPCC AR6 (2021)"'),
  render:
    () => html`<estimate-range .estimates=${climateSensitivity} sort="value" highlight="IPCC AR6 (2021)" unit="°C">
    <span slot="title">Climate sensitivity, highest first</span>
  </estimate-range>`,
};

export const Dark: Story = {
  name: 'Dark theme',
  parameters: docs('theme="dark"; without the attribute the chart follows prefers-color-scheme.'),
  render: () => html`<estimate-range .estimates=${seedDeaths} theme="dark" agreement unit="Russian troops killed">
    <span slot="title">How many Russian troops had been killed?</span>
  </estimate-range>`,
};

export const CustomTheme: Story = {
  name: 'Themed with custom properties',
  parameters: docs('--estimate-range-interval-color and --estimate-range-font-size set on the element.'),
  render: () => html`<estimate-range .estimates=${seedDeaths}
      style="--estimate-range-interval-color: #7a1f5c; --estimate-range-value-color: #3d0f2e; --estimate-range-font-size: 17px">
    <span slot="title">A newsroom's own colours</span>
  </estimate-range>`,
};
