/**
 * Helpers for element tests: mount a chart or a story at a width, wait until it has drawn, and read
 * what a reader sees (text boxes, bars, tick positions).
 */
import { render, type TemplateResult } from 'lit';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';
import type { EstimateRange } from '../../src/components/estimate-range.js';
import { until } from './until.js';
import { storyEntries } from '../../stories/all-stories.js';
import '../../src/estimate-range.js';
import '../../src/estimate-timeline.js';

const mounted: HTMLElement[] = [];

/** Removes every container mounted by the helpers (call in afterEach). */
export function cleanup(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/**
 * Renders a template into a container of the given width and waits for the first chart in it to
 * draw. Typed as `<estimate-range>` unless told: `mount<EstimateTimeline>(…)`.
 */
export async function mount<T extends EstimateChartElement = EstimateRange>(
  template: TemplateResult,
  width = 960,
): Promise<T> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const chart = container.querySelector('estimate-range, estimate-timeline') as T | null;
  if (!chart) throw new Error('The template has no chart in it');
  await drawn(chart);
  return chart;
}

/**
 * Puts a chart with these figures into a container of the given width and returns it at once,
 * without waiting for it to draw (for tests of what happens before it has); removed by `cleanup`.
 */
export function place<T extends EstimateChartElement = EstimateRange>(
  tag: string,
  estimates: unknown[],
  width = 640,
): T {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  mounted.push(container);
  const chart = document.createElement(tag) as T;
  chart.estimates = estimates as T['estimates'];
  container.append(chart);
  return chart;
}

/** Mounts a gallery story by id ("seed-figures--russian-military-deaths"). */
export async function mountStory<T extends EstimateChartElement = EstimateRange>(id: string, width = 960): Promise<T> {
  const entry = storyEntries.find((e) => e.id === id);
  if (!entry) throw new Error(`No story ${id}`);
  return mount<T>(entry.render(), width);
}

/**
 * Waits until the chart has drawn: its SVG when it has figures, else its status or problems line; a
 * chart that could not be drawn at all has its message. Fails the test after `ms` (a `src` that is
 * still loading counts as not drawn).
 */
