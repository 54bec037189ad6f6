/// <reference types="node" />
// The command line end to end, as a newsroom runs it: the built bin in a child process.
import { expect } from '@esm-bundle/chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';

const BIN = resolve('dist/cli/main.js');
let dir = '';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('estimate-range render', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'estimate-range-cli-'));
    writeFileSync(
      join(dir, 'deaths.csv'),
      'label,low,high,date\nUkrainian authorities,10000,15000,2022-03-24\nA NATO source,7000,15000,2022-03-24\n',
    );
    writeFileSync(join(dir, 'bad.csv'), 'label,low,high\nUkrainian authorities,10000,15000\nNATO,abc,15000\n');
    writeFileSync(join(dir, 'broken.json'), '{"estimates": [');
    writeFileSync(
      join(dir, 'refugees.tsv'),
      'date\tvalue\tgroup\n2022-02-24\t0\tRefugees\n2022-03-10\t2500000\tRefugees\n2022-03-30\t4000000\tRefugees\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an SVG by the output extension, and says which chart it guessed', () => {
    const r = run('render', 'deaths.csv', '-o', 'chart.svg', '--title', 'Russian military deaths');
    expect(r.code).to.equal(0);
    const svg = readFileSync(join(dir, 'chart.svg'), 'utf8');
    expect(svg).to.match(/^<svg xmlns/);
    expect(svg).to.contain('>Russian military deaths</text>');
    expect(r.err).to.contain('range chart, guessed: each label has one figure');
  });

  it('guesses a timeline from a series over several dates', () => {
    const r = run('render', 'refugees.tsv', '-o', 'refugees.svg');
    expect(r.code).to.equal(0);
    expect(r.err).to.contain('timeline chart, guessed: rows without a label are points of a series');
    expect(readFileSync(join(dir, 'refugees.svg'), 'utf8')).to.match(/class="estimate-timeline static-chart er-/);
  });

  it('guesses a range chart when different sources give figures on different dates, and a timeline when one source does', () => {
    writeFileSync(
      join(dir, 'kyiv.csv'),
      'label,group,value,date\nShopping centre,Kyiv,8,2022-03-21\nChildren,Kyiv,6,2022-03-24\n',
    );
    expect(run('render', 'kyiv.csv', '-o', 'kyiv.svg').err).to.contain(
      'range chart, guessed: each label has one figure',
    );
    writeFileSync(
      join(dir, 'unhcr.csv'),
      'label,group,value,date\nUNHCR,Refugees,1000000,2022-03-01\nUNHCR,Refugees,3500000,2022-03-24\n',
    );
    expect(run('render', 'unhcr.csv', '-o', 'unhcr.svg').err).to.contain(
      'timeline chart, guessed: “Refugees: UNHCR” has figures on 2 dates',
    );
  });

  it('writes a PNG at --scale, and an HTML figure with the table', () => {
    expect(run('render', 'deaths.csv', '-o', 'chart.png', '--scale', '2', '--width', '500').code).to.equal(0);
    const png = PNG.sync.read(readFileSync(join(dir, 'chart.png')));
    expect(png.width).to.equal(1000);
    expect(run('render', 'deaths.csv', '-o', 'chart.html').code).to.equal(0);
    const html = readFileSync(join(dir, 'chart.html'), 'utf8');
    expect(html).to.match(/^<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8">/);
    expect(html).to.match(/<body[^>]*>\n<figure[\s\S]*<table[\s\S]*<\/figure>\n<\/body>/);
    expect(run('render', 'deaths.csv', '-o', 'figure.html', '--fragment').code).to.equal(0);
    expect(readFileSync(join(dir, 'figure.html'), 'utf8')).to.match(/^<figure/);
  });

  it('renders a folder and several files to one output each, with a mobile version, and a summary', () => {
    mkdirSync(join(dir, 'in'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.csv'), 'label,value\nA,1\n');
    writeFileSync(join(dir, 'in', 'b.json'), '[{"label":"B","low":1,"high":2}]');
    writeFileSync(join(dir, 'in', 'notes.md'), 'not figures');
    const r = run('render', 'in', 'deaths.csv', '-o', 'out/', '--format', 'svg', '--mobile');
    expect(r.code).to.equal(0);
    expect(readdirSync(join(dir, 'out')).sort()).to.deep.equal([
      'a-mobile.svg',
      'a.svg',
      'b-mobile.svg',
      'b.svg',
      'deaths-mobile.svg',
      'deaths.svg',
    ]);
    expect(readFileSync(join(dir, 'out', 'a-mobile.svg'), 'utf8')).to.contain('width="375"');
    expect(r.err).to.contain('3 of 3 files rendered.');
  });

  it('draws the good rows of a file with problems, lists each problem and exits 1', () => {
    const r = run('render', 'bad.csv', 'broken.json', 'missing.csv', 'deaths.csv', '-o', 'out2/');
    expect(r.code).to.equal(1);
    expect(r.err).to.contain('Row 2, low: “abc” is not a number.');
    expect(r.err).to.contain('✗ broken.json: The JSON could not be read');
    expect(r.err).to.contain('✗ missing.csv: no such file');
    expect(r.err).to.contain('2 of 4 files rendered; 1 with rows left out; 2 could not be read.');
    expect(readdirSync(join(dir, 'out2')).sort()).to.deep.equal(['bad.svg', 'deaths.svg']);
    // One good row drawn: its label, tagged with its row.
    expect(
      (readFileSync(join(dir, 'out2', 'bad.svg'), 'utf8').match(/<text class="label[^"]*"[^>]*data-row=/g) ?? [])
        .length,
    ).to.equal(1);
  });

  it('gives the same bytes on every run', () => {
    run('render', 'deaths.csv', '-o', 'one.png');
    run('render', 'deaths.csv', '-o', 'two.png');
    expect(readFileSync(join(dir, 'one.png')).equals(readFileSync(join(dir, 'two.png')))).to.equal(true);
  });

  it('explains itself with --help, and suggests the option meant', () => {
    const help = run('--help');
    expect(help.code).to.equal(0);
    expect(help.out).to.contain('Usage: estimate-range render');
    expect(help.out).to.contain('--mobile');
    const typo = run('render', 'deaths.csv', '--widht', '300');
    expect(typo.code).to.equal(2);
    expect(typo.err).to.contain('did you mean --width?');
    const value = run('render', 'deaths.csv', '--theme', 'drak');
    expect(value.code).to.equal(2);
    expect(value.err).to.contain('did you mean dark?');
  });
});
