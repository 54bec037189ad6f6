import { html, type TemplateResult } from 'lit';
import type { TextMeasurer, TextStyle } from '../layout/text-measurer.js';
import { hydrate } from '@lit-labs/ssr-client';
import { templateDigest } from './template-digest.js';

/**
 * What a server-rendered chart leaves in its shadow root for the browser that takes it over: the
 * width and font size it was laid out for, the digest of its markup (see template-digest.ts), and
 * every text width it measured. With the server's widths, the browser's layout at the same width is
 * the server's to the last decimal, so hydration changes nothing on the page; without them, the
 * browser's own font would move labels by fractions of a pixel and every part would be redrawn.
 */
export interface ServerRender {
  width: number;
  fontSize: number;
  digest: string;
  /** Text widths by `style\u0000text`, as the server measured them. */
  widths: Record<string, number>;
}

/** The record as an inert `<template>`: nothing is shown or read out. */
export function serverRenderRecord(r: ServerRender): TemplateResult {
  return html`<template class="server-render" data-width=${r.width} data-font-size=${r.fontSize}
    data-digest=${r.digest} data-widths=${JSON.stringify(r.widths)}></template>`;
}

/** The record in a shadow root the server wrote (a declarative shadow root), if there is one. */
export function readServerRender(root: ShadowRoot | null): ServerRender | undefined {
  // The record is the shadow root's own child (`:scope` matches nothing in a shadow root).
  const record = Array.from(root?.children ?? []).find((e) => e.matches('template.server-render'));
  if (!record) return undefined;
  try {
    const widths = JSON.parse(record.getAttribute('data-widths') ?? '{}') as Record<string, number>;
    return {
      width: Number(record.getAttribute('data-width')),
      fontSize: Number(record.getAttribute('data-font-size')),
      digest: record.getAttribute('data-digest') ?? '',
      widths: widths && typeof widths === 'object' ? widths : {},
    };
  } catch {
    return undefined;
  }
}

/** A measurer that keeps every width it gives, for the record. */
export function recordingMeasurer(inner: TextMeasurer): TextMeasurer & { widths: Record<string, number> } {
  const widths: Record<string, number> = {};
  return {
    widths,
    width(text: string, style: TextStyle) {
      const w = inner.width(text, style);
      widths[`${style}\u0000${text}`] = w;
      return w;
    },
  };
}

/** The server's widths, and the browser's own for any text the server did not measure. */
export function replayingMeasurer(widths: Record<string, number>, fallback: TextMeasurer): TextMeasurer {
  return {
    width: (text, style) => widths[`${style}\u0000${text}`] ?? fallback.width(text, style),
  };
}

/**
 * Everything a chart needs to be rendered on a server and taken over in the browser. The elements
 * carry only a hook for it (`EstimateChartElement.serverRenders`): the pages that use it
 * (estimate-range/hydrate.js, estimate-range/ssr) install it, and the others do not pay its bytes.
 */
export interface ServerRenderSupport {
  read: typeof readServerRender;
  record: typeof serverRenderRecord;
  digest: typeof templateDigest;
  recording: typeof recordingMeasurer;
  replaying: typeof replayingMeasurer;
  /** Lit's own hydration (`@lit-labs/ssr-client`): takes over the server's DOM for a first render. */
  hydrate: typeof hydrate;
}

export const serverRenderSupport: ServerRenderSupport = {
  read: readServerRender,
  record: serverRenderRecord,
  digest: templateDigest,
  recording: recordingMeasurer,
  replaying: replayingMeasurer,
  hydrate,
};
