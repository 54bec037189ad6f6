// An Eleventy site whose article has a chart rendered at build time by Lit's own Eleventy plugin
// (@lit-labs/eleventy-plugin-lit, which runs @lit-labs/ssr): the chart is in the built HTML, and the
// one-file hydration build takes it over in the reader's browser.
//   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.js
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
/** A file of the package, as a path from where Eleventy runs (passthrough copy wants one). */
const fromPackage = (file) => relative(process.cwd(), require.resolve(`estimate-range/${file}`));

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    // The elements, registered with what a server needs: Lit's server renderer measuring text in
    // Source Sans 3 (the font the article uses), and the record the browser hydrates from.
    componentModules: [relative(process.cwd(), `${here}/components.js`)],
  });
  eleventyConfig.addPassthroughCopy({
    [fromPackage('estimate-range.hydrate.min.js')]: 'estimate-range.hydrate.min.js',
    [`${dirname(fromPackage('estimate-range.hydrate.min.js'))}/chunks`]: 'chunks',
    [fromPackage('fonts/SourceSans3-Regular.ttf')]: 'fonts/SourceSans3-Regular.ttf',
    [fromPackage('fonts/SourceSans3-Bold.ttf')]: 'fonts/SourceSans3-Bold.ttf',
    [relative(process.cwd(), `${here}/article.css`)]: 'article.css',
  });
  return {
    dir: { input: relative(process.cwd(), here) || '.', output: relative(process.cwd(), `${here}/_site`) },
    templateFormats: ['njk'],
  };
}
