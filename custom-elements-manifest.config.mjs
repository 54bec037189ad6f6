// dist/custom-elements.json, generated from the source's JSDoc (attributes, properties, parts,
// custom properties, slots, events), and from it the framework typings and the editors' data.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { frameworkTypingsPlugin } from './scripts/cem/framework-typings.mjs';

const repository = 'https://github.com/estimate-range/estimate-range#readme';

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
      // The manifest ships in the package, and src/ does not: every path and module reference points
      // at the built module a user imports (src/components/estimate-range.ts → dist/components/estimate-range.js).
      name: 'paths-to-dist',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (value) =>
          typeof value === 'string' && /^\/?src\/.+\.[jt]s$/.test(value)
            ? value.replace(/^\/?src\//, 'dist/').replace(/\.[jt]s$/, '.js')
            : value;
        const visit = (node) => {
          if (Array.isArray(node)) node.forEach(visit);
          else if (node && typeof node === 'object')
            for (const key of Object.keys(node)) {
              if (key === 'path' || key === 'module') node[key] = toDist(node[key]);
              else visit(node[key]);
            }
        };
        visit(customElementsManifest.modules);
      },
    },
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
    // After the two above: these read the finished manifest.
    frameworkTypingsPlugin({ outdir: 'dist/types' }),
    // VS Code's html.customData and JetBrains' web-types: completion and hover docs in HTML files.
    customElementVsCodePlugin({
      outdir: 'dist',
      cssFileName: null,
      hideLogs: true,
      referencesTemplate: () => [{ name: 'README', url: repository }],
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      excludeCss: true,
      packageJson: false,
      hideLogs: true,
      referencesTemplate: () => ({ name: 'README', url: repository }),
    }),
  ],
};
