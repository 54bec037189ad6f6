/**
 * Every story drawn twice, for the same figures, width, font and locale: by the element in this
 * browser, and by the static renderer in Node (estimate-range/static, through a wtr command). Every
 * bar, mark and text line must agree within 1 px, with the same text and the same colours; the
 * static SVG, PNG and HTML must all be made.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';
import { PALETTES } from '../../src/marks/palette.js';
import { storyEntries } from '../../stories/all-stories.js';
import { cleanup, mount } from '../helpers/chart.js';
import { annotationsOf, figuresOf, slotTexts } from '../helpers/story-input.js';

const FONT = 'Source Sans 3';
const PALETTE_NAMES = Object.keys(PALETTES.light);
const WIDTHS = [375, 960];
/** What only a live chart draws: hit areas, the focus frame, the crosshair. */
const LIVE_ONLY = '.hit, .focus-frame, .crosshair';
const SHAPES = 'rect, circle, line, path, text';
const NUMERIC = ['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'x1', 'x2', 'y1', 'y2'];
const STYLES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'fill-opacity',
  'font-size',
  'font-weight',
] as const;

interface StaticResult {
  svg: string;
  html: string;
  problems: unknown[];
  width: number;
  height: number;
  png: { width: number; height: number };
}

async function loadFont() {
  for (const [file, weight] of [
    ['SourceSans3-Regular.ttf', '400'],
    ['SourceSans3-Bold.ttf', '700'],
  ]) {
    const face = new FontFace(FONT, `url(/dist/fonts/${file})`, { weight });
    document.fonts.add(await face.load());
  }
}

/** The page's own colours for the chart (`--estimate-range-interval-color: …`), as the static option. */
function colorsOf(chart: EstimateChartElement): Record<string, string> {
  const style = getComputedStyle(chart);
  const colors: Record<string, string> = {};
  for (const name of PALETTE_NAMES) {
    const value = style.getPropertyValue(`--estimate-range-${name}`).trim();
    if (value) colors[name] = value;
  }
  return colors;
}

/** A computed colour as sRGB 0–255 and alpha: Chromium writes color-mix() results as color(srgb …). */
function rgba(value: string): number[] | undefined {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return [...srgb.slice(1, 4).map((c) => Number(c) * 255), Number(srgb[4] ?? 1)];
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  return rgb ? [...rgb.slice(1, 4).map(Number), Number(rgb[4] ?? 1)] : undefined;
}

function sameStyle(x: string, y: string): boolean {
  if (x === y || (x.startsWith('url(') && y.startsWith('url('))) return true;
  const [a, b] = [rgba(x), rgba(y)];
  return Boolean(a && b && a.every((c, i) => Math.abs(c - b[i]) <= (i === 3 ? 0.01 : 1)));
}

function optionsOf(chart: EstimateChartElement, width: number): Record<string, unknown> {
  const a = (name: string) => chart.getAttribute(name) ?? undefined;
  const slot = (name: string) => slotTexts(chart, name);
  const annotations = annotationsOf(chart);
  return {
    width,
    margin: 0,
    locale: chart.resolvedLocale,
    unit: a('unit'),
    scale: a('scale'),
    zero: a('zero'),
    theme: a('theme'),
    sort: a('sort'),
    axes: a('axes'),
    highlight: a('highlight'),
    agreement: chart.hasAttribute('agreement'),
    interval: a('interval'),
    numberLocale: a('number-locale'),
    revisions: a('revisions'),
    display: a('display'),
    annotations,
    fontSize: parseFloat(getComputedStyle(chart).fontSize) || 15,
    colors: colorsOf(chart),
    // The frame (title, notes) is laid out only in the image; the plot is compared.
    notes: slot('note'),
    title: slot('title')[0],
    description: slot('description')[0],
    source: slot('source')[0],
  };
}

function shapes(root: Element): Element[] {
  return Array.from(root.querySelectorAll(SHAPES)).filter((e) => !e.matches(LIVE_ONLY) && !e.closest('defs'));
}

