import { html } from 'lit';
import '../src/estimate-range.js';
import { docs, type Story, type StoryMeta } from './story.js';

export default { title: 'Input paths', component: 'estimate-range' } satisfies StoryMeta;

/** Storybook's way to keep the order stories are written in (module namespaces sort names). */
export const __namedExportsOrder = ['InlineTable', 'InlineJson', 'SrcCsv', 'SrcJson', 'SrcMissing'];

export const InlineTable: Story = {
  name: 'An inline table',
  parameters: docs('The table is the data, and what a reader without JavaScript sees. Columns are matched by name.'),
  render: () => html`<estimate-range agreement>
    <span slot="title">Russian military deaths</span>
    <table>
      <thead><tr><th>Source</th><th>Low</th><th>High</th><th>How it was phrased</th><th>As of</th></tr></thead>
      <tbody>
        <tr><td>Ukrainian authorities</td><td>10,000</td><td>15,000</td><td>between 10-15,000</td><td>2022-03-24</td></tr>
        <tr><td>A NATO source</td><td>7,000</td><td>15,000</td><td>between 7,000 and 15,000</td><td>2022-03-24</td></tr>
      </tbody>
    </table>
  </estimate-range>`,
};

export const InlineJson: Story = {
  name: 'Inline JSON',
  parameters: docs('A <script type="application/json"> child: the CMS embed with no build step.'),
  render: () => html`<estimate-range>
    <span slot="title">Russian battlefield casualties</span>
    <script type="application/json">
      [
        { "label": "An anonymous NATO officer", "estimate": "between 30,000 and 40,000" },
        { "label": "British military intelligence", "estimate": "thousands", "note": "almost certainly suffered thousands of casualties" }
      ]
    </script>
  </estimate-range>`,
};

export const SrcCsv: Story = {
  name: 'A CSV file (src)',
  parameters: docs('Fetched and read with d3-dsv; the request is aborted if the chart leaves the page.'),
  render:
    () => html`<estimate-range src=${new URL('./data/hadcrut5-january.csv', import.meta.url).href} unit="°C relative to 1961–1990">
    <span slot="title">January temperature anomaly, last ten years</span>
    <span slot="source">Source: HadCRUT5</span>
  </estimate-range>`,
};

export const SrcJson: Story = {
  name: 'A JSON file (src)',
  render: () => html`<estimate-range src=${new URL('./data/seed-displaced.json', import.meta.url).href} unit="people">
    <span slot="title">Ukrainians forced from their homes</span>
  </estimate-range>`,
};

export const SrcMissing: Story = {
  name: 'A src that fails',
  parameters: docs('A 404 is reported under the chart, not thrown.'),
  // Missing on purpose, wherever the stories are served: the story shows how a failed src is reported.
  render: () => html`<estimate-range src="/stories/data/does-not-exist.json">
    <span slot="title">A missing file</span>
  </estimate-range>`,
};
