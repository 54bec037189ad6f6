/**
 * Registers a custom element once. Two copies of the embed script on one page (a CMS that adds it
 * per chart) must not throw "already been used with this registry".
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
