#!/usr/bin/env node
/// <reference types="node" />
/**
 * `estimate-range render <files…> -o <path>`: charts of estimates as SVG, PNG or HTML without a
 * browser (see cli-options.ts for every option, and `--help`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closestName } from '../data/closest-field.js';
import type { StaticFont } from '../static/static-font.js';
import { loadResvg } from '../static/to-png.js';
import { CHOICES, CLI_OPTIONS, HELP } from './cli-options.js';
import { Progress } from './progress.js';
import {
  isFormat,
  planJobs,
  renderJob,
  type JobResult,
  type OutputFormat,
  type RenderSettings,
} from './render-files.js';

class UsageError extends Error {}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** parseArgs' "Unknown option '--widht'" with the option meant, when one is close. */
function unknownOption(error: Error): UsageError {
  const name = /'(-{1,2}[^']+)'/.exec(error.message)?.[1];
  const near = name
    ? closestName(
        name.replace(/^-+/, ''),
        CLI_OPTIONS.map((o) => o.name),
      )
    : undefined;
  return new UsageError(
    `${error.message.replace(/\. To specify a positional.*$/s, '')}${near ? `; did you mean --${near}?` : ''}`,
  );
}

function choice(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name] as string | undefined;
  if (value === undefined) return undefined;
  const allowed = CHOICES[name];
  if (!allowed.includes(value)) {
    const near = closestName(value, allowed);
    throw new UsageError(
      `--${name} is one of ${allowed.join(', ')}, not “${value}”${near ? `; did you mean ${near}?` : ''}`,
    );
  }
  return value;
}

function positiveNumber(values: Record<string, unknown>, name: string, fallback: number): number {
  const raw = values[name] as string | undefined;
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} is a number above 0, not “${raw}”`);
  return n;
}

function readSettings(values: Record<string, unknown>): RenderSettings {
  const fontFiles = [values['font-regular'], values['font-bold']];
  let font: StaticFont | undefined;
  if (fontFiles.some(Boolean)) {
    if (!fontFiles.every(Boolean)) throw new UsageError('--font-regular and --font-bold go together');
    font = {
      family: (values['font-family'] as string | undefined) ?? 'sans-serif',
      regular: fontFiles[0] as string,
      bold: fontFiles[1] as string,
    };
  }
  return {
    type: choice(values, 'type') as RenderSettings['type'],
    width: positiveNumber(values, 'width', 640),
    mobile: Boolean(values.mobile),
    fragment: Boolean(values.fragment),
    scale: positiveNumber(values, 'scale', 1),
    chart: {
      title: values.title as string | undefined,
      description: values.description as string | undefined,
      notes: (values.note as string[] | undefined) ?? [],
      source: values.source as string | undefined,
      credit: values.credit as string | undefined,
      theme: choice(values, 'theme') as 'light' | 'dark' | undefined,
      howToRead: choice(values, 'how-to-read') as 'auto' | 'off' | undefined,
      locale: values.locale as string | undefined,
      numberLocale: values['number-locale'] as string | undefined,
      unit: values.unit as string | undefined,
      scale: choice(values, 'value-scale') as 'linear' | 'log' | 'auto' | undefined,
      zero: choice(values, 'zero') as 'auto' | 'always' | 'never' | undefined,
      sort: choice(values, 'sort') as RenderSettings['chart']['sort'],
      axes: choice(values, 'axes') as RenderSettings['chart']['axes'],
      highlight: values.highlight as string | undefined,
      agreement: Boolean(values.agreement),
      interval: values.interval as string | undefined,
      display: choice(values, 'display') as RenderSettings['chart']['display'],
      revisions: choice(values, 'revisions') as RenderSettings['chart']['revisions'],
      fontSize: positiveNumber(values, 'font-size', 15),
      fontUrl: values['font-url'] as string | undefined,
      font,
    },
  };
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        CLI_OPTIONS.map((o) => [
          o.name,
          { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
        ]),
      ) as Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? O : never) : never,
    });
  } catch (e) {
    throw unknownOption(e as Error);
  }
  const { values, positionals } = parsed as { values: Record<string, unknown>; positionals: string[] };
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command !== 'render') {
    const near = closestName(command, ['render']);
    throw new UsageError(`Unknown command “${command}”${near ? '; did you mean render?' : ''} (see --help)`);
  }
  if (inputs.length === 0) throw new UsageError('Name a CSV, TSV or JSON file, or a folder of them, to render');
  const format = choice(values, 'format') as OutputFormat | undefined;
  const output = values.output as string | undefined;
  if (output && !format && inputs.length === 1 && !output.endsWith('/')) {
    const ext = output.split('.').pop()?.toLowerCase() ?? '';
    if (output.includes('.') && !isFormat(ext))
      throw new UsageError(`-o ${output}: the extension is .svg, .png or .html`);
  }
  const settings = readSettings(values);
  const jobs = planJobs(inputs, output, format);
  if (jobs.length === 0) throw new UsageError(`No CSV, TSV or JSON files in ${inputs.join(', ')}`);
  if (jobs.some((j) => j.format === 'png')) {
    // Before any file: a missing PNG renderer is one thing to install, not a failure per file.
    try {
      await loadResvg();
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const progress = new Progress(jobs.length, process.stderr, Boolean(values.quiet));
  const results: JobResult[] = [];
  for (const job of jobs) {
    progress.start(job.input);
    const result = await renderJob(job, settings);
    results.push(result);
    progress.done(result);
  }
  progress.summary(results);
  return results.some((r) => r.failure || r.hasErrors) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`estimate-range: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`estimate-range: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
