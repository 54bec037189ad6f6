/// <reference types="node" />
/**
 * A chart as server-rendered HTML: the element's tag with its attributes, its declarative shadow
 * root (the finished SVG, caption, notes, sources, the summary and the data table) and its light
 * DOM (the slotted title and notes, and the figures as inline JSON, which the browser reads when it
 * takes the chart over).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { FigureIssue } from '../data/figure-issue.js';
import { readCsv } from '../data/read-csv.js';
import { readJson } from '../data/read-json.js';
import { validateEstimates } from '../data/validate-estimates.js';
import { loadSrc } from '../data/load-src.js';
import { setServerTextMeasurer } from '../components/server-text-measurer.js';
import { fontMeasurer } from '../static/font-measurer.js';
import { defaultFont, type StaticFont } from '../static/static-font.js';
import type { TextMeasurer } from '../layout/text-measurer.js';

export type ChartElementName = 'estimate-range' | 'estimate-timeline';

export interface ServerChartOptions {
  /** Which chart (default `estimate-range`). */
  element?: ChartElementName;
  /** The figures: an array following the figures contract. */
  estimates?: readonly unknown[];
  /** Or the text of a JSON, CSV or TSV file. */
  data?: string;
  /** Or a URL the server fetches the figures from (JSON or CSV); the page then carries them inline. */
  src?: string;
  /** The width to lay the chart out at, in px: the article column's (default 640). */
  width: number;
  /** The element's other attributes: `{ unit: 'people', agreement: true, locale: 'uk' }`. */
  attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** The text around the chart, slotted in as the element's children. */
  title?: string;
  description?: string;
  notes?: string | readonly string[];
  source?: string;
  /** Events on a timeline: `{ date, label }`. */
  annotations?: readonly unknown[];
  /** The font to measure text in (default Source Sans 3, shipped with the package): the page's font. */
  font?: StaticFont;
  /** How long a `src` may take, in ms (default 15,000). */
  srcTimeout?: number;
}

export interface ServerChart {
  /** The element, ready to put into a page. */
  html: string;
  /** Every problem with the figures, as the chart reports them (row, field, what was wrong). */
  problems: FigureIssue[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');
/** JSON safe inside `<script>`: no `</script>` or `<!--` can be formed. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

function openingTag(element: ChartElementName, o: ServerChartOptions): string {
  const attributes = { ...o.attributes, width: o.width };
  let tag = element;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (!ATTRIBUTE_NAME.test(name) || name === 'src' || name === 'estimates')
      throw new Error(`estimate-range/ssr: “${name}” is not an attribute this renderer writes`);
    tag += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return tag;
}

function lightDom(o: ServerChartOptions, data: unknown): string {
  const slot = (name: string, text: string | undefined) =>
    text ? `<span slot="${name}">${escapeText(text)}</span>` : '';
  const notes = typeof o.notes === 'string' ? [o.notes] : (o.notes ?? []);
  return [
    slot('title', o.title),
    slot('description', o.description),
    ...notes.map((n) => slot('note', n)),
    slot('source', o.source),
    `<script type="application/json">${scriptJson(data)}</script>`,
  ].join('');
}

interface Records {
  records: unknown[];
  annotations: unknown[];
  issues: FigureIssue[];
}

async function readInput(o: ServerChartOptions): Promise<Records> {
  if (o.estimates) return { records: [...o.estimates], annotations: [...(o.annotations ?? [])], issues: [] };
  if (o.src) {
    const loaded = await loadSrc(o.src, new AbortController().signal, o.src, o.srcTimeout ?? 15000);
    return { records: loaded.records as unknown[], annotations: [...(o.annotations ?? [])], issues: loaded.issues };
  }
  const text = o.data ?? '';
  const read = /^\ufeff?\s*[[{]/.test(text) ? readJson(text) : readCsv(text);
  return {
    records: Array.isArray(read.records) ? read.records : [],
    annotations: [...(o.annotations ?? []), ...(('annotations' in read ? read.annotations : undefined) ?? [])],
    issues: read.issues,
  };
}

const measurers = new Map<string, TextMeasurer>();

/** The text measurer of a font at a size, made once per process. */
function measurerFor(font: StaticFont, size: number): TextMeasurer {
  const key = `${font.family}|${String(font.regular)}|${size}`;
  let m = measurers.get(key);
  if (!m) measurers.set(key, (m = fontMeasurer(font, size)));
  return m;
}

/** Charts rendered on this server measure text in `font` (the default: Source Sans 3). */
export function useServerFont(font: StaticFont = defaultFont()): void {
  setServerTextMeasurer((size) => measurerFor(font, size));
}

/**
 * Renders a chart on the server. The HTML shows the finished chart before any script runs, and
 * without JavaScript at all; with `estimate-range/hydrate.js` the chart then takes over that DOM.
 */
export async function renderChart(options: ServerChartOptions): Promise<ServerChart> {
  const element = options.element ?? 'estimate-range';
  if (element !== 'estimate-range' && element !== 'estimate-timeline')
    throw new Error(`estimate-range/ssr: “${String(element)}” is not one of the charts`);
  const input = await readInput(options);
  const data = input.annotations.length ? { estimates: input.records, annotations: input.annotations } : input.records;
  const locale = typeof options.attributes?.locale === 'string' ? options.attributes.locale : 'en';
  const checked = validateEstimates(input.records, {
    locale,
    labelOptional: element === 'estimate-timeline',
    dateRequired: element === 'estimate-timeline',
  });
  if (options.font) useServerFont(options.font);
  try {
    const tag = unsafeStatic(openingTag(element, options));
    const name = unsafeStatic(element);
    const result = html`<${tag} .estimates=${input.records} .annotations=${input.annotations}>${unsafeHTML(
      lightDom(options, data),
    )}</${name}>`;
    const markup = collectResultSync(render(result));
    return { html: markup, problems: [...input.issues, ...checked.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  } finally {
    if (options.font) useServerFont();
  }
}
