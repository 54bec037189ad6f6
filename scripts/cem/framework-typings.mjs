// Typings for React's JSX, Vue's templates and Svelte's markup, written from the custom elements
// manifest so that they list exactly what the manifest documents and never drift from it.
//
// Written here rather than with the manifest tools on npm (custom-element-jsx-integration,
// -vuejs-integration, -svelte-integration, @wc-toolkit/jsx-types), which we tried on this manifest:
// the first three import each inherited event type once per element (a duplicate identifier that fails
// a type check without skipLibCheck) and type a class-based event as `CustomEvent<ErrorEvent>`, so
// `detail` is wrong; @wc-toolkit/jsx-types leaves the event classes unimported and augments six JSX
// modules a project may not have. Each file here names only its framework's module.
//
// Every prop is typed as the element's own property (`EstimateRange['estimates']`), so the types come
// from the compiled classes and the manifest only decides which props exist.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/** The elements of a manifest with their settable props, attribute-only names and events. */
export function describeElements(manifest) {
  const classes = new Map();
  for (const mod of manifest.modules)
    for (const decl of mod.declarations ?? [])
      if (decl.kind === 'class') classes.set(decl.name, { decl, path: mod.path });
  const elements = [];
  for (const { decl, path } of classes.values()) {
    if (!decl.tagName) continue;
    const props = (decl.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !m.privacy && !m.name.startsWith('_'))
      .map((m) => ({ name: m.name, description: m.description }));
    const propNames = new Set(props.map((p) => p.name));
    // An attribute spelled unlike its property (src-timeout for srcTimeout) is typed as the property.
    const attributes = (decl.attributes ?? [])
      .filter((a) => a.fieldName && a.name !== a.fieldName && propNames.has(a.fieldName))
      .map((a) => ({ name: a.name, fieldName: a.fieldName }));
    const events = (decl.events ?? [])
      .filter((e) => e.name)
      .map((e) => {
        const type = e.type?.text;
        const eventClass = type && classes.get(type);
        return { name: e.name, description: e.description, type: eventClass ? type : 'Event', path: eventClass?.path };
      });
    elements.push({
      tagName: decl.tagName,
      className: decl.name,
      path,
      description: decl.summary ?? decl.description,
      props,
      attributes,
      events,
    });
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (c) => c.toUpperCase());
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/** `import type` lines for every element and event class, relative to the typings' folder. */
function imports(elements, from) {
  const byPath = new Map();
  const add = (path, name) => {
    if (!path) return;
    let rel = posix.relative(from, path);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    byPath.set(rel, new Set([...(byPath.get(rel) ?? []), name]));
  };
  for (const el of elements) {
    add(el.path, el.className);
    for (const e of el.events) add(e.path, e.type);
  }
  return [...byPath]
    .map(([path, names]) => `import type { ${[...names].sort().join(', ')} } from '${path}';`)
    .join('\n');
}

/** The props every framework shares: the element's own properties and attribute spellings. */
function propLines(el) {
  return [
    ...el.props.map((p) => `${doc(p.description)}  ${p.name}?: ${el.className}['${p.name}'];\n`),
    ...el.attributes.map((a) => `  '${a.name}'?: ${el.className}['${a.fieldName}'];\n`),
  ].join('');
}

/** Event handler props, named as the framework names a listener for a custom event. */
function eventLines(el, key) {
  return el.events.map((e) => `${doc(e.description)}  ${key(e.name)}?: (event: ${e.type}) => void;\n`).join('');
}

/** One props interface per element: `head(el)` opens it; events are named by `eventKey`. */
function propsInterfaces(elements, head, eventKey) {
  return elements.map((el) => `${head(el)} {\n${propLines(el)}${eventLines(el, eventKey)}}\n`).join('\n');
}

/** The tag → props entries of the framework's element map, each with the element's summary. */
function tagEntries(elements, indent, type) {
  return elements.map((el) => `${doc(el.description, indent)}${indent}'${el.tagName}': ${type(el)};\n`).join('');
}

const header = (framework, usage) =>
  `// Generated from custom-elements.json by scripts/cem/framework-typings.mjs: do not edit.\n` +
  `// ${framework} typings for the elements. ${usage}\n`;

export function reactTypings(elements, from) {
  // React 19 passes a prop the element has as a property, and `on` + the event's own name as a listener.
  const props = propsInterfaces(
    elements,
    (el) =>
      `export interface ${el.className}JSXProps\n  extends React.DetailedHTMLProps<React.HTMLAttributes<${el.className}>, ${el.className}>`,
    (name) => `'on${name}'`,
  );
  const intrinsic = tagEntries(elements, '      ', (el) => `${el.className}JSXProps`);
  return (
    header(
      'React JSX',
      'Reference it once: /// <reference types="estimate-range/types/react" />. React 18 sets arrays as attributes: use estimate-range/react there.',
    ) +
    `import type * as React from 'react';\n${imports(elements, from)}\n\n${props}\n` +
    `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${intrinsic}    }\n  }\n}\n`
  );
}

export function vueTypings(elements, from) {
  // Vue's template checker reads `@estimate-range-error` as the prop `onEstimateRangeError`.
  const props = propsInterfaces(
    elements,
    (el) => `export interface ${el.className}VueProps`,
    (name) => `on${pascal(name)}`,
  );
  const components = tagEntries(elements, '    ', (el) => `DefineComponent<${el.className}VueProps>`);
  return (
    header(
      'Vue',
      'Reference it once: /// <reference types="estimate-range/types/vue" />, and tell Vue the tags are custom elements (isCustomElement).',
    ) +
    `import type { DefineComponent } from 'vue';\n${imports(elements, from)}\n\n${props}\n` +
    `declare module 'vue' {\n  interface GlobalComponents {\n${components}  }\n}\n`
  );
}

export function svelteTypings(elements, from) {
  // Svelte 5 passes a prop the element has as a property; `on` + the event's name is a listener.
  const props = propsInterfaces(
    elements,
    (el) => `export interface ${el.className}SvelteProps extends HTMLAttributes<${el.className}>`,
    (name) => `'on${name}'`,
  );
  const tags = tagEntries(elements, '    ', (el) => `${el.className}SvelteProps`);
  return (
    header('Svelte', 'Reference it once: /// <reference types="estimate-range/types/svelte" />.') +
    `import type { HTMLAttributes } from 'svelte/elements';\n${imports(elements, from)}\n\n${props}\n` +
    `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${tags}  }\n}\n`
  );
}

/** The analyzer plugin: writes dist/types/{react,vue,svelte}.d.ts after the paths point at dist/. */
export function frameworkTypingsPlugin({ outdir = 'dist/types' } = {}) {
  return {
    name: 'framework-typings',
    packageLinkPhase({ customElementsManifest }) {
      const elements = describeElements(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      for (const [name, write] of Object.entries({ react: reactTypings, vue: vueTypings, svelte: svelteTypings })) {
        const file = join(outdir, `${name}.d.ts`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, write(elements, outdir));
      }
    },
  };
}
