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
import type { FigureIssue } from '../data/figure-issue.js';
import { SRC_TIMEOUT_MS } from '../data/load-src.js';
import { readFigures } from '../static/read-input.js';
import type { InlineFigures } from '../components/figure-input-controller.js';
import { setServerTextMeasurer } from '../components/server-defaults.js';
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
  /** The width to lay the chart out at, in px: the article column's (default 640, or `setServerWidth`'s). */
  width?: number;
  /** The element's other attributes: `{ unit: 'people', agreement: true, locale: 'uk' }`. */
  attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** The text around the chart, slotted in as the element's children. */
  title?: string;
  description?: string;
  notes?: string | readonly string[];
  source?: string;
  /** Events on a timeline: `{ date, label }`. */
  annotations?: readonly unknown[];
  /** Base text size in px (default 15), as `--estimate-range-font-size` sets it in the page. */
  fontSize?: number;
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

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

function openingTag(element: ChartElementName, o: ServerChartOptions): string {
  const attributes: Record<string, string | number | boolean | undefined> = { ...o.attributes, width: o.width };
  // The chart reads its font size from its own style on the server, and from the same in the browser.
  if (o.fontSize)
    attributes.style = [attributes.style, `--estimate-range-font-size: ${o.fontSize}px`].filter(Boolean).join('; ');
  let tag = element;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (!ATTRIBUTE_NAME.test(name) || name === 'src' || name === 'estimates')
      throw new Error(`estimate-range/ssr: “${name}” is not an attribute this renderer writes`);
    tag += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return tag;
}

function lightDom(o: ServerChartOptions, inline: InlineFigures): string {
  const slot = (name: string, text: string | undefined) =>
    text ? `<span slot="${name}">${escapeText(text)}</span>` : '';
  const notes = typeof o.notes === 'string' ? [o.notes] : (o.notes ?? []);
  return [
    slot('title', o.title),
    slot('description', o.description),
    ...notes.map((n) => slot('note', n)),
    slot('source', o.source),
    `<script type="${inline.type === 'csv' ? 'text/csv' : 'application/json'}">${inline.text}</script>`,
  ].join('');
}

const isJson = (text: string) => /^\ufeff?\s*[[{]/.test(text);

/**
 * Text inside `<script>` is not markup: only a closing tag or a comment opening could end it early.
 * In JSON the escape reads back as the same text; in CSV it stays as written, for the server's chart
 * and the browser's alike (both read this text).
 */
const scriptSafe = (f: InlineFigures): InlineFigures => ({
  ...f,
  text: f.text.replace(/<(\/script|!--)/gi, f.type === 'json' ? '\\u003c$1' : '&lt;$1'),
});

/**
 * The figures as the inline text both the server's chart and the browser's read: JSON for an
 * array (with the events, if any), the file's own text for JSON or CSV, so that row numbers in
 * problems are the file's.
 */
async function inlineFigures(o: ServerChartOptions): Promise<{ inline: InlineFigures; issues: FigureIssue[] }> {
  const events = o.annotations?.length ? o.annotations : undefined;
  if (o.estimates) {
    const data = events ? { estimates: o.estimates, annotations: events } : o.estimates;
    return { inline: { type: 'json', text: JSON.stringify(data) }, issues: [] };
  }
  let text = o.data ?? '';
  if (o.src) {
    try {
      const response = await fetch(o.src, { signal: AbortSignal.timeout(o.srcTimeout ?? SRC_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (e) {
      const message = `The figures could not be loaded from ${o.src} (${e instanceof Error ? e.message : String(e)})`;
      return {
        inline: { type: 'json', text: '[]' },
        issues: [{ severity: 'error', code: 'src-failed', field: 'src', message }],
      };
    }
  }
  if (events && isJson(text)) {
    try {
      const parsed = JSON.parse(text) as unknown;
      const estimates = Array.isArray(parsed) ? parsed : (parsed as { estimates?: unknown }).estimates;
      const annotations = [...((parsed as { annotations?: unknown[] }).annotations ?? []), ...events];
      return { inline: { type: 'json', text: JSON.stringify({ estimates, annotations }) }, issues: [] };
    } catch {
      // Not JSON after all: written as given, and the chart's reader says what is wrong with it.
    }
  }
  return {
    inline: { type: isJson(text) || !text.trim() ? 'json' : 'csv', text: text.trim() ? text : '[]' },
    issues: [],
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
  const read = await inlineFigures(options);
  const inline = scriptSafe(read.inline);
  const issues = read.issues;
  if (options.font) useServerFont(options.font);
  try {
    const tag = unsafeStatic(openingTag(element, options));
    const name = unsafeStatic(element);
    // A static template (lit/static-html.js): the tag and its attributes are written as markup, which
    // the template linter, made for lit's plain html, cannot read.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    const result = html`<${tag} .serverInput=${inline}></${name}>`;
    // The light DOM goes before the declarative shadow root, not after it as Lit writes children:
    // Chromium streams a shadow root's content into the page as it parses, and a title parsed after
    // the plot was slotted in above it a frame later, moving the chart down (a layout shift of 0.03
    // on a throttled phone).
    const markup = collectResultSync(render(result)).replace(
      /<template shadowroot(mode)?=/,
      (template) => `${lightDom(options, inline)}${template}`,
    );
    // The problems the chart shows, read as it reads them: the same text, readers and checks.
    const timeline = element === 'estimate-timeline';
    const locale = typeof options.attributes?.locale === 'string' ? options.attributes.locale : 'en';
    const checked = readFigures(inline.text, { locale, labelOptional: timeline, dateRequired: timeline });
    return { html: markup, problems: [...issues, ...checked.problems] };
  } finally {
    if (options.font) useServerFont();
  }
}
