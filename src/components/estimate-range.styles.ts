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
  /* A distribution (marks/distribution-mark.ts): a gradient's slices carry their shade as fill-opacity. */
  .distribution,
  .distribution-dots {
    fill: var(--_interval-color);
  }
  /* A revised claim's earlier figures: muted, thin, under the bar (marks/earlier-mark.ts). */
  .earlier {
    fill: var(--_muted-color);
  }
  .earlier-open {
    fill: none;
    stroke: var(--_muted-color);
    stroke-width: 1.5;
  }
  .earlier-value {
    fill: var(--_background);
    stroke: var(--_muted-color);
    stroke-width: 1.5;
  }
  /* The pointer passes through a block's marks to the rows' hit areas beneath them. */
  .marks {
    pointer-events: none;
  }
  .row .hit {
    fill: transparent;
    stroke: none;
  }
  .row:focus {
    outline: none;
  }
  .row:focus-visible .hit,
  .row.active .hit {
    fill: color-mix(in srgb, var(--_interval-color) 7%, transparent);
  }
  .row:focus-visible .hit {
    stroke: var(--_focus-color);
    stroke-width: 2;
  }
  /* A row's state is a class of each of its marks (marks of many rows share a path: row-state.ts). */
  .interval.highlighted {
    fill: var(--_highlight-color);
  }
  .interval.outer.highlighted {
    fill: color-mix(in srgb, var(--_highlight-color) 78%, var(--_background));
  }
  .chevron.highlighted {
    stroke: var(--_highlight-color);
  }
  .label.highlighted {
    font-weight: 700;
  }
  .interval.dimmed {
    fill: var(--_interval-outer-color);
  }
  /* Bars glide to new figures. Only then: on a resize the labels and axis move at once, and bars
     gliding behind them would mislead (and restyle every bar for 300 ms). A path glides where the
     engine animates its d and its shape keeps its commands (the same rows); elsewhere it moves at once. */
  .plot.moving .interval,
  .plot.moving .value {
    transition:
      x 300ms ease,
      width 300ms ease,
      d 300ms ease;
  }
  @media (prefers-reduced-motion: reduce) {
    .plot.moving .interval,
    .plot.moving .value {
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
