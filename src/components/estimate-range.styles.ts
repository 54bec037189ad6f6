import { css } from 'lit';

/**
 * What a range chart adds to the shared chart styles (chart.styles.ts): rows and their focus and
 * highlight, interval bars (nested, open, vague), value marks and labels, the agreement band, the
 * interval key, and bars gliding to new figures.
 */
export const estimateRangeStyles = css`
  .meta,
  .agreement-label,
  .key-label {
    fill: var(--_muted-color);
  }
  .value-label {
    fill: var(--_color);
    font-variant-numeric: tabular-nums;
  }
  .interval {
    fill: var(--_interval-color);
  }
  .interval.outer {
    fill: var(--_interval-outer-color);
  }
  .fade-stop {
    stop-color: var(--_interval-color);
  }
  .interval.vague {
    fill: var(--_interval-color);
    fill-opacity: 0.2;
    stroke: var(--_interval-color);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .value.approximate {
    fill: var(--_background);
    stroke: var(--_value-color);
    stroke-width: 2.5;
  }
  .agreement-band {
    fill: var(--_agreement-color);
  }
  .row .hit {
    fill: transparent;
    stroke: none;
  }
  .row .option:focus {
    outline: none;
  }
  .row .option:focus-visible .hit,
  .row.active .hit {
    fill: color-mix(in srgb, var(--_interval-color) 7%, transparent);
  }
  .row .option:focus-visible .hit {
    stroke: var(--_focus-color);
    stroke-width: 2;
  }
  .row.highlighted .interval {
    fill: var(--_highlight-color);
  }
  .row.highlighted .interval.outer {
    fill: color-mix(in srgb, var(--_highlight-color) 78%, var(--_background));
  }
  .row.highlighted .fade-stop,
  .row.highlighted .chevron {
    stroke: var(--_highlight-color);
  }
  .row.highlighted .label {
    font-weight: 700;
  }
  .row.dimmed .interval {
    fill: var(--_interval-outer-color);
  }
  /* Bars glide to new figures. Only then: on a resize the labels and axis move at once, and bars
     gliding behind them would mislead (and restyle every bar for 300 ms). */
  .plot.moving rect.interval,
  .plot.moving circle.value {
    transition:
      x 300ms ease,
      width 300ms ease,
      cx 300ms ease;
  }
  @media (prefers-reduced-motion: reduce) {
    .plot.moving rect.interval,
    .plot.moving circle.value {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .agreement-band {
      stroke: GrayText;
      stroke-dasharray: 2 2;
    }
  }
`;
