// Lint: ESLint's and typescript-eslint's recommended rules, Lit's template rules (bindings, HTML
// in templates, property changes in update) and the web-component best practices Shoelace uses;
// formatting is Prettier's alone (eslint-config-prettier turns off the rules that would disagree).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench/node_modules/',
      'screenshots/',
      'test/fixtures/corpus/',
      'coverage/',
      'scratch/',
      'examples/*/_site/',
      'examples/frameworks/*/dist/',
      'examples/frameworks/*/.next/',
      'examples/frameworks/next/next-env.d.ts',
      'examples/frameworks/storybook/storybook-static/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // tsc's noUnusedLocals and noUnusedParameters already say this, with the compiler's reasons.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: [
      'scripts/**',
      'bench/*.mjs',
      'examples/**/*.{js,mjs,cjs}',
      '*.config.{js,mjs}',
      'custom-elements-manifest.config.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  prettier,
);
