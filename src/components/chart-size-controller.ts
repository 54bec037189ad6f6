import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { serverWidth } from './server-defaults.js';

/** The text style a chart lays out with, read from the host's computed style. */
export interface ChartFont {
  family: string;
  /** In px. */
  size: number;
  /** Letter and word spacing, in px. */
  letter: number;
  word: number;
}

type SizedHost = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: ParentNode;
    /** The width given for when none can be measured (a server's render, a container not laid out). */
    readonly width?: number;
  };

/**
 * The width a chart draws at, and the font it measures text in: read once when the chart connects,
 * then from a ResizeObserver whenever the container changes.
 *
 * It observes the chart's `.sizer`, a zero-height element the chart renders at its full width, not
 * the host: the host's height changes with every render, and observing it would make the observer
 * fire again in the same frame ("ResizeObserver loop" errors on the host page). A plain
 * ResizeObserver rather than @lit-labs/observers' ResizeController: the one element to watch is
 * found after each update, and the controller's target directive (an AsyncDirective) cost 1 KB gzip
 * on every page.
 */
export class ChartSizeController implements ReactiveController {
  /** The chart's font, as of the last width read. */
  font: ChartFont = { family: 'sans-serif', size: 15, letter: 0, word: 0 };

  private readonly host: SizedHost;
  /** The width read at connection, used until the ResizeObserver reports. */
  private initialWidth = 0;
  private observedWidth?: number;
  private observer?: ResizeObserver;
  private sizer?: Element;

  constructor(host: SizedHost) {
    this.host = host;
    host.addController(this);
  }

  /** The content width in whole px: measured, else the host's `width`, else (on a server) the server's width, else 0. */
  get width(): number {
    const given = this.host.width;
    if (given && given > 0 && !this.initialWidth && this.observedWidth === undefined) return Math.floor(given);
    return this.observedWidth ?? (this.initialWidth || (isServer ? serverWidth() : 0));
  }

  /**
   * On a server there is no computed style: the font size is the one set on the element itself
   * (`style="--estimate-range-font-size: 17px"`), as the browser will compute it, else 15 px.
   */
  readServerFont(): void {
    const size = /--estimate-range-font-size:\s*([\d.]+)px/.exec(this.host.getAttribute('style') ?? '')?.[1];
    if (size) this.font = { ...this.font, size: Math.max(12, Number(size)) };
  }

  hostConnected(): void {
    // Read the width once, now, so that the first render already draws the chart. Waiting for the
    // ResizeObserver would paint one frame without it, and the article below would jump twice
    // (measured: a Cumulative Layout Shift of 0.08 on test/pages/cls.html). This is the only layout
    // read the element makes outside the observer.
    if (this.observedWidth === undefined && this.host.isConnected) {
      this.initialWidth = Math.floor(this.host.getBoundingClientRect().width);
      this.readFont();
    }
    // A chart moved to another container watches its sizer again (observing reports its width).
    if (this.sizer) this.observer?.observe(this.sizer);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    // The sizer stays the same element from render to render; it is looked for again only when it
    // has left the tree (a render that failed draws a message in its place).
    if (this.sizer?.isConnected) return;
    const sizer = this.host.renderRoot.querySelector('.sizer') ?? undefined;
    if (sizer === this.sizer || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => {
      this.observedWidth = this.readWidth(entries);
      this.host.requestUpdate();
    });
    if (this.sizer) this.observer.unobserve(this.sizer);
    this.sizer = sizer;
    if (sizer) this.observer.observe(sizer);
  }

  private readWidth(entries: ResizeObserverEntry[]): number {
    // The observer fires after layout, so reading the computed font here forces nothing extra.
    this.readFont();
    const entry = entries[entries.length - 1];
    return entry ? Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width) : this.width;
  }

  private readFont(): void {
    const style = getComputedStyle(this.host);
    const size = parseFloat(style.fontSize);
    const px = (v: string) => (Number.isFinite(parseFloat(v)) ? parseFloat(v) : 0);
    this.font = {
      family: style.fontFamily || 'sans-serif',
      size: Number.isFinite(size) ? size : 15,
      letter: px(style.letterSpacing),
      word: px(style.wordSpacing),
    };
  }
}
