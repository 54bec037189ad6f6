import { html } from 'lit';
import '../src/estimate-range.js';
import { seedAll, seedDeaths } from '../test/fixtures/seed-figures.js';
import { climateSensitivity } from '../test/fixtures/climate-sensitivity.js';
import { docs, type Story, type StoryMeta } from './story.js';

export default { title: 'Options', component: 'estimate-range' } satisfies StoryMeta;

/** Storybook's way to keep the order stories are written in (module namespaces sort names). */
export const __namedExportsOrder = ['LogScale', 'SortedHighlighted', 'Dark', 'CustomTheme'];

export const LogScale: Story = {
  name: 'Log scale, shared axis',
  parameters: docs('scale="log" axes="shared": every seed figure on one axis, from 6 to 6.5 million.'),
  render: () => html`<estimate-range .estimates=${seedAll} scale="log" axes="shared">
    <span slot="title">Every seed figure on one log axis</span>
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
