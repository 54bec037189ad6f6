import { css, unsafeCSS } from 'lit';
import { PALETTES, paletteDeclarations } from '../marks/palette.js';

/** The light palette (see marks/palette.ts), as the tokens' fallbacks. */
const lightTokens = unsafeCSS(paletteDeclarations(PALETTES.light));
/** The dark palette, once: applied by theme="dark" and by the reader's dark colour scheme. */
const darkTokens = unsafeCSS(paletteDeclarations(PALETTES.dark));

/**
 * What every chart of the library looks like: the theme's tokens, the figure anatomy (title,
 * description, notes), text and axes, the details box, the problems line, the data table, printing
 * and forced colours. Each public custom property is read once, here, into a private `--_name` with
 * its fallback, so the rules use one name and a theme set on the page reaches every chart. Dark,
 * forced-colour and reduced-motion rules sit beside what they change.
 */
export const chartStyles = css`
  :host {
    ${lightTokens}
    --_font-size: var(--estimate-range-font-size, 15px);
    --_title-font-size: var(--estimate-range-title-font-size, 1.25em);
    --_spacing: var(--estimate-range-spacing, 12px);

    display: block;
    position: relative;
    box-sizing: border-box;
    color: var(--_color);
    background: var(--_background);
    font-size: max(12px, var(--_font-size));
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The page's font family is inherited on purpose, and so are letter and word spacing (a reader's
     WCAG 1.4.12 text-spacing style must work; the layout measures text with them). Other text
     hacks are reset here, inside the shadow root, because page rules that match the host (even a
     bare *) outrank :host. */
  figure {
    margin: 0;
    padding: 0;
    font-size: max(12px, var(--_font-size));
    font-style: normal;
    font-weight: 400;
    line-height: 1.35;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
  }
  figcaption {
    font-size: var(--_title-font-size);
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }
  /* Spacing belongs to what is slotted, so that an empty slot takes no room without the chart
     reading its light DOM: a server renders the chart without seeing its children. */
  slot[name='title']::slotted(*) {
    display: block;
    margin-bottom: 4px;
  }
  .description {
    color: var(--_muted-color);
    margin: 0;
  }
  slot[name='description']::slotted(*) {
    display: block;
    margin-bottom: var(--_spacing);
  }
  .chart {
    position: relative;
  }
  .sizer {
    height: 0;
    width: 100%;
  }
  /* Page resets such as svg { max-width: 100%; height: auto } must not scale the chart. */
  svg.plot {
    display: block;
    overflow: visible;
    max-width: none;
    height: auto;
    font-family: inherit;
  }
  svg.plot:focus {
    outline: none;
  }
  text {
    fill: var(--_color);
    font-family: inherit;
    font-size: max(12px, var(--_font-size));
  }
  text.small {
    font-size: max(12px, calc(var(--_font-size) * 0.87));
  }
  text.heading {
    font-size: max(12px, calc(var(--_font-size) * 1.07));
    font-weight: 700;
  }
  .tick,
  .axis-title {
    fill: var(--_muted-color);
  }
  .grid {
    stroke: var(--_grid-color);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .grid.zero {
    stroke: var(--_zero-color);
  }
  .chevron {
    fill: none;
    stroke: var(--_interval-color);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .value {
    fill: var(--_value-color);
    stroke: var(--_background);
    stroke-width: 2;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(320px, 100%);
    padding: 8px 10px;
    border: 1px solid var(--_grid-color);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_color);
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18);
    font-size: max(12px, calc(var(--_font-size) * 0.87));
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
    margin-right: 24px;
  }
  .tooltip p {
    margin: 2px 0 0;
  }
  .tooltip .muted {
    color: var(--_muted-color);
  }
  .tooltip a {
    color: inherit;
  }
  .tooltip .close {
    position: absolute;
    top: 2px;
    right: 2px;
    min-width: 24px;
    min-height: 24px;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 18px;
    line-height: 1;
    cursor: pointer;
  }

  .status {
    color: var(--_muted-color);
    margin: 8px 0;
  }
  .how-to-read {
    color: var(--_muted-color);
    font-size: max(12px, calc(var(--_font-size) * 0.87));
    margin: 6px 0 0;
  }
  .problems {
    color: var(--_error-color);
    font-size: max(12px, calc(var(--_font-size) * 0.87));
    margin: 8px 0 0;
  }
  .problems ul {
    margin: 2px 0 0;
    padding-left: 1.2em;
  }
  footer {
    color: var(--_muted-color);
    font-size: max(12px, calc(var(--_font-size) * 0.87));
    margin: 0;
  }
  /* Inline blocks, not blocks: the note and the source run on as one paragraph where they fit, and
     the space between them stays, which a screen reader's say-all needs ("verified. Sources", not
     "verified.Sources", as Orca read two blocks). */
  footer ::slotted(*) {
    display: inline-block;
    margin-top: 6px;
  }
  /* Hidden from sight, not from screen readers. */
  .visually-hidden:not(:focus-within) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    :host {
      --_background: Canvas;
      --_color: CanvasText;
      --_muted-color: CanvasText;
      --_grid-color: GrayText;
      --_interval-color: CanvasText;
      --_interval-outer-color: GrayText;
      --_value-color: Highlight;
      --_highlight-color: Highlight;
      --_agreement-color: transparent;
      --_focus-color: Highlight;
    }
    .value {
      forced-color-adjust: none;
      fill: Highlight;
      stroke: Canvas;
    }
  }
  @media print {
    :host {
      --_background: #fff;
      --_color: #000;
    }
    .tooltip {
      display: none;
    }
  }
`;
