import { html } from 'lit';
import '../src/estimate-range.js';
import { climateSensitivity } from '../test/fixtures/climate-sensitivity.js';
import { hadcrutAcrossZero, hadcrutJanuaries } from '../test/fixtures/hadcrut.js';
import type { Estimate } from '../src/data/figure.js';
import { covidDeaths } from '../test/fixtures/covid-deaths.js';
import { seedDeaths } from '../test/fixtures/seed-figures.js';
import { docs, type Story, type StoryMeta } from './story.js';

export default { title: 'Intervals', component: 'estimate-range' } satisfies StoryMeta;

/** Storybook's way to keep the order stories are written in (module namespaces sort names). */
export const __namedExportsOrder = [
  'NestedIntervals',
  'KindsOfInterval',
  'ClaimedRanges',
  'GradientIntervals',
  'QuantileDots',
  'OpenRanges',
  'AcrossZero',
  'FortyRows',
];

export const NestedIntervals: Story = {
  name: 'Nested intervals',
  parameters: docs(
    'Likely and very likely ranges of climate sensitivity: the inner interval thicker and stronger, with a key.',
  ),
  render: () => html`<estimate-range .estimates=${climateSensitivity} unit="°C of warming per doubling of CO₂">
    <span slot="title">How much will the world warm if CO₂ doubles?</span>
    <span slot="source">Sources: IPCC; Sherwood et al. (2020); Charney et al. (1979)</span>
  </estimate-range>`,
};

export const KindsOfInterval: Story = {
  name: 'Ranges of different kinds',
  parameters: docs(
    'A 95 % confidence interval (WHO), a 95 % uncertainty interval read from the phrase “95% UI” (The Lancet) and a count with no range: each row’s name, details and the summary say which is which (test/fixtures/covid-deaths.ts).',
  ),
  render: () => html`<estimate-range .estimates=${covidDeaths} unit="deaths">
    <span slot="title">How many died in the pandemic’s first two years?</span>
    <span slot="description">Deaths in 2020 and 2021: excess deaths as estimated, and COVID-19 deaths as reported</span>
    <span slot="source">Sources: WHO; COVID-19 Excess Mortality Collaborators, The Lancet</span>
  </estimate-range>`,
};

export const ClaimedRanges: Story = {
  name: 'Ranges named for the chart',
  parameters: docs(
    'interval="claimed range": every bar is a range a source claimed, and the key says so, as the range chart says its nested levels.',
  ),
  render: () => html`<estimate-range .estimates=${seedDeaths} interval="claimed range" unit="Russian troops killed">
    <span slot="title">How many Russian troops had been killed?</span>
    <span slot="source">Sources: Ukrainian authorities; a NATO source</span>
  </estimate-range>`,
};

export const GradientIntervals: Story = {
  name: 'Distributions as gradients',
  parameters: docs(
    'display="gradient": the two excess-death estimates gave a centre and a 95 % interval, so each is shaded as dark as the figure is likely there, assuming a two-piece normal distribution (Correll and Gleicher 2014). The reported count gave no interval and stays a dot.',
  ),
  render: () => html`<estimate-range .estimates=${covidDeaths} display="gradient" unit="deaths">
    <span slot="title">How many died in the pandemic’s first two years?</span>
    <span slot="source">Sources: WHO; COVID-19 Excess Mortality Collaborators, The Lancet</span>
  </estimate-range>`,
};

export const QuantileDots: Story = {
  name: 'Distributions as 20 dots',
  parameters: docs(
    'display="dots": a quantile dotplot (Kay et al. 2016), 20 dots a figure, each a 1-in-20 chance, from the same assumed distribution.',
  ),
  render: () => html`<estimate-range .estimates=${covidDeaths} display="dots" unit="deaths">
    <span slot="title">How many died in the pandemic’s first two years?</span>
    <span slot="source">Sources: WHO; COVID-19 Excess Mortality Collaborators, The Lancet</span>
  </estimate-range>`,
};

const openRanges: Estimate[] = [
  { label: 'Ukrainian authorities', estimate: '10-15,000' },
  { label: 'A NATO source', estimate: 'at least 7,000', note: 'Lower end only, as some reports quoted it.' },
  { label: 'Another report', estimate: 'up to 15,000', note: 'Upper end only.' },
  { label: 'An anonymous official', estimate: 'more than 12,000' },
];

export const OpenRanges: Story = {
  name: 'Open ranges on both sides',
  parameters: docs('"At least" runs on to the right and "up to" to the left, fading with a chevron.'),
  render: () => html`<estimate-range .estimates=${openRanges} unit="Russian troops killed">
    <span slot="title">Open-ended figures</span>
    <span slot="description">Phrasings of the seed figures as they appeared in different reports</span>
  </estimate-range>`,
};

export const AcrossZero: Story = {
  name: 'Negative to positive',
  parameters: docs('Temperature anomalies whose 95 % intervals sit below, across and above zero.'),
  render: () => html`<estimate-range .estimates=${hadcrutAcrossZero} unit="°C relative to 1961–1990">
    <span slot="title">January temperatures, 1850–2023</span>
    <span slot="source">Source: HadCRUT5, Met Office Hadley Centre and CRU</span>
  </estimate-range>`,
};

export const FortyRows: Story = {
  name: '40 rows',
  parameters: docs('Every January from 1984 to 2023 with its 95 % range.'),
  render: () => html`<estimate-range .estimates=${hadcrutJanuaries} unit="°C relative to 1961–1990">
    <span slot="title">Global temperature anomaly each January</span>
    <span slot="source">Source: HadCRUT5</span>
  </estimate-range>`,
};
