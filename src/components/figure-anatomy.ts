import { html, nothing, type TemplateResult } from 'lit';

/** Which of a chart's news-anatomy slots have text. */
export interface FilledSlots {
  title: boolean;
  description: boolean;
  note: boolean;
  source: boolean;
}

/**
 * Which slots are filled, read from the light DOM at render rather than on slotchange, which would
 * schedule a second render after every first one. Child changes reach render through the input
 * controller's MutationObserver.
 */
export function filledSlots(host: Element): FilledSlots {
  const filled = (name: string) =>
    Array.from(host.children).some((c) => c.getAttribute('slot') === name && (c.textContent ?? '').trim() !== '');
  return { title: filled('title'), description: filled('description'), note: filled('note'), source: filled('source') };
}

export interface FigureAnatomyParts {
  slots: FilledSlots;
  /** Whether there is a summary (in the data table) to describe the figure by. */
  described: boolean;
  /** The plot, or what stands in its place (a status, a failure). */
  plot: TemplateResult | typeof nothing;
  details: TemplateResult | typeof nothing;
  problems: TemplateResult | typeof nothing;
  table: TemplateResult | typeof nothing;
}

/**
 * A chart as a news graphic: a `<figure>` captioned by its title, with the description under it, the
 * plot, the problems line, the note and source, and the data table.
 */
export function figureAnatomy(p: FigureAnatomyParts): TemplateResult {
  const { slots } = p;
  // The figure is named by its caption explicitly: Chromium does not name a figure from a
  // figcaption whose text is slotted in from the light DOM.
  const described = [slots.description ? 'description' : '', p.described ? 'summary' : ''].filter(Boolean).join(' ');
  return html`<figure part="figure" aria-labelledby=${slots.title ? 'caption' : nothing} aria-describedby=${described || nothing}>
      <figcaption id="caption" part="title" class=${slots.title ? 'filled' : ''}><slot name="title"></slot></figcaption>
      <div part="description" class=${slots.description ? 'description filled' : 'description'} id="description">
        <slot name="description"></slot>
      </div>
      <div class="chart" part="chart">
        <div class="sizer"></div>
        ${p.plot}
        ${p.details}
      </div>
      ${p.problems}
      <footer class=${slots.note || slots.source ? 'filled' : ''}>
        <slot name="note"></slot>
        <slot name="source"></slot>
      </footer>
      ${p.table}
    </figure>`;
}
