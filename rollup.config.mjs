// Two builds from the TypeScript output in dist/ (tsc writes the ES modules and .d.ts first):
// - the npm build is tsc's own output: one module per source file, lit and d3 left as imports;
// - dist/estimate-range.min.js: one self-contained module for <script type="module"> embeds, with
//   lit and the d3 modules inside, minified;
// - dist/estimate-range.hydrate.min.js: the same with Lit's hydration support, for server-rendered charts;
// - dist/embed/estimate-range.js: the embed build, what a page of range charts needs before it paints,
//   with the timeline and the image downloads in chunks beside it (src/embed.ts).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** The plugins of every minified bundle; scripts/size.mjs measures with the same. */
export function bundlePlugins() {
  return [
    // The stylesheets' whitespace and comments (0.4 KB gzip). HTML and SVG templates are left as
    // written: minifying them saved 0.1 KB and would make the bundle differ from what the tests render.
    // A css`` fragment of declarations only (the dark palette) is not a stylesheet and is left alone.
    minifyLiterals({
      failOnError: true,
      options: {
        shouldMinify: () => false,
        shouldMinifyCSS: (template) => template.tag === 'css' && !/^\s*--/.test(template.parts[0]?.text ?? ''),
      },
    }),
    nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
    terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ];
}

// Each one-file build keeps what a reader needs only on request (the image downloads) in a chunk of
// its own beside it, loaded from the same place when asked for: `dist/chunks/`.
const oneFile = (input, file) => ({
  input,
  output: {
    dir: 'dist',
    entryFileNames: file,
    chunkFileNames: `chunks/${file.replace(/\.min\.js$/, '')}-[name]-[hash].min.js`,
    format: 'es',
    sourcemap: true,
  },
  // The entry keeps its exports and also gives the chunk what it shares, rather than becoming a facade.
  preserveEntrySignatures: 'allow-extension',
  plugins: bundlePlugins(),
});

export default [
  // The npm entry, which registers every element and exports the public API (parseEstimate …).
  oneFile('dist/index.js', 'estimate-range.min.js'),
  // The embed build: the range chart and what it needs to paint in one file, everything a reader needs
  // later (the timeline, the image downloads) in chunks beside it, loaded when first used (embed.ts).
  {
    input: 'dist/embed.js',
    output: {
      dir: 'dist/embed',
      entryFileNames: 'estimate-range.js',
      chunkFileNames: '[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    preserveEntrySignatures: 'allow-extension',
    plugins: bundlePlugins(),
  },
  // The same, for pages whose charts were rendered on the server.
  oneFile('dist/hydrate.js', 'estimate-range.hydrate.min.js'),
];
