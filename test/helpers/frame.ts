/**
 * Pages in an iframe of a given width: a server-rendered article as a reader's browser loads it,
 * with or without JavaScript (a sandbox without `allow-scripts` is a browser with scripting off).
 */
import { until } from './until.js';

const frames: HTMLIFrameElement[] = [];

export interface FrameOptions {
  width: number;
  /** Run the page's scripts (default true). */
  scripts?: boolean;
}

/** Opens `url` in an iframe and resolves once it has loaded; removed by `closeFrames`. */
export async function openFrame(url: string, o: FrameOptions): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (o.scripts === false) frame.sandbox.add('allow-same-origin');
  // Tall enough never to scroll: a scroll bar would take width from the chart.
  // In view, above the rest of the test page: WebKit holds back animation frames in an iframe out of view.
  frame.style.cssText = `position: fixed; top: 0; left: 0; z-index: 1; width: ${o.width}px; height: 4000px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

export function closeFrames(): void {
  for (const f of frames.splice(0)) f.remove();
}

type FrameWindow = Window & typeof globalThis & { __ssr?: { mutations: string[]; cls: number; shifts: string[] } };

export function frameWindow(frame: HTMLIFrameElement): FrameWindow {
  return frame.contentWindow as FrameWindow;
}

/** Resolves after the frame has drawn `n` more frames. */
export async function nextFrames(frame: HTMLIFrameElement, n = 2): Promise<void> {
  const w = frameWindow(frame);
  for (let i = 0; i < n; i++) await new Promise((r) => w.requestAnimationFrame(r));
}

/** Waits for the page's chart to be defined and drawn whole. */
export async function chartReady(frame: HTMLIFrameElement, tag: string): Promise<HTMLElement> {
  const w = frameWindow(frame);
  await until(
    () => w.customElements.get(tag) !== undefined,
    `<${tag}> to be defined in the page (${(w as { __ssr?: { stage?: string } }).__ssr?.stage ?? 'no probe'})`,
    10000,
  );
  const chart = w.document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  await chart.updateComplete;
  await nextFrames(frame);
  await chart.updateComplete;
  return chart;
}
