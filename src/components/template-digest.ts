import { nothing, noChange } from 'lit';
import { guard } from 'lit/directives/guard.js';

/** The class behind a directive's results, to recognise them (Lit keeps it under this name). */
const directiveOf = (result: unknown): unknown => (result as { _$litDirective$?: unknown })?._$litDirective$;
const GUARD = directiveOf(guard([], () => nothing));

/**
 * A short fingerprint of everything a template would write into the DOM: its static markup and
 * every value bound into it, through nested templates and arrays. A directive counts by its
 * arguments (repeat's items, styleProps' styles), except `guard`, whose template is followed, since
 * its arguments are only what it depends on. Event listeners leave no mark in the DOM and are left out.
 *
 * Hydration (`@lit-labs/ssr-client`) takes the server's DOM as it is and assumes the client would
 * have rendered the same; where it would not, the page keeps the server's drawing under a client
 * that believes otherwise. A chart compares its first render's digest with the server's and draws
 * afresh when they differ (another width, font size, locale or input), rather than hydrate.
 */
export function templateDigest(value: unknown): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0xff, 0x01000193);
  };
  const json = (v: unknown) => {
    try {
      return JSON.stringify(v);
    } catch {
      return 'object';
    }
  };
  const visit = (v: unknown): void => {
    if (v === nothing || v === undefined || v === null) return add('∅');
    if (v === noChange) return add('=');
    if (typeof v === 'function') return add('ƒ');
    if (typeof v !== 'object') return add(`${typeof v}:${String(v)}`);
    const template = v as { strings?: readonly string[]; values?: unknown[]; _$litType$?: unknown };
    if (template._$litType$ !== undefined && template.strings) {
      add(template.strings.join('\u0001'));
      template.values?.forEach(visit);
      return;
    }
    const kind = directiveOf(v);
    if (kind !== undefined) {
      const values = (v as { values: unknown[] }).values;
      if (kind === GUARD) return visit((values[1] as () => unknown)());
      return values.forEach(visit);
    }
    if (Symbol.iterator in v) {
      add('[');
      for (const item of v as Iterable<unknown>) visit(item);
      return add(']');
    }
    // Plain data: a directive's arguments (repeat's items, styleProps' styles), which decide what it writes.
    add(json(v));
  };
  visit(value);
  return (hash >>> 0).toString(36);
}
