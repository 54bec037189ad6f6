/**
 * `styleProps`: sets inline styles through the CSSOM (`element.style.setProperty`), always. Lit's
 * own styleMap writes a `style` attribute on first render, which a page's Content-Security-Policy
 * without 'unsafe-inline' (style-src-attr) blocks and reports; the CSSOM is not subject to it.
 *
 * @example
 * html`<div style=${styleProps({ top: '12px', left: '4px' })}></div>`
 */
import { noChange } from 'lit/html.js';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style')
      throw new Error('styleProps belongs in a style attribute');
  }

  /** The server's value (static SVG, server rendering): the style as text, since no CSP applies there. */
  render(styles: Readonly<Record<string, string>>): string {
    return Object.entries(styles)
      .map(([name, value]) => `${name}: ${value}`)
      .join('; ');
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.applied) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.applied = new Set(Object.keys(styles));
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
