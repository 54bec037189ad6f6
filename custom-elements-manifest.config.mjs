// dist/custom-elements.json, generated from the source's JSDoc (attributes, properties, parts,
// custom properties, slots, events).
export default {
  globs: ['src/components/estimate-range.ts', 'src/events/*.ts'],
  outdir: 'dist',
  litelement: true,
};
