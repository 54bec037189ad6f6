/**
 * Defines a custom element the first time the page uses its tag: its code is loaded then, not with
 * the page. The embed build (`dist/embed/`) loads `<estimate-timeline>` this way, so that a page of
 * range charts does not download the timeline before it can paint.
 *
 * It sees the tag in the document, as a CMS page writes it or a script adds it there. An element
 * made inside another component's shadow root is not seen: an app that does so imports the package
 * (or the one-file build), which defines every element at once.
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined' || customElements.get(tag)) return;
  // A live collection: reading its length after each batch of changes costs no query.
  const used = document.getElementsByTagName(tag);
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (used.length === 0) return;
    observer.disconnect();
    load().catch((error: unknown) => console.error(`estimate-range: <${tag}> could not be loaded`, error));
  };
  observer.observe(document, { childList: true, subtree: true });
  check();
}
