import { css } from 'lit';

/** "Show data", the CSV link and the data table (data-table.ts), in both charts. */
export const dataTableStyles = css`
  .data-toggle {
    margin-top: 6px;
    padding: 4px 8px;
    min-height: 24px;
    border: 1px solid var(--_muted-color);
    border-radius: 3px;
    background: transparent;
    color: var(--_color);
    font: inherit;
    font-size: max(12px, calc(var(--_font-size) * 0.87));
    cursor: pointer;
  }
  .data-toggle:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
  }
  /* Each link whole on its line: three of them wrap on a phone, never inside "Download image (SVG)". */
  .download {
    display: inline-block;
    white-space: nowrap;
    margin-left: 12px;
    color: var(--_color);
    font-size: max(12px, calc(var(--_font-size) * 0.87));
  }
  .download:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
  }
  /* A table wider than a phone's column scrolls in its box, rather than widening the page. */
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    margin-top: 8px;
    width: 100%;
    font-size: max(12px, calc(var(--_font-size) * 0.87));
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 4px 6px;
    border-bottom: 1px solid var(--_grid-color);
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  td a {
    color: inherit;
  }
  @media print {
    .data-toggle {
      display: none;
    }
  }
`;
