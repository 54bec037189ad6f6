// dist/custom-elements.json, generated from the source's JSDoc (attributes, properties, parts,
// custom properties, slots, events).
export default {
  globs: [
    'src/components/estimate-chart-element.ts',
    'src/components/estimate-range.ts',
    'src/estimate-range.ts',
    'src/components/estimate-timeline.ts',
    'src/estimate-timeline.ts',
    'src/events/*.ts',
  ],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists `dispatchEvent(new SomeEvent())` as an event without a name; the
      // @fires tag already documents it by name.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
