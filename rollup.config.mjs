// Two builds from the TypeScript output in dist/ (tsc writes the ES modules and .d.ts first):
// - the npm build is tsc's own output: one module per source file, lit and d3 left as imports;
// - dist/estimate-range.min.js: one self-contained module for <script type="module"> embeds, with
//   lit and the d3 modules inside, minified.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default [
  {
    // The npm entry, which registers every element and exports the public API (parseEstimate …).
    input: 'dist/index.js',
    output: { file: 'dist/estimate-range.min.js', format: 'es', sourcemap: false },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
    ],
  },
];