export async function drawn(chart: EstimateChartElement, ms = 3000): Promise<void> {
  const settled = () => {
    const root = chart.shadowRoot;
    if (!root || root.querySelector('.status[role="status"]')) return false;
    if (root.querySelector('.problems[role="alert"]')) return true;
    return chart.figures.length > 0
      ? root.querySelector('svg.plot') !== null
      : root.querySelector('.status, .problems') !== null;
  };
  await chart.updateComplete;
  await until(settled, `<${chart.localName}> to draw`, ms);
  await nextFrame();
  await chart.updateComplete;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export function shadow(chart: HTMLElement): ShadowRoot {
  return chart.shadowRoot as ShadowRoot;
}

/** The rows of a chart in drawing order. */
export function rows(chart: EstimateRange): SVGGElement[] {
  return Array.from(shadow(chart).querySelectorAll<SVGGElement>('g.row'));
}

/** A row's option: the row itself, which takes focus and carries the row's spoken name. */
export function optionOf(row: Element): SVGGElement {
  return row as SVGGElement;
}

/** The row whose label starts with `label`. */
export function rowByLabel(chart: EstimateRange, label: string): SVGGElement {
  const row = rows(chart).find((r) => labelOf(r).startsWith(label));
  if (!row) throw new Error(`No row labelled ${label}; rows: ${rows(chart).map(labelOf).join(' | ')}`);
  return row;
}

/** The marks drawn for a row's figure with `selector` (text is tagged with its row: `data-row`). */
function tagged(row: Element, selector: string): SVGElement[] {
  const root = row.getRootNode() as ShadowRoot;
  return Array.from(root.querySelectorAll<SVGElement>(`${selector}[data-row="${row.getAttribute('data-row')}"]`));
}

export function labelOf(row: Element): string {
  return tagged(row, 'text.label')
    .map((t) => t.textContent)
    .join(' ');
}

/** The lines of a row's label, in order. */
export function labelLinesOf(row: Element): SVGTextElement[] {
  return tagged(row, 'text.label') as SVGTextElement[];
}

/** The text a row writes beside or above its bar, if any. */
export function valueLabelOf(row: Element): SVGTextElement | null {
  return (tagged(row, 'text.value-label')[0] as SVGTextElement | undefined) ?? null;
}

/**
 * A shape as drawn: its box in the SVG's user units and on the screen (the plot's viewBox is its
 * size in CSS px), its classes, and the element that draws it.
 */
export interface DrawnShape {
  x: number;
  y: number;
  width: number;
  height: number;
  client: { left: number; top: number; right: number; bottom: number };
  classes: string[];
  element: SVGGraphicsElement;
}

/**
 * The boxes of every subpath of a path (marks of many rows share one path), measured by the
 * browser: each subpath drawn alone in the same SVG, its box read, and taken away.
 */
function subpathBoxes(path: SVGPathElement): DOMRect[] {
  const d = path.getAttribute('d') ?? '';
  const pieces = d.split(/(?=M)/).filter((p) => p.trim() !== '');
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.ownerSVGElement!.append(probe);
  const boxes = pieces.map((piece) => {
    probe.setAttribute('d', piece);
    return probe.getBBox();
  });
  probe.remove();
  return boxes;
}

/** The shapes matching `selector` drawn within a row's band (its hit area, top to bottom). */
function shapesIn(row: Element, selector: string): DrawnShape[] {
  const hit = row.querySelector<SVGRectElement>('rect.hit')!;
  const top = Number(hit.getAttribute('y'));
  const bottom = top + Number(hit.getAttribute('height'));
  const root = row.getRootNode() as ShadowRoot;
  const shapes: DrawnShape[] = [];
  for (const element of Array.from(root.querySelectorAll<SVGGraphicsElement>(selector))) {
    const boxes = element instanceof SVGPathElement ? subpathBoxes(element) : [element.getBBox()];
    const svg = element.ownerSVGElement!.getBoundingClientRect();
    for (const box of boxes) {
      const middle = box.y + box.height / 2;
      if (middle <= top || middle >= bottom) continue;
      const client = {
        left: svg.left + box.x,
        top: svg.top + box.y,
        right: svg.left + box.x + box.width,
        bottom: svg.top + box.y + box.height,
      };
      shapes.push({
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        client,
        classes: Array.from(element.classList),
        element,
      });
    }
  }
  return shapes;
}

/** A row's bars, outermost first (thinnest first). */
export function barsOf(row: Element): DrawnShape[] {
  return shapesIn(row, 'svg.plot path.interval, svg.plot rect.interval').sort((a, b) => a.height - b.height);
}

/** A row's chevrons, which say its range runs on past the axis. */
export function chevronsOf(row: Element): DrawnShape[] {
  return shapesIn(row, 'svg.plot [part="open-end"]');
}

/** A revised row's earlier figures: their lines, ticks and chevrons (`earlier`…) and rings (`earlier-value`). */
export function earlierOf(row: Element): DrawnShape[] {
  return shapesIn(row, 'svg.plot path[part="earlier"]');
}

/** A row's value mark (centre or point), as a circle: its centre and radius. */
export function dotOf(row: Element): (DrawnShape & { cx: number; cy: number; r: number }) | undefined {
  const shape = shapesIn(row, 'svg.plot path.value')[0];
  return shape && { ...shape, cx: shape.x + shape.width / 2, cy: shape.y + shape.height / 2, r: shape.width / 2 };
}

/** Rounds to a tenth, as d3-shape's tests do, so that float noise is not a failure. */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * The x position of a value read off an axis as a reader would: from the tick labels drawn, by
 * linear interpolation between two of them. `axisIndex` picks the axis for independent axes.
 */
export function xOnAxis(chart: EstimateRange, value: number, axisIndex = 0): number {
  const axis = shadow(chart).querySelectorAll('g.axis')[axisIndex];
  const ticks = Array.from(axis.querySelectorAll('text.tick'), (t) => ({
    value: parseTick(t.textContent ?? ''),
    x: Number(t.getAttribute('x')),
  })).filter((t) => Number.isFinite(t.value));
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  return a.x + ((value - a.value) * (b.x - a.x)) / (b.value - a.value);
}

function parseTick(text: string): number {
  const clean = text.replace(/,/g, '').replace('\u2212', '-');
  const m = /^(-?[\d.]+)([KMB]?)$/.exec(clean);
  if (!m) return NaN;
  return Number(m[1]) * ({ '': 1, K: 1e3, M: 1e6, B: 1e9 } as Record<string, number>)[m[2]];
}

/** Every text element drawn in the chart's SVG with its box on screen. */
export function textBoxes(chart: HTMLElement): { text: string; box: DOMRect }[] {
  return Array.from(shadow(chart).querySelectorAll<SVGTextElement>('svg.plot text'))
    .filter((t) => (t.textContent ?? '').trim() !== '')
    .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
}

/** Pairs of text boxes that overlap by more than `tolerance` px in both directions. */
export function overlappingTexts(chart: HTMLElement, tolerance = 0.5): string[] {
  const boxes = textBoxes(chart);
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].box;
      const b = boxes[j].box;
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > tolerance && dy > tolerance) clashes.push(`“${boxes[i].text}” overlaps “${boxes[j].text}”`);
    }
  }
  return clashes;
}
