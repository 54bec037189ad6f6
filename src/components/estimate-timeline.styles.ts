import { css, unsafeCSS } from 'lit';
import { SERIES_COLORS, seriesDeclarations } from '../marks/palette.js';

const lightSeries = unsafeCSS(seriesDeclarations(SERIES_COLORS.light));

/** The series colours on a dark background, once: for theme="dark" and the dark colour scheme. */
const darkSeries = unsafeCSS(seriesDeclarations(SERIES_COLORS.dark));

/**
 * What a timeline adds to the shared chart styles: series colours and dash patterns, bands, the
 * crosshair and annotations. Six series colours, each overridable with
 * `--estimate-range-series-N-color`; every series also has its own dash pattern, so series stay
 * apart without colour.
 */
export const estimateTimelineStyles = css`
  :host {
    --_series-1: var(--estimate-range-series-1-color, var(--_interval-color));
    ${lightSeries}
    --_annotation-color: var(--estimate-range-annotation-color, var(--_muted-color));
  }
  :host([theme='dark']) {
    ${darkSeries}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkSeries}
    }
  }
  .series-1 { --_s: var(--_series-1); }
  .series-2 { --_s: var(--_series-2); }
  .series-3 { --_s: var(--_series-3); }
  .series-4 { --_s: var(--_series-4); }
  .series-5 { --_s: var(--_series-5); }
  .series-6 { --_s: var(--_series-6); }
  .band {
    fill: var(--_s);
    fill-opacity: 0.28;
    stroke: none;
  }
  .band.outer {
    fill-opacity: 0.14;
  }
  .key-label {
    fill: var(--_muted-color);
  }
  .series-line {
    fill: none;
    stroke: var(--_s);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .series-line.series-2 { stroke-dasharray: 8 4; }
  .series-line.series-3 { stroke-dasharray: 2 3; }
  .series-line.series-4 { stroke-dasharray: 10 3 2 3; }
  .series-line.series-5 { stroke-dasharray: 4 4; }
  .series-dot {
    fill: var(--_s);
  }
  .legend-swatch {
    stroke: var(--_s);
    stroke-width: 3;
  }
  .direct-label {
    fill: var(--_s);
  }
  .source-range,
  .source-cap {
    stroke: var(--_value-color);
    stroke-width: 2;
  }
  .source-mark.vague .source-range {
    stroke-dasharray: 3 3;
  }
  .revision-step {
    fill: none;
    stroke: var(--_value-color);
    stroke-opacity: 0.6;
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  .annotation-rule {
    stroke: var(--_annotation-color);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .annotation-label {
    fill: var(--_muted-color);
  }
  .crosshair {
    stroke: var(--_color);
    stroke-width: 1;
  }
  svg.plot:focus-visible .focus-frame {
    stroke: var(--_focus-color);
    stroke-width: 2;
  }
  .focus-frame {
    fill: none;
    stroke: none;
  }
  .tooltip ul {
    margin: 4px 0 0;
    padding-left: 1.1em;
  }
  @media (forced-colors: active) {
    .band {
      fill: GrayText;
    }
    .series-line,
    .legend-swatch {
      stroke: CanvasText;
    }
    .direct-label,
    .series-dot {
      fill: CanvasText;
    }
  }
`;
