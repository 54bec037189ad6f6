/// <reference types="node" />
/**
 * What the render command says while it works: a bar redrawn in place on a terminal, one plain line
 * per file elsewhere (a CI log, a pipe), each file's problems under it, and a summary at the end.
 */
import type { JobResult } from './render-files.js';

export class Progress {
  private count = 0;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream,
    private readonly quiet: boolean,
  ) {}

  private get tty(): boolean {
    return Boolean(this.out.isTTY) && !process.env.CI;
  }

  start(input: string): void {
    if (!this.tty || this.quiet) return;
    const width = 24;
    const filled = Math.round((this.count / this.total) * width);
    this.out.write(
      `\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.count}/${this.total} ${input}`,
    );
  }

  done(result: JobResult): void {
    this.count++;
    if (this.tty && !this.quiet) this.out.write('\r\x1b[2K');
    const { job } = result;
    if (result.failure) this.out.write(`✗ ${job.input}: ${result.failure}\n`);
    else if (!this.quiet || result.problems.length)
      this.out.write(`${result.hasErrors ? '!' : '✓'} ${job.input} → ${result.written.join(', ')} (${result.type})\n`);
    for (const problem of result.problems) this.out.write(`    ${problem}\n`);
  }

  summary(results: readonly JobResult[]): void {
    const failed = results.filter((r) => r.failure).length;
    const withProblems = results.filter((r) => !r.failure && r.hasErrors).length;
    const drawn = results.length - failed;
    const parts = [`${drawn} of ${results.length} file${results.length === 1 ? '' : 's'} rendered`];
    if (withProblems) parts.push(`${withProblems} with rows left out`);
    if (failed) parts.push(`${failed} could not be read`);
    this.out.write(`${parts.join('; ')}.\n`);
  }
}
