import { css, type CSSResult } from 'lit';

/**
 * What a reader without JavaScript gets of a server-rendered chart: the whole plot, scaled down to a
 * narrower column, and the data table with its summary, since "Show data" and the download need
 * script. Only the server writes these rules (the style sheet in its declarative shadow root, which
 * the browser keeps when it takes the chart over), so a page that draws its charts in the browser
 * does not download them. A function, so that a bundle that never calls it drops it.
 */
export const noScriptStyles = (): CSSResult => css`
  @media (scripting: none) {
    svg.plot {
      max-width: 100% !important;
      height: auto !important;
    }
    .data-toggle,
    .download {
      display: none;
    }
    .table-wrap.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 8px 0 0;
      overflow-x: auto;
      clip: auto;
      white-space: normal;
    }
  }
`;
