import { html, type TemplateResult } from 'lit';
import type { Figure } from '../data/figure.js';
import { message, type Messages } from '../format/messages.js';
// Styles are set through the CSSOM, never as style attributes, which a strict CSP blocks.
import { styleProps } from '../marks/style-props.js';
import { round } from '../marks/round.js';

/** Where the details box sits in the chart's box, in px: `top` or `bottom`, and `left`. */
export type DetailsPlacement = Partial<Record<'top' | 'bottom' | 'left', number>>;

export interface DetailsBoxOptions {
  /** What the box is about, its accessible name. */
  label: string;
  placement: DetailsPlacement;
  m: Messages;
  onClose: () => void;
  content: TemplateResult;
}

/**
 * The details box both charts open on hover, tap or focus: a group named for what it explains, with
 * a close button for touch and keyboard. Its public part is still called `tooltip`.
 */
export function detailsBox(o: DetailsBoxOptions): TemplateResult {
  const position = Object.fromEntries(Object.entries(o.placement).map(([side, px]) => [side, `${round(px)}px`]));
  return html`<div class="tooltip" part="tooltip" style=${styleProps(position)} role="group" aria-label=${o.label}>
    <button class="close" type="button" aria-label=${message(o.m, 'close')} @click=${o.onClose}>×</button>
    ${o.content}
  </div>`;
}

/** The closed details box: kept in the tree, so that opening it moves no other node. */
export function closedDetailsBox(): TemplateResult {
  return html`<div class="tooltip" part="tooltip" hidden></div>`;
}

/**
 * A figure's source as a link that opens apart from the story (only `http(s)` and relative URLs
 * reach a figure's `url`), or as text when it has none.
 */
export function sourceLink(figure: Figure, text = figure.source ?? figure.url): TemplateResult | string {
  if (!figure.url) return figure.source ?? '';
  return html`<a href=${figure.url} target="_blank" rel="noopener noreferrer">${text}</a>`;
}
