/**
 * What a story gave its chart, read back from the mounted element, so that the same chart can be
 * made again elsewhere: by the static renderer, or by the server renderer.
 */
import { figuresToCsv } from '../../src/data/figures-to-csv.js';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';

/** The figures as the page gave them: `estimates`, the inline JSON, the `src` file, else (a table) the CSV download. */
export async function figuresOf(chart: EstimateChartElement): Promise<unknown> {
  if (Array.isArray(chart.estimates)) return chart.estimates;
  const attribute = chart.getAttribute('estimates');
  if (attribute !== null) return attribute;
  const json = chart.querySelector(':scope > script[type="application/json"]');
  if (json) return json.textContent;
  if (chart.src) return (await fetch(chart.src)).text();
  return figuresToCsv(chart.figures);
}

/** Every slotted text of a chart, by slot. */
export function slotTexts(chart: Element, name: string): string[] {
  return Array.from(chart.querySelectorAll(`:scope > [slot="${name}"]`), (e) => (e.textContent ?? '').trim()).filter(
    Boolean,
  );
}

/** A timeline's events from its property, its data (unless `data` is false) and its `<time datetime>` children. */
export function annotationsOf(chart: EstimateChartElement, data = true): unknown[] {
  return [
    ...(((chart as unknown as { annotations?: unknown[] }).annotations ?? []) as unknown[]),
    ...(data
      ? (((chart as unknown as { input: { annotations: unknown[] } }).input.annotations ?? []) as unknown[])
      : []),
    ...Array.from(chart.querySelectorAll(':scope > time[datetime]'), (t) => ({
      date: t.getAttribute('datetime'),
      label: (t.textContent ?? '').trim(),
    })),
  ];
}

/** The options of estimate-range/ssr's renderChart that make this chart again, at `width`. */
export async function serverChartOf(chart: EstimateChartElement, width: number): Promise<Record<string, unknown>> {
  const figures = await figuresOf(chart);
  const attributes: Record<string, string> = {};
  for (const name of chart.getAttributeNames())
    if (!['src', 'estimates', 'width', 'src-timeout'].includes(name)) attributes[name] = chart.getAttribute(name) ?? '';
  attributes.locale = chart.resolvedLocale;
  // Events in JSON text travel with it.
  const annotations = annotationsOf(chart, typeof figures !== 'string');
  return {
    element: chart.localName,
    ...(typeof figures === 'string' ? { data: figures } : { estimates: figures }),
    width,
    attributes,
    title: slotTexts(chart, 'title')[0],
    description: slotTexts(chart, 'description')[0],
    notes: slotTexts(chart, 'note'),
    source: slotTexts(chart, 'source')[0],
    annotations: annotations.length ? annotations : undefined,
  };
}
