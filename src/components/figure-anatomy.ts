import { html, nothing, type TemplateResult } from 'lit';

export interface FigureAnatomyParts {
  /** Whether there is a summary (in the data table) to describe the figure by. */
  described: boolean;
  /** The plot, or what stands in its place (a status, a failure). */
  plot: TemplateResult | typeof nothing;
  details: TemplateResult | typeof nothing;
  /** How to read the marks, under the plot. */
  howToRead?: string;
  problems: TemplateResult | typeof nothing;
  table: TemplateResult | typeof nothing;
}

/**
 * A chart as a news graphic: a `<figure>` captioned by its title, with the description under it, the
 * plot, the line on how to read it, the problems line, the note and source, and the data table.
 */
export function figureAnatomy(p: FigureAnatomyParts): TemplateResult {
  // The figure is named by its caption explicitly: Chromium does not name a figure from a
  // figcaption whose text is slotted in from the light DOM. The references hold whether or not the
  // slots are filled (an empty one adds nothing), so that the markup does not depend on the light
  // DOM, which a server rendering the chart cannot see.
  return html`<figure part="figure" aria-labelledby="caption" aria-describedby=${p.described ? 'description summary' : 'description'}>
      <figcaption id="caption" part="title"><slot name="title"></slot></figcaption>
      <div part="description" class="description" id="description">
        <slot name="description"></slot>
      </div>
      <div class="chart" part="chart">
        <div class="sizer"></div>
        ${p.plot}
        ${p.details}
      </div>
      ${p.howToRead ? html`<p class="how-to-read" part="how-to-read">${p.howToRead}</p>` : nothing}
      ${p.problems}
      <footer>
        <slot name="note"></slot>
        <slot name="source"></slot>
      </footer>
      ${p.table}
    </figure>`;
}
