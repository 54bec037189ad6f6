/// <reference types="node" />
/**
 * The render command's work: each input file (or every CSV, TSV and JSON file in a folder) to one
 * output per format and width, with its problems collected. A file that cannot be read is named
 * with why; the others still render.
 */
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { decodeText } from '../data/decode-text.js';
import { describeIssue } from '../data/figure-issue.js';
import { escapeMarkup } from '../static/template-to-string.js';
import { renderRange } from '../static/render-range.js';
import { renderTimeline } from '../static/render-timeline.js';
import type { StaticRangeOptions, StaticTimelineOptions } from '../static/static-options.js';
import { toPng } from '../static/to-png.js';
import { guessChartType } from './guess-type.js';

export type OutputFormat = 'svg' | 'png' | 'html';

const INPUT_EXTENSIONS = new Set(['.csv', '.tsv', '.json', '.txt']);

/** One input and where its outputs go. */
export interface RenderJob {
  input: string;
  /** The first output's path; a mobile version goes beside it as name-mobile.ext. */
  output: string;
  format: OutputFormat;
}

export interface JobResult {
  job: RenderJob;
  written: string[];
  /** Each problem, as a sentence ("Row 3, low: “abc” is not a number."). */
  problems: string[];
  /** Whether any problem left a row out. */
  hasErrors: boolean;
  /** Why the file could not be read or rendered at all. */
  failure?: string;
  /** The chart chosen, and why when it was guessed. */
  type?: string;
}

export interface RenderSettings {
  type?: 'range' | 'timeline';
  /** HTML: write the `<figure>` alone, to paste into a page, rather than a page holding it. */
  fragment: boolean;
  width: number;
  mobile: boolean;
  scale: number;
  chart: StaticRangeOptions & StaticTimelineOptions;
}

/** Inputs (files and folders) to jobs: a folder gives every figures file in it, sorted by name. */
export function planJobs(
  inputs: readonly string[],
  output: string | undefined,
  format: OutputFormat | undefined,
): RenderJob[] {
  const files = inputs.flatMap((input) => {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      return [input];
    }
    if (!stat.isDirectory()) return [input];
    return readdirSync(input)
      .filter((f) => INPUT_EXTENSIONS.has(extname(f).toLowerCase()))
      .sort()
      .map((f) => join(input, f));
  });
  const toFolder =
    output === undefined ||
    output.endsWith('/') ||
    files.length > 1 ||
    inputs.some((i) => isFolder(i)) ||
    isFolder(output);
  return files.map((input) => {
    if (!toFolder && output) {
      const ext = extname(output).slice(1).toLowerCase();
      return { input, output, format: (format ?? (isFormat(ext) ? ext : 'svg')) as OutputFormat };
    }
    const f = format ?? 'svg';
    const dir = output ?? dirname(input);
    return { input, output: join(dir, `${basename(input, extname(input))}.${f}`), format: f };
  });
}

function isFolder(path: string | undefined): boolean {
  try {
    return path !== undefined && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function isFormat(ext: string): ext is OutputFormat {
  return ext === 'svg' || ext === 'png' || ext === 'html';
}

/** A page around a figure, so that the file opens as it is: its encoding, language, title and phone width said. */
function htmlPage(figure: string, title: string | undefined, locale = 'en'): string {
  const name = escapeMarkup(title ?? 'Chart');
  return `<!doctype html>
<html lang="${escapeMarkup(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title></head>
<body style="margin: 16px">
${figure}</body>
</html>
`;
}

function mobilePath(path: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-mobile${ext}`;
}

export async function renderJob(job: RenderJob, settings: RenderSettings): Promise<JobResult> {
  let text: string;
  const readProblems: string[] = [];
  try {
    const bytes = readFileSync(job.input);
    const decoded = decodeText(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    text = decoded.text;
    readProblems.push(...decoded.issues.map(describeIssue));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder'
          : code === 'EACCES'
            ? 'not allowed to read it'
            : String(e);
    return { job, written: [], problems: [], hasErrors: true, failure: why };
  }
  const guess = settings.type ? undefined : guessChartType(text);
  const type = settings.type ?? guess?.type ?? 'range';
  const render = type === 'timeline' ? renderTimeline : renderRange;
  const written: string[] = [];
  const widths = settings.mobile ? [settings.width, 375] : [settings.width];
  let problems: string[] = readProblems;
  let hasErrors = false;
  try {
    for (const [i, width] of widths.entries()) {
      const chart = render(text, { ...settings.chart, width });
      // Nothing to draw and a problem with the whole file (not JSON, empty): the file is not a chart.
      const unreadable = chart.problems.find((p) => p.severity === 'error' && p.row === undefined);
      if (chart.figures.length === 0 && unreadable)
        return { job, written, problems: [], hasErrors: true, failure: describeIssue(unreadable) };
      if (i === 0) {
        problems = [...readProblems, ...chart.problems.map(describeIssue)];
        hasErrors = chart.problems.some((p) => p.severity === 'error');
      }
      const path = i === 0 ? job.output : mobilePath(job.output);
      const bytes =
        job.format === 'png'
          ? await toPng(chart, { scale: settings.scale })
          : job.format === 'html'
            ? settings.fragment
              ? chart.html
              : htmlPage(chart.html, settings.chart.title, settings.chart.locale)
            : chart.svg;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      written.push(path);
    }
  } catch (e) {
    return { job, written, problems, hasErrors: true, failure: e instanceof Error ? e.message : String(e), type };
  }
  return {
    job,
    written,
    problems,
    hasErrors,
    type: guess ? `${type} chart, guessed: ${guess.reason}` : `${type} chart`,
  };
}
