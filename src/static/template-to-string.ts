/**
 * Lit templates as markup, without a DOM: how the static renderer turns the same marks the elements
 * draw into an SVG file. `@lit-labs/ssr` does this too, but importing it defines
 * `globalThis.customElements` (through LitElement) and its output carries hydration comments; a
 * static image needs neither, and the marks use only a few binding kinds: attribute values,
 * children (text, numbers, templates, arrays) and directives, whose `render()` gives the server value.
 */
import { noChange, nothing, type TemplateResult } from 'lit/html.js';
import { PartType, type DirectiveClass, type DirectiveResult } from 'lit/directive.js';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an element's content or a quoted attribute value: never markup. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c]);
}

function isTemplate(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_$litType$' in value;
}

function isDirective(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_$litDirective$' in value;
}

/** A directive's value on the server, as `@lit-labs/ssr` takes it: from its `render()`. */
function resolveDirective(value: DirectiveResult, part: { type: number; name?: string }): unknown {
  const { _$litDirective$: Kind, values } = value as unknown as {
    _$litDirective$: DirectiveClass;
    values: unknown[];
  };
  const instance = new Kind(part as never);
  return (instance as unknown as { render: (...args: unknown[]) => unknown }).render(...values);
}

function childToString(value: unknown): string {
  if (isDirective(value)) return childToString(resolveDirective(value as DirectiveResult, { type: PartType.CHILD }));
  if (value === nothing || value === noChange || value === null || value === undefined || value === false) return '';
  if (isTemplate(value)) return templateToString(value as TemplateResult);
  if (Array.isArray(value)) return value.map(childToString).join('');
  if (typeof value === 'object' && Symbol.iterator in value)
    return Array.from(value as Iterable<unknown>, childToString).join('');
  return escapeMarkup(String(value));
}

function attributeValue(value: unknown, name: string): string | undefined {
  if (isDirective(value))
    return attributeValue(resolveDirective(value as DirectiveResult, { type: PartType.ATTRIBUTE, name }), name);
  if (value === nothing || value === noChange || value === null || value === undefined) return undefined;
  return String(value);
}

/** The binding the markup before a value makes: `name=` in a tag is an attribute, else a child. */
const ATTRIBUTE_BINDING = /([.?@]?)([^\s"'>/=]+)=$/;

/**
 * A template as markup. Attribute bindings are written quoted (`x="12"`); one bound to `nothing` or
 * `undefined` is left out; property (`.`) and event (`@`) bindings are dropped; a boolean (`?`)
 * binding writes `name=""` when true. A value inside quotes is written where it stands.
 */
export function templateToString(template: TemplateResult): string {
  const { strings, values } = template;
  let out = '';
  // Whether the markup so far ends inside a tag, and inside which quote, if any.
  let inTag = false;
  let quote = '';
  for (let i = 0; i < strings.length; i++) {
    let s = strings[i];
    for (const c of s) {
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '<') inTag = true;
      else if (c === '>') inTag = false;
      else if (inTag && (c === '"' || c === "'")) quote = c;
    }
    if (i === values.length) {
      out += s;
      break;
    }
    const value = values[i];
    if (!inTag) {
      out += s + childToString(value);
      continue;
    }
    const binding = ATTRIBUTE_BINDING.exec(s);
    if (quote || !binding) {
      // Inside a quoted value (`class="a ${b}"` or `d="${d}"`): written where it stands.
      out += s + escapeMarkup(attributeValue(value, '') ?? '');
      continue;
    }
    const [whole, prefix, name] = binding;
    s = s.slice(0, s.length - whole.length);
    if (prefix === '.' || prefix === '@') out += s.trimEnd();
    else if (prefix === '?') out += value ? `${s}${name}=""` : s.trimEnd();
    else {
      const text = attributeValue(value, name);
      out += text === undefined ? s.trimEnd() : `${s}${name}="${escapeMarkup(text)}"`;
    }
  }
  return out;
}
