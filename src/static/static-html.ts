/**
 * A static chart as an HTML `<figure>`, the embed that needs no script: the title as its caption,
 * the description, the chart as inline SVG, notes and source, and the summary and every figure as a
 * table under "Show data" (a `<details>`, which opens without JavaScript).
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
  m: Messages;
}

function sourceCell(f: Figure) {
  const url = f.url ? safeUrl(f.url) : undefined;
  const name = f.source ?? (url ? f.label : '');
  return url ? html`<a href=${url}>${name}</a>` : name;
}

/** Where the SVG goes: a comment, which escaped text can never contain (its "<" is written "&lt;"). */
const SVG_SLOT = '<!--chart-->';

export function staticHtml(p: StaticHtmlParts): string {
  const { m, locale, unit } = p;
  const palette = paletteFor(p.theme, p.colors);
  const style = `font-family: ${fontStack(p.fontFamily)}; color: ${palette.color}; background: ${palette.background}; margin: 0;`;
  // Named by its caption explicitly: Chromium does not name a figure from its figcaption.
  const caption = `${p.scope}-caption`;
  const figure = html`<figure class=${`${p.kind} static-chart`} lang=${locale} style=${style} aria-labelledby=${p.title ? caption : nothing}>
${p.title ? html`<figcaption id=${caption} style="font-size: 1.25em; font-weight: 700; margin: 0 0 4px">${p.title}</figcaption>` : nothing}
${p.description ? html`<p style=${`color: ${palette['muted-color']}; margin: 0 0 12px`}>${p.description}</p>` : nothing}
<!--chart-->
${p.notes.map((n) => html`<p style="font-size: 0.87em; margin: 8px 0 0">${n}</p>`)}
${p.source ? html`<p style=${`font-size: 0.87em; color: ${palette['muted-color']}; margin: 4px 0 0`}>${p.source}</p>` : nothing}
${p.credit ? html`<p style=${`font-size: 0.87em; color: ${palette['muted-color']}; margin: 4px 0 0`}>${p.credit}</p>` : nothing}
<p class="summary" style="font-size: 0.87em; margin: 8px 0 0">${p.summary}</p>
<details style="margin: 8px 0 0"><summary>${message(m, 'showData')}</summary>
<table style="border-collapse: collapse; font-size: 0.87em">
<caption style="text-align: start">${message(m, 'tableCaption')}</caption>
<thead><tr><th scope="col">${message(m, 'colLabel')}</th><th scope="col">${message(m, 'colFigure')}</th><th scope="col">${message(m, 'colDate')}</th><th scope="col">${message(m, 'colSource')}</th><th scope="col">${message(m, 'colNote')}</th></tr></thead>
<tbody>
${p.figures.map(
  (
    f,
  ) => html`<tr><th scope="row">${rowHeader(f, locale, unit)}</th><td>${speakFigureValue(f, { locale, unit })}${f.text ? ` (“${f.text}”)` : ''}</td><td>${f.date ? formatFigureDate(f.date, locale, 'medium') : ''}</td><td>${sourceCell(f)}</td><td>${f.note ?? ''}</td></tr>
`,
)}</tbody>
</table>
</details>
</figure>
`;
  return templateToString(figure).replace(SVG_SLOT, () => p.svg);
}
