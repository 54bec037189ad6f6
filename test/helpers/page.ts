/** Whole test pages (test/pages/, stories/embed.html) in an iframe, as a reader's browser loads them. */
import { until } from './until.js';

export interface OpenedPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window;
  /** Removes the frame (call in `finally`). */
  close(): void;
}

/**
 * Loads `url` in an iframe of `width` × `height` px and waits, failing loudly after `ms`, until
 * `ready(doc)` holds.
 */
export async function openPage(
  url: string,
  { width, height }: { width: number; height: number },
  ready: (doc: Document) => boolean,
  what: string,
  ms = 5000,
): Promise<OpenedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = url;
  document.body.append(frame);
  const close = () => frame.remove();
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await until(() => ready(doc), what, ms);
    return { frame, doc, win: frame.contentWindow!, close };
  } catch (error) {
    close();
    throw error;
  }
}
