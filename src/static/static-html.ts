/**
 * A static chart as an HTML `<figure>`, the embed that needs no script: the title as its caption,
 * the description, the chart as inline SVG, notes and source, and the summary and every figure as a
 * table. As in the element, the table is always there for screen readers and shown to sighted readers by
 * "Show data" (a `<details>`, whose state CSS reads with :has(), so no script; a browser without :has()
 * shows the table). The summary is heard with the image, so its copy by the table is hidden from them.
 * Its style sheet is its own: every
 * rule is scoped to the figure (the page needs to allow inline styles, `style-src 'unsafe-inline'`).
 */
import { html, nothing } from 'lit/html.js';
import type { Figure } from '../data/figure.js';
import { safeUrl } from '../data/safe-url.js';
import { formatFigureDate } from '../format/format-date.js';
import { message, type Messages } from '../format/messages.js';
import { rowHeader } from '../format/row-header.js';
import { speakFigureValue } from '../format/speak-figure.js';
import type { Palette, Theme } from '../marks/palette.js';
import { fontStack, paletteFor } from './static-styles.js';
import { templateToString } from './template-to-string.js';

export interface StaticHtmlParts {
  kind: string;
  /** The chart's SVG markup, without the frame text (the figure carries it as HTML). */
  svg: string;
  /** The SVG's own name (see staticSvg), which the figure's ids share. */
  scope: string;
  figures: readonly Figure[];
  title?: string;
  description?: string;
  notes: readonly string[];
  source?: string;
  credit?: string;
  summary: string;
  locale: string;
  unit?: string;
  theme: Theme;
  colors?: Partial<Palette>;
  fontFamily: string;
  /** Where the font files are served from, for readers who lack the font (see StaticChartOptions.fontUrl). */
  fontUrl?: string;
  m: Messages;
}

function sourceCell(f: Figure) {
  const url = f.url ? safeUrl(f.url) : undefined;
  const name = f.source ?? (url ? f.label : '');
  return url ? html`<a href=${url}>${name}</a>` : name;
}

/** Where the SVG goes: a comment, which escaped text can never contain (its "<" is written "&lt;"). */
const SVG_SLOT = '<!--chart-->';

/**
 * A URL for a style sheet: percent-encoded, and also its quotes, brackets and markup characters, since
 * the sheet's text is escaped as markup (`&` would reach CSS as `&amp;`).
 */
function cssUrl(url: string): string {
  return encodeURI(url).replace(/['"()&<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The figure's own style sheet. No `>`, `<`, `&` or `"` in it: an HTML `<style>` is raw text, where the
 * markup escapes its text goes through would stay as written. Every rule is under the figure's scope;
 * with `fontUrl`, the font for readers without it.
 */
function figureStyles(p: StaticHtmlParts, scope: string): string {
  const palette = paletteFor(p.theme, p.colors);
  const base = p.fontUrl?.replace(/\/?$/, '/');
  const faces = base
    ? [
        ['SourceSans3-Regular.ttf', 400],
        ['SourceSans3-Bold.ttf', 700],
      ]
        .map(
          ([file, weight]) =>
            `@font-face{font-family:'${p.fontFamily}';font-weight:${weight};src:local('${p.fontFamily}'),url('${cssUrl(base + file)}')}`,
        )
        .join('\n')
    : '';
  const s = `.${scope}`;
  return `${faces}
${s}{font-family:${fontStack(p.fontFamily)};color:${palette.color};background:${palette.background};margin:0;line-height:1.35}
${s} figcaption{font-size:1.25em;font-weight:700;line-height:1.25;margin:0 0 4px}
${s} .description{color:${palette['muted-color']};margin:0 0 12px}
${s} svg.static-chart{display:block;max-width:100%;height:auto;overflow:visible}
${s} .note{font-size:0.87em;margin:8px 0 0}
${s} .source,${s} .credit{font-size:0.87em;color:${palette['muted-color']};margin:4px 0 0}
${s} details{font-size:0.87em;margin:8px 0 0}
${s} .summary{margin:8px 0}
${s} .table-wrap{overflow-x:auto;font-size:0.87em}
${s}:has(details:not([open])) .table-wrap{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
${s} table{border-collapse:collapse}
${s} caption{text-align:start;font-weight:700;padding:0 0 4px}
${s} th,${s} td{text-align:start;vertical-align:top;padding:4px 12px 4px 0;border-bottom:1px solid ${palette['grid-color']}}`;
}

export function staticHtml(p: StaticHtmlParts): string {
  const { m, locale, unit } = p;
  const scope = `${p.scope}-figure`;
  // Named by its caption explicitly: Chromium does not name a figure from its figcaption.
  const caption = `${p.scope}-caption`;
  const figure = html`<figure class=${`${p.kind} static-chart ${scope}`} lang=${locale} aria-labelledby=${p.title ? caption : nothing}>
<style>${figureStyles(p, scope)}</style>
${p.title ? html`<figcaption id=${caption}>${p.title}</figcaption>` : nothing}
${p.description ? html`<p class="description">${p.description}</p>` : nothing}
<!--chart-->
${p.notes.map((n) => html`<p class="note">${n}</p>`)}
${p.source ? html`<p class="source">${p.source}</p>` : nothing}
${p.credit ? html`<p class="credit">${p.credit}</p>` : nothing}
<details><summary>${message(m, 'showData')}</summary></details>
<div class="table-wrap">
<p class="summary" aria-hidden="true">${p.summary}</p>
<table>
<caption>${message(m, 'tableCaption')}</caption>
<thead><tr><th scope="col">${message(m, 'colLabel')}</th><th scope="col">${message(m, 'colFigure')}</th><th scope="col">${message(m, 'colDate')}</th><th scope="col">${message(m, 'colSource')}</th><th scope="col">${message(m, 'colNote')}</th></tr></thead>
<tbody>
${p.figures.map(
  (f) =>
    html`<tr><th scope="row">${rowHeader(f, locale, unit)}</th><td>${speakFigureValue(f, { locale, unit })}${f.text ? ` (“${f.text}”)` : ''}</td><td>${f.date ? formatFigureDate(f.date, locale, 'medium') : ''}</td><td>${sourceCell(f)}</td><td>${f.note ?? ''}</td></tr>
`,
)}</tbody>
</table></div>
</figure>
`;
  return templateToString(figure).replace(SVG_SLOT, () => p.svg);
}
