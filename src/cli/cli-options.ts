/**
 * The command line's options, once: what `parseArgs` reads, what `--help` lists, and the names an
 * unknown option is matched against for "did you mean".
 */
export interface CliOption {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** The value's name in --help ("px"). */
  value?: string;
  help: string;
}

export const CLI_OPTIONS: readonly CliOption[] = [
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: 'path',
    help: 'Output file (its extension picks the format) or folder (ends in /, or exists)',
  },
  {
    name: 'format',
    short: 'f',
    type: 'string',
    value: 'svg|png|html',
    help: 'Output format when writing to a folder (default svg)',
  },
  {
    name: 'type',
    short: 't',
    type: 'string',
    value: 'range|timeline',
    help: 'The chart; guessed from the columns when not given',
  },
  { name: 'width', short: 'w', type: 'string', value: 'px', help: 'Image width, margins included (default 640)' },
  { name: 'fragment', type: 'boolean', help: 'HTML: write the <figure> alone, to paste into a page' },
  { name: 'mobile', type: 'boolean', help: 'Also write a 375 px wide version (name-mobile.ext)' },
  { name: 'scale', type: 'string', value: 'n', help: 'PNG pixels per px: 2 for retina screens (default 1)' },
  { name: 'title', type: 'string', value: 'text', help: 'Title, the first line of the image' },
  { name: 'description', type: 'string', value: 'text', help: 'A sentence under the title' },
  { name: 'note', type: 'string', multiple: true, value: 'text', help: 'A note under the chart (repeat for more)' },
  {
    name: 'source',
    type: 'string',
    value: 'text',
    help: 'Source line ("Source: UN"); a source all rows share is said once under the chart anyway',
  },
  { name: 'credit', type: 'string', value: 'text', help: 'Credit line ("Chart: The Daily")' },
  { name: 'theme', type: 'string', value: 'light|dark', help: 'Colours (default light)' },
  {
    name: 'how-to-read',
    type: 'string',
    value: 'auto|off',
    help: 'A line under the chart on how to read its marks (default auto)',
  },
  {
    name: 'locale',
    type: 'string',
    value: 'tag',
    help: 'Language of numbers, dates and words, e.g. en-GB, uk (default en)',
  },
  {
    name: 'number-locale',
    type: 'string',
    value: 'tag',
    help: 'How numbers in the file are written, when not as --locale writes them ("15,000" is 15 in uk, 15000 in en)',
  },
  { name: 'unit', type: 'string', value: 'text', help: 'What is counted, the axis title ("people")' },
  {
    name: 'value-scale',
    type: 'string',
    value: 'linear|log|auto',
    help: 'The value axis (default linear; auto: log for figures a thousandfold apart)',
  },
  {
    name: 'zero',
    type: 'string',
    value: 'auto|always|never',
    help: 'Whether the value axis includes zero (default auto)',
  },
  { name: 'sort', type: 'string', value: 'none|value|low|high|label', help: 'Range charts: row order (default none)' },
  {
    name: 'axes',
    type: 'string',
    value: 'auto|shared|independent',
    help: 'Range charts: axes for groups (default auto)',
  },
  { name: 'highlight', type: 'string', value: 'label', help: 'Range charts: the row to highlight' },
  { name: 'agreement', type: 'boolean', help: 'Range charts: shade where all sources agree' },
  {
    name: 'interval',
    type: 'string',
    value: 'kind',
    help: 'What the ranges are when a figure does not say: "claimed range", "95% confidence interval", "min-max" \u2026',
  },
  {
    name: 'display',
    type: 'string',
    value: 'bars|gradient|dots',
    help: 'Range charts: figures with a stated probability as bars (default), a gradient or 20 dots',
  },
  {
    name: 'revisions',
    type: 'string',
    value: 'join|separate',
    help: 'Range charts: a source\u2019s dated figures as one row with its earlier ones (default join)',
  },
  { name: 'font-size', type: 'string', value: 'px', help: 'Base text size (default 15)' },
  {
    name: 'font-family',
    type: 'string',
    value: 'name',
    help: 'Your own font\u2019s name, with --font-regular and --font-bold',
  },
  { name: 'font-regular', type: 'string', value: 'file', help: 'Your font\u2019s regular TTF or OTF file' },
  {
    name: 'font-url',
    type: 'string',
    value: 'url',
    help: 'HTML: where the font files are served, for readers without the font',
  },
  { name: 'font-bold', type: 'string', value: 'file', help: 'Your font\u2019s bold TTF or OTF file' },
  { name: 'quiet', short: 'q', type: 'boolean', help: 'Print problems and the summary only' },
  { name: 'help', short: 'h', type: 'boolean', help: 'Show this help' },
  { name: 'version', short: 'v', type: 'boolean', help: 'Show the version' },
];

/** The allowed values of options that take one of a few words. */
export const CHOICES: Record<string, readonly string[]> = {
  format: ['svg', 'png', 'html'],
  type: ['range', 'timeline'],
  theme: ['light', 'dark'],
  'value-scale': ['linear', 'log', 'auto'],
  'how-to-read': ['auto', 'off'],
  zero: ['auto', 'always', 'never'],
  sort: ['none', 'value', 'low', 'high', 'label'],
  axes: ['auto', 'shared', 'independent'],
  revisions: ['join', 'separate'],
  display: ['bars', 'gradient', 'dots'],
};

export const HELP = `Usage: estimate-range render <file or folder>… [options]

Renders charts of estimates without a browser: SVG, PNG or an HTML <figure>
that needs no script. Reads CSV, TSV and JSON files in the figures format the
<estimate-range> and <estimate-timeline> elements read.

Examples:
  npx estimate-range render figures.csv -o chart.svg
  npx estimate-range render figures.csv -o chart.png --scale 2 --title "Russian military deaths"
  npx estimate-range render a.csv b.json data/ -o out/ --format png --mobile
  npx estimate-range render refugees.csv -o refugees.html --type timeline --unit people

Options:
${CLI_OPTIONS.map((o) => {
  const flags = `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` <${o.value}>` : ''}`;
  return `  ${flags.padEnd(40)}${o.help}`;
}).join('\n')}

A file with problems still gets a chart of its good rows; each problem is listed
("Row 3, low: “abc” is not a number.") and the exit code is 1. A file that cannot
be read at all is named with why. Exit codes: 0 all drawn, 1 problems, 2 usage.
PNG output needs the optional package @resvg/resvg-js (npm install @resvg/resvg-js).
`;
