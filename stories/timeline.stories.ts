import { html } from 'lit';
import '../src/estimate-timeline.js';
import type { SeriesPoint } from '../src/data/figure.js';
import { deathEstimates, internallyDisplaced, refugees } from '../test/fixtures/ukraine-timeline.js';
import { hadcrutAroundZero, hadcrutFan, hadcrutWithGap } from '../test/fixtures/hadcrut-timeline.js';
import { revisedClaims } from '../test/fixtures/revised-claims.js';
import { docs, type Story, type StoryMeta } from './story.js';

export default { title: 'Timeline', component: 'estimate-timeline' } satisfies StoryMeta;

/** Storybook's way to keep the order stories are written in. */
export const __namedExportsOrder = [
  'Refugees',
  'TwoSeries',
  'SourcesOverMonths',
  'RevisedClaims',
  'FanChart',
  'WithGap',
  'AroundZero',
  'FullRecord',
  'FiveSeries',
];

export const Refugees: Story = {
  name: 'Refugees leaving Ukraine',
  parameters: docs(
    'One series over the first five weeks, with the invasion marked by a <time> child. UNHCR gave counts, not ranges, so there is no band.',
  ),
  render: () => html`<estimate-timeline .estimates=${refugees} unit="people">
    <span slot="title">Refugees from Ukraine, first five weeks</span>
    <time datetime="2022-02-24">Invasion begins</time>
    <span slot="source">Source: UNHCR</span>
  </estimate-timeline>`,
};

export const TwoSeries: Story = {
  name: 'Two series of different sizes',
  parameters: docs('Refugees and the internally displaced, labelled directly at their ends.'),
  render: () => html`<estimate-timeline .estimates=${[...refugees, ...internallyDisplaced]} unit="people">
    <span slot="title">Ukrainians forced from their homes</span>
    <time datetime="2022-02-24">Invasion begins</time>
    <span slot="source">Sources: UNHCR; IOM</span>
  </estimate-timeline>`,
};

export const SourcesOverMonths: Story = {
  name: 'Estimates from several sources',
  parameters: docs("Each source's estimate marked at its date: ranges as vertical bars, points as dots."),
  render: () => html`<estimate-timeline .estimates=${deathEstimates} unit="Russian troops killed">
    <span slot="title">Who said how many Russian troops had been killed, and when</span>
    <time datetime="2022-02-24">Invasion begins</time>
    <span slot="note">None of these figures was independently verified.</span>
  </estimate-timeline>`,
};

export const RevisedClaims: Story = {
  name: 'Revised claims over time',
  parameters: docs(
    'Each source’s reports through March 2022, joined by a dotted step: a figure holds until its source replaced it, and only the latest is named. Sources: CBS News, The New York Times, CNN and AP (test/fixtures/revised-claims.ts).',
  ),
  render: () => html`<estimate-timeline .estimates=${revisedClaims} unit="Russian troops killed">
    <span slot="title">How each source’s count of Russian dead moved in March 2022</span>
    <span slot="note">None of these figures was independently verified.</span>
  </estimate-timeline>`,
};

export const FanChart: Story = {
  name: 'A fan chart (50, 80 and 95 % bands)',
  parameters: docs(
    'Nested bands, the inner stronger, named in the key as confidence intervals (interval="confidence"). The 50 and 80 % bands are derived from HadCRUT5\'s 95 % interval assuming a normal error.',
  ),
  render: () => html`<estimate-timeline .estimates=${hadcrutFan} interval="confidence" unit="°C relative to 1961–1990">
    <span slot="title">Global temperature, 2015 to 2023</span>
    <span slot="source">Source: HadCRUT5, Met Office Hadley Centre and CRU</span>
  </estimate-timeline>`,
};

export const WithGap: Story = {
  name: 'A series with a gap',
  parameters: docs(
    'September 1939 to August 1945 left out of the file: no band or line is drawn across the missing years.',
  ),
  render: () => html`<estimate-timeline .estimates=${hadcrutWithGap} unit="°C relative to 1961–1990">
    <span slot="title">Global temperature, 1930 to 1960, with the war years removed</span>
  </estimate-timeline>`,
};

export const AroundZero: Story = {
  name: 'Negative values',
  parameters: docs('An anomaly around zero: the band crosses the zero line.'),
  render: () => html`<estimate-timeline .estimates=${hadcrutAroundZero} unit="°C relative to 1961–1990">
    <span slot="title">Global temperature, 1940 to 1980</span>
  </estimate-timeline>`,
};

export const FullRecord: Story = {
  name: 'The full record from a CSV (2,082 months)',
  parameters: docs(
    'The HadCRUT5 file as published, read from src: columns date, value, low, high; the unit names the series.',
  ),
  render:
    () => html`<estimate-timeline src=${new URL('./data/hadcrut5-global-monthly-anomaly.csv', import.meta.url).href} unit="°C relative to 1961–1990">
    <span slot="title">Global temperature since 1850</span>
  </estimate-timeline>`,
};

/** Five synthetic series of 2,000 daily points each (a seeded random walk), for load. */
function syntheticSeries(): SeriesPoint[] {
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const figures: SeriesPoint[] = [];
  for (let s = 0; s < 5; s++) {
    let level = 100 + s * 40;
    for (let d = 0; d < 2000; d++) {
      level += (random() - 0.5) * 4;
      const spread = 5 + 10 * random();
      const date = new Date(Date.UTC(2015, 0, 1 + d)).toISOString().slice(0, 10);
      figures.push({
        group: `Synthetic series ${s + 1}`,
        date,
        value: Math.round(level * 10) / 10,
        low: Math.round((level - spread) * 10) / 10,
        high: Math.round((level + spread) * 10) / 10,
      });
    }
  }
  return figures;
}

export const FiveSeries: Story = {
  name: '5 series × 2,000 points',
  parameters: docs('Synthetic data for load: 10,000 figures in one chart.'),
  render: () => html`<estimate-timeline .estimates=${syntheticSeries()}>
    <span slot="title">Five synthetic series</span>
  </estimate-timeline>`,
};