function numbers(d: string): number[] {
  return (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

function differences(live: Element[], made: Element[]): string[] {
  const out: string[] = [];
  if (live.length !== made.length) out.push(`${live.length} shapes in the element, ${made.length} in the static SVG`);
  for (let i = 0; i < Math.min(live.length, made.length); i++) {
    const [a, b] = [live[i], made[i]];
    const where = `${a.tagName}.${a.getAttribute('class')} #${i}`;
    if (a.tagName !== b.tagName || a.getAttribute('class') !== b.getAttribute('class')) {
      out.push(`${where}: static has ${b.tagName}.${b.getAttribute('class')}`);
      continue;
    }
    for (const name of NUMERIC) {
      const [x, y] = [a.getAttribute(name), b.getAttribute(name)];
      if (x === null && y === null) continue;
      if (x === '100%' || Math.abs(Number(x) - Number(y)) > 1) out.push(`${where}: ${name} ${x} vs ${y}`);
    }
    if (a.tagName === 'path') {
      const [p, q] = [numbers(a.getAttribute('d') ?? ''), numbers(b.getAttribute('d') ?? '')];
      if (p.length !== q.length || p.some((v, j) => Math.abs(v - q[j]) > 1)) out.push(`${where}: d differs`);
    }
    if (a.tagName === 'text' && a.textContent !== b.textContent)
      out.push(`${where}: “${a.textContent}” vs “${b.textContent}”`);
    const [sa, sb] = [getComputedStyle(a), getComputedStyle(b)];
    for (const name of STYLES) {
      const [x, y] = [sa.getPropertyValue(name), sb.getPropertyValue(name)];
      if (!sameStyle(x, y)) out.push(`${where}: ${name} ${x} vs ${y}`);
    }
  }
  return out;
}

describe('the static renderer draws every story as the element does', function () {
  this.timeout(60000);
  // The page's font, before any chart measures: charts inherit it.
  let pageFont = '';
  before(async function () {
    // WebKitGTK's canvas measures Source Sans 3 up to 1.3 % narrower than its advances with kerning
    // (189.5 px, not 192.0, for "Fled to neighbouring countries" at 15 px), which Chromium, Firefox and
    // fontkit all give: the element lays out to WebKit's own widths there, so its label column differs.
    if ((window as unknown as { __WTR_BROWSER__?: string }).__WTR_BROWSER__ === 'webkit') this.skip();
    await loadFont();
    pageFont = document.body.style.fontFamily;
    document.body.style.fontFamily = `'${FONT}'`;
  });
  after(() => {
    document.body.style.fontFamily = pageFont;
  });
  afterEach(cleanup);

  for (const entry of storyEntries) {
    for (const width of WIDTHS) {
      it(`${entry.id} at ${width} px`, async () => {
        const chart = await mount<EstimateChartElement>(entry.render(), width);
        const plot = chart.shadowRoot?.querySelector('svg.plot');
        if (!plot) {
          // A story of a chart with nothing to draw (every row rejected): the static one says so too.
          expect(chart.figures.length).to.equal(0);
          return;
        }
        const result = (await executeServerCommand('render-static', {
          kind: chart.localName,
          figures: await figuresOf(chart),
          options: optionsOf(chart, width),
        })) as StaticResult;
        expect(result.png).to.deep.equal({ width: result.width, height: result.height });
        expect(result.html).to.match(/^<figure[\s\S]*<svg[\s\S]*<table[\s\S]*<\/figure>\s*$/);
        const holder = document.createElement('div');
        holder.innerHTML = result.svg;
        document.body.append(holder);
        try {
          const made = holder.querySelector('g.plot');
          expect(made, 'the static SVG has a plot').to.not.equal(null);
          expect(differences(shapes(plot), shapes(made as Element))).to.deep.equal([]);
          // The HTML figure reads as the element does: named by its title, the chart an image named the
          // same and described by the summary, and a table of every figure.
          holder.innerHTML = result.html;
          const figure = holder.querySelector('figure') as Element & { computedName?: string; computedRole?: string };
          const image = holder.querySelector('svg') as unknown as { computedName?: string; computedRole?: string };
          const title = chart.querySelector(':scope > [slot="title"]')?.textContent?.trim();
          if (figure.computedRole !== undefined) {
            expect(figure.computedRole).to.equal('figure');
            if (title) expect(figure.computedName).to.equal(title);
            expect(image.computedRole).to.equal('image');
            expect(image.computedName).to.equal(title ?? 'Chart');
          }
          expect(holder.querySelectorAll('tbody tr').length).to.equal(chart.figures.length);
        } finally {
          holder.remove();
        }
      });
    }
  }
});
