import { expect } from '@esm-bundle/chai';
import { isChromium } from '../helpers/until.js';
import { html } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { seedAll, seedCasualties, seedDeaths } from '../fixtures/seed-figures.js';
import { climateSensitivity } from '../fixtures/climate-sensitivity.js';
import type { Estimate } from '../../src/data/figure.js';
import type { EstimateRange } from '../../src/components/estimate-range.js';
import {
  cleanup,
  drawn,
  labelOf,
  mount,
  mountStory,
  nextFrame,
  overlappingTexts,
  place,
  round,
  rowByLabel,
  rows,
  shadow,
  xOnAxis,
  optionOf,
  barsOf,
  dotOf,
  valueLabelOf,
  labelLinesOf,
  chevronsOf,
} from '../helpers/chart.js';

afterEach(cleanup);

/** A row's bar at `depth` (0 the outermost) as drawn: from its left edge to its right. */
function bar(row: SVGGElement, depth = 0): { x0: number; x1: number } {
  const shape = barsOf(row)[depth];
  if (!shape) throw new Error('no bar');
  return { x0: shape.x, x1: shape.x + shape.width };
}

describe('<estimate-range> geometry', () => {
  it('draws each seed range from its low to its high, as read off the axis', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`);
    const ukraine = bar(rowByLabel(chart, 'Ukrainian authorities'));
    const nato = bar(rowByLabel(chart, 'A NATO source'));
    expect(round(ukraine.x0)).to.be.closeTo(round(xOnAxis(chart, 10000)), 0.2);
    expect(round(ukraine.x1)).to.be.closeTo(round(xOnAxis(chart, 15000)), 0.2);
    expect(round(nato.x0)).to.be.closeTo(round(xOnAxis(chart, 7000)), 0.2);
    expect(round(nato.x1)).to.be.closeTo(round(xOnAxis(chart, 15000)), 0.2);
  });

  it('puts the central value mark at the value, and draws nested intervals thicker inward', async () => {
    const chart = await mount(html`<estimate-range .estimates=${climateSensitivity}></estimate-range>`);
    const ar6 = rowByLabel(chart, 'IPCC AR6');
    expect(dotOf(ar6)!.cx).to.be.closeTo(xOnAxis(chart, 3), 0.2);
    const [outer, inner] = barsOf(ar6);
    expect(inner.height).to.be.greaterThan(outer.height);
    expect(inner.classes).to.include('inner');
    expect(outer.classes).to.include('outer');
    expect(bar(ar6, 0).x0).to.be.closeTo(xOnAxis(chart, 2), 0.2);
    expect(bar(ar6, 1).x1).to.be.closeTo(xOnAxis(chart, 4), 0.2);
    // The inner interval is drawn in the stronger colour.
    expect(getComputedStyle(inner.element).fill).not.to.equal(getComputedStyle(outer.element).fill);
    const key = shadow(chart).querySelector('[part="key"]')?.textContent ?? '';
    expect(key).to.contain('likely interval').and.to.contain('very likely interval');
  });

  it('draws a point figure as a mark alone, with no bar', async () => {
    const chart = await mount(
      html`<estimate-range .estimates=${[{ label: 'UN', estimate: '3.5 million' }]}></estimate-range>`,
    );
    const row = rows(chart)[0];
    expect(barsOf(row)).to.deep.equal([]);
    expect(dotOf(row)?.classes).to.include('point');
    expect(valueLabelOf(row)?.textContent).to.equal('3.5 million');
  });

  it('runs an open range to the axis edge with a chevron and says "at least"', async () => {
    const figures: Estimate[] = [
      { label: 'Lower bound', estimate: 'at least 7,000' },
      { label: 'Upper bound', estimate: 'up to 15,000' },
      { label: 'Closed', estimate: '10-15,000' },
    ];
    const chart = await mount(html`<estimate-range .estimates=${figures}></estimate-range>`);
    const lower = rowByLabel(chart, 'Lower bound');
    const upper = rowByLabel(chart, 'Upper bound');
    const grid = Array.from(shadow(chart).querySelectorAll('line.grid'), (l) => Number(l.getAttribute('x1')));
    const right = Math.max(...grid);
    const left = Math.min(...grid);
    expect(bar(lower).x0).to.be.closeTo(xOnAxis(chart, 7000), 0.2);
    // The bar runs to the edge, leaving room for its chevron inside the plot.
    expect(bar(lower).x1).to.be.closeTo(right - 9, 0.5);
    expect(bar(upper).x0).to.be.closeTo(left + 9, 0.5);
    const chevron = chevronsOf(lower)[0].client;
    const gridRight = Array.from(shadow(chart).querySelectorAll('line.grid')).reduce(
      (m, l) => Math.max(m, l.getBoundingClientRect().right),
      0,
    );
    expect(chevron.right).to.be.at.most(gridRight + 0.5);
    expect(chevronsOf(lower)).to.have.length(1);
    expect(chevronsOf(upper)).to.have.length(1);
    expect(chevronsOf(rowByLabel(chart, 'Closed'))).to.have.length(0);
    expect(valueLabelOf(lower)?.textContent).to.equal('at least 7,000');
    // Full where it fits, compact where space is short.
    expect(valueLabelOf(upper)?.textContent).to.match(/^up to 15(,000|K)$/);
    expect(barsOf(lower)[0].element.style.fill).to.contain('fade-high');
  });

  it('draws a vague figure dashed and labels it in words', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedCasualties}></estimate-range>`);
    const british = rowByLabel(chart, 'British military intelligence');
    const [vague] = barsOf(british);
    expect(vague.classes).to.include('vague');
    expect(getComputedStyle(vague.element).strokeDasharray).not.to.equal('none');
    expect(valueLabelOf(british)?.textContent).to.equal('thousands');
  });

  it('draws a range across zero with a zero line, in a locale minus', async () => {
    const chart = await mountStory('intervals--across-zero');
    expect(shadow(chart).querySelector('line.grid.zero')).to.not.equal(null);
    const labels = Array.from(shadow(chart).querySelectorAll('.value-label'), (t) => t.textContent);
    expect(labels.some((t) => t?.includes('\u2212'))).to.equal(true);
  });
});

describe('<estimate-range> text', () => {
  it('says under the plot how to read what it draws, and only that; how-to-read="off" leaves it out', async () => {
    const line = (chart: HTMLElement) => shadow(chart).querySelector('[part="how-to-read"]')?.textContent ?? null;
    const ranges = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`);
    expect(line(ranges)).to.equal('Bars show each source’s range.');
    const mixed = await mount(
      html`<estimate-range
        .estimates=${[
          { label: 'A', estimate: 'thousands' },
          { label: 'B', estimate: 'at least 7,000' },
          { label: 'C', value: 5000 },
        ]}
      ></estimate-range>`,
    );
    expect(line(mixed)).to.equal(
      'Bars show each source’s range; dashed: a vague figure; dots: a single figure; fading: no bound given on that side.',
    );
    // It sits under the plot, above the data table.
    const chartBox = shadow(mixed).querySelector('.chart')!.getBoundingClientRect();
    const lineBox = shadow(mixed).querySelector('[part="how-to-read"]')!.getBoundingClientRect();
    expect(lineBox.top).to.be.at.least(chartBox.bottom - 0.5);
    mixed.howToRead = 'off';
    await drawn(mixed);
    expect(line(mixed)).to.equal(null);
    const uk = await mount(html`<estimate-range locale="uk" .estimates=${seedDeaths}></estimate-range>`);
    expect(line(uk)).to.equal('Смуги показують діапазон кожного джерела.');
  });

  it('writes value labels and a shared date once, in the footer', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`);
    expect(valueLabelOf(rowByLabel(chart, 'Ukrainian authorities'))?.textContent).to.equal('10,000–15,000');
    expect(valueLabelOf(rowByLabel(chart, 'A NATO source'))?.textContent).to.equal('7,000–15,000');
    const footer = shadow(chart).querySelector('text.footer')?.textContent;
    expect(footer).to.equal('All figures as of Mar 24, 2022.');
    expect(shadow(chart).querySelectorAll('text.meta').length).to.equal(0);
  });

  it("writes each row's date when dates differ", async () => {
    const figures: Estimate[] = [
      { label: 'A', estimate: '8', date: '2022-03-21' },
      { label: 'B', estimate: 'six', date: '2022-03-24' },
    ];
    const chart = await mount(html`<estimate-range .estimates=${figures} locale="en-GB"></estimate-range>`);
    const metas = Array.from(shadow(chart).querySelectorAll('text.meta'), (t) => t.textContent);
    expect(metas).to.deep.equal(['as of 21 Mar', 'as of 24 Mar']);
  });

  it('says the most common date once, and each differing date on its row', async () => {
    const chart = await mountStory('seed-figures--all-seed-figures');
    expect(shadow(chart).querySelector('text.footer')?.textContent).to.equal(
      'Figures as of Mar 24, 2022 unless stated.',
    );
    const metas = Array.from(shadow(chart).querySelectorAll('text.meta'), (t) => t.textContent);
    // The displaced group's two rows share their source: it is said once, under the group's heading.
    expect(metas).to.deep.equal(['All figures from UN.', 'as of Mar 21']);
  });

  it('uses compact numbers at 280 px and full numbers at 960 px', async () => {
    const narrow = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 280);
    expect(valueLabelOf(rowByLabel(narrow, 'Ukrainian authorities'))?.textContent).to.equal('10K–15K');
    const wide = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 960);
    expect(Array.from(shadow(wide).querySelectorAll('text.tick'), (t) => t.textContent)).to.include('10,000');
  });

  it('puts labels beside the bars when wide and above them when narrow, wrapping long ones', async () => {
    const long = 'Генеральний штаб Збройних сил України (за даними на ранок 24 березня)';
    const figures: Estimate[] = [
      { label: long, estimate: '10-15,000' },
      { label: 'NATO', estimate: '7,000' },
    ];
    for (const width of [280, 960]) {
      const chart = await mount(html`<estimate-range .estimates=${figures}></estimate-range>`, width);
      const row = rows(chart)[0];
      const lines = labelLinesOf(row).map((t) => t.textContent);
      expect(lines.length, `lines at ${width}`).to.be.greaterThan(1);
      expect(lines.join(' ')).to.equal(long);
      const labelBox = labelLinesOf(row)[0].getBoundingClientRect();
      const barBox = barsOf(row)[0].client;
      if (width === 280) expect(barBox.top).to.be.greaterThan(labelBox.bottom - 1);
      else
        expect(barBox.left).to.be.greaterThan(
          Math.max(...labelLinesOf(row).map((t) => t.getBoundingClientRect().right)),
        );
      for (const t of labelLinesOf(row))
        expect(t.getBoundingClientRect().right).to.be.at.most(chart.getBoundingClientRect().right + 0.5);
    }
  });

  for (const width of [280, 375, 960]) {
    for (const story of [
      'seed-figures--all-seed-figures',
      'seed-figures--russian-military-deaths',
      'intervals--nested-intervals',
      'intervals--open-ranges',
      'intervals--across-zero',
      'intervals--forty-rows',
      'edge-cases--long-non-latin-label',
      'options--log-scale',
    ]) {
      it(`draws no overlapping text in ${story} at ${width} px`, async () => {
        const chart = await mountStory(story, width);
        expect(rows(chart).length).to.be.greaterThan(0);
        expect(overlappingTexts(chart)).to.deep.equal([]);
        // Nothing drawn outside the element's box. A text box includes its glyphs' side bearings,
        // which belong to the font, not the layout: a "J" in DejaVu Sans reaches 2 px left of x = 0 at
        // 15 px, Firefox adds a pixel at either end. So the slack is a sixth of the text's em, whatever
        // fonts the machine has; a label placed off the edge is off by far more.
        const host = chart.getBoundingClientRect();
        for (const t of shadow(chart).querySelectorAll('svg.plot text')) {
          const box = t.getBoundingClientRect();
          const slack = parseFloat(getComputedStyle(t).fontSize) / 6;
          expect(box.left, t.textContent ?? '').to.be.at.least(host.left - slack);
          expect(box.right, t.textContent ?? '').to.be.at.most(host.right + slack);
        }
      });
    }
  }
});

describe('<estimate-range> groups, axes, sorting', () => {
  it('gives groups a heading each and, with magnitudes far apart, an axis each', async () => {
    const chart = await mountStory('seed-figures--all-seed-figures');
    const headings = Array.from(shadow(chart).querySelectorAll('text.heading'), (t) => t.textContent);
    expect(headings[0]).to.equal('Russian military deaths');
    expect(headings).to.include('People displaced from their homes in Ukraine');
    expect(shadow(chart).querySelectorAll('g.axis').length).to.equal(4);
  });

  it('shares one axis when asked', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedAll} axes="shared" scale="log"></estimate-range>`);
    expect(shadow(chart).querySelectorAll('g.axis').length).to.equal(1);
  });

  it('sorts rows by value, largest first, and by label', async () => {
    const byValue = await mount(html`<estimate-range .estimates=${climateSensitivity} sort="value"></estimate-range>`);
    expect(rows(byValue).map(labelOf)[0]).to.equal('Sherwood et al. (2020)');
    const byLabel = await mount(html`<estimate-range .estimates=${climateSensitivity} sort="label"></estimate-range>`);
    expect(rows(byLabel).map(labelOf)).to.deep.equal([
      'Charney report (1979)',
      'IPCC AR5 (2013)',
      'IPCC AR6 (2021)',
      'Sherwood et al. (2020)',
    ]);
  });

  it('highlights one row', async () => {
    const chart = await mount(
      html`<estimate-range .estimates=${seedDeaths} highlight="A NATO source"></estimate-range>`,
    );
    const nato = rowByLabel(chart, 'A NATO source');
    const ukraine = rowByLabel(chart, 'Ukrainian authorities');
    expect(barsOf(nato)[0].classes).to.include('highlighted');
    expect(barsOf(ukraine)[0].classes).to.include('dimmed');
    expect(getComputedStyle(labelLinesOf(nato)[0]).fontWeight).to.equal('700');
    expect(getComputedStyle(barsOf(nato)[0].element).fill).not.to.equal(
      getComputedStyle(barsOf(ukraine)[0].element).fill,
    );
  });

  it('shades where all sources agree, and not where they do not', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths} agreement></estimate-range>`);
    const band = shadow(chart).querySelector('rect.agreement-band') as SVGRectElement;
    expect(Number(band.getAttribute('x'))).to.be.closeTo(xOnAxis(chart, 10000), 0.2);
    expect(Number(band.getAttribute('x')) + Number(band.getAttribute('width'))).to.be.closeTo(
      xOnAxis(chart, 15000),
      0.2,
    );
    expect(shadow(chart).querySelector('.agreement-label')?.textContent).to.equal('All sources: 10,000–15,000');
    const apart: Estimate[] = [
      { label: 'A', low: 1, high: 2 },
      { label: 'B', low: 3, high: 4 },
    ];
    const none = await mount(html`<estimate-range .estimates=${apart} agreement></estimate-range>`);
    expect(shadow(none).querySelector('rect.agreement-band')).to.equal(null);
  });

  it('starts a count axis at zero, but not for figures far from it, and copes with 0 on a log scale', async () => {
    const counts = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`);
    expect(shadow(counts).querySelector('text.tick')?.textContent).to.equal('0');
    const far: Estimate[] = [
      { label: 'A', low: 95, high: 100 },
      { label: 'B', low: 98, high: 105 },
    ];
    const farChart = await mount(html`<estimate-range .estimates=${far}></estimate-range>`);
    expect(shadow(farChart).querySelector('text.tick')?.textContent).not.to.equal('0');
    const forced = await mount(html`<estimate-range .estimates=${far} zero="always"></estimate-range>`);
    expect(shadow(forced).querySelector('text.tick')?.textContent).to.equal('0');
    const log = await mount(
      html`<estimate-range scale="log" .estimates=${[
        { label: 'From zero', low: 0, high: 500 },
        { label: 'B', low: 10, high: 100 },
      ]}></estimate-range>`,
    );
    const fromZero = rowByLabel(log, 'From zero');
    expect(barsOf(fromZero)[0].element.style.fill).to.contain('fade-low');
    expect(shadow(log).querySelector('[part="open-end"]')).to.not.equal(null);
    expect(Number.isFinite(bar(fromZero).x0)).to.equal(true);
  });
});

describe('<estimate-range> anatomy, theming and parts', () => {
  it('is a figure captioned by its title, with description, notes and source slots', async () => {
    const chart = await mountStory('seed-figures--all-seed-figures');
    const figure = shadow(chart).querySelector('figure') as HTMLElement;
    const caption = figure.querySelector('figcaption slot') as HTMLSlotElement;
    expect(caption.assignedNodes()[0].textContent).to.equal('Four weeks into the war, the estimates disagree');
    for (const part of ['figure', 'title', 'row', 'label', 'interval', 'value', 'axis', 'tooltip']) {
      expect(shadow(chart).querySelector(`[part~="${part}"]`), part).to.not.equal(null);
    }
  });

  it('takes its colours and sizes from custom properties', async () => {
    const chart = await mount(
      html`<estimate-range .estimates=${seedDeaths} style="--estimate-range-interval-color: rgb(122, 31, 92); --estimate-range-font-size: 18px"></estimate-range>`,
    );
    const bar = shadow(chart).querySelector('path.interval') as SVGPathElement;
    expect(getComputedStyle(bar).fill).to.equal('rgb(122, 31, 92)');
    expect(getComputedStyle(shadow(chart).querySelector('text.label')!).fontSize).to.equal('18px');
  });

  it('never sets text under 12 px', async () => {
    const chart = await mount(
      html`<estimate-range .estimates=${seedDeaths} style="--estimate-range-font-size: 8px"></estimate-range>`,
    );
    for (const t of shadow(chart).querySelectorAll('text'))
      expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
  });

  it('goes dark with theme="dark"', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths} theme="dark"></estimate-range>`);
    expect(getComputedStyle(chart).backgroundColor).to.equal('rgb(21, 25, 29)');
    expect(getComputedStyle(shadow(chart).querySelector('text.label')!).fill).to.equal('rgb(236, 239, 241)');
  });

  it("is not distorted by the page's CSS", async () => {
    const style = document.createElement('style');
    style.textContent = `svg { max-width: 100% !important; height: auto !important; } * { box-sizing: content-box; line-height: 4; letter-spacing: 3px; } text { font-size: 40px; }`;
    document.head.append(style);
    try {
      const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 600);
      const svg = shadow(chart).querySelector('svg.plot') as SVGSVGElement;
      expect(Math.round(svg.getBoundingClientRect().width)).to.equal(600);
      expect(Number(svg.getAttribute('height'))).to.be.closeTo(svg.getBoundingClientRect().height, 0.5);
      expect(overlappingTexts(chart)).to.deep.equal([]);
      // Letter spacing reaches the text (a reader may need it) and the layout makes room for it.
      expect(getComputedStyle(shadow(chart).querySelector('text.label')!).letterSpacing).to.equal('3px');
    } finally {
      style.remove();
    }
  });
});

describe('<estimate-range> text spacing and zoom', () => {
  it('takes WCAG 1.4.12 text spacing without any text overlapping, from 280 px up', async () => {
    const style = document.createElement('style');
    style.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }`;
    document.head.append(style);
    try {
      for (const width of [280, 375, 960]) {
        const chart = await mountStory('seed-figures--all-seed-figures', width);
        expect(
          parseFloat(getComputedStyle(shadow(chart).querySelector('text.label')!).letterSpacing),
        ).to.be.greaterThan(1);
        expect(overlappingTexts(chart), `at ${width}`).to.deep.equal([]);
      }
    } finally {
      style.remove();
    }
  });

  it('stays legible at 200 % text size in a 320 px column', async () => {
    const chart = await mount(
      html`<estimate-range .estimates=${seedAll} style="--estimate-range-font-size: 30px"></estimate-range>`,
      320,
    );
    expect(overlappingTexts(chart)).to.deep.equal([]);
    for (const t of shadow(chart).querySelectorAll('svg.plot text')) {
      expect(t.getBoundingClientRect().right, t.textContent ?? '').to.be.at.most(
        chart.getBoundingClientRect().right + 1.5,
      );
    }
  });
});

describe('<estimate-range> details on hover, tap and keyboard', () => {
  it('has one tab stop; arrows move between rows, Enter reads the details, Escape hides them, the ends are said', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const chart = await mount(html`<estimate-range .estimates=${climateSensitivity}></estimate-range>`);
      const root = shadow(chart);
      const tooltip = () => root.querySelector('.tooltip') as HTMLElement;
      const said = () => root.querySelector('[aria-live="polite"]')!.textContent!.trim();
      const settle = async () => {
        await chart.updateComplete;
        await nextFrame();
      };
      const tabbable = rows(chart).filter((r) => optionOf(r).getAttribute('tabindex') === '0');
      expect(tabbable.length).to.equal(1);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(optionOf(rows(chart)[0]));
      await sendKeys({ press: 'ArrowDown' });
      await settle();
      expect(root.activeElement).to.equal(optionOf(rows(chart)[1]));
      // Focus alone opens no details: a screen reader's browse mode would read the box as page text.
      expect(tooltip().hidden).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(tooltip().hidden).to.equal(false);
      expect(tooltip().textContent).to.contain('Sherwood et al. (2020)');
      expect(said()).to.match(/^Sherwood et al\. \(2020\)\. 3\.1 \(range 2\.3 to 4\.7\)\. Very likely interval: /);
      // The open details follow the row.
      const sherwood = tooltip().getAttribute('aria-label');
      await sendKeys({ press: 'End' });
      await settle();
      expect(root.activeElement).to.equal(optionOf(rows(chart)[3]));
      expect(tooltip().hidden).to.equal(false);
      expect(tooltip().getAttribute('aria-label')).to.not.equal(sherwood);
      await sendKeys({ press: 'ArrowDown' });
      await settle();
      expect(root.activeElement).to.equal(optionOf(rows(chart)[3]));
      expect(said()).to.equal('Last figure.');
      await sendKeys({ press: 'Escape' });
      await settle();
      expect(tooltip().hidden).to.equal(true);
      expect(said()).to.equal('Details hidden.');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowUp' });
      await settle();
      expect(said()).to.equal('First figure.');
    } finally {
      before.remove();
    }
  });

  it('names each row with its range in words for screen readers', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`);
    expect(optionOf(rowByLabel(chart, 'A NATO source')).getAttribute('aria-label')).to.equal(
      'A NATO source: between 7,000 and 15,000, as of March 24, 2022',
    );
  });

  it('opens details on tap, below the row, with a link to the source, and closes them on a second tap', async () => {
    const chart = await mount(html`<estimate-range .estimates=${climateSensitivity}></estimate-range>`);
    const row = rowByLabel(chart, 'IPCC AR6');
    row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await chart.updateComplete;
    const tooltip = shadow(chart).querySelector('.tooltip') as HTMLElement;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('very likely interval');
    const link = tooltip.querySelector('a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://www.ipcc.ch/report/ar6/wg1/');
    // It never covers the row it explains.
    const rowBox = row.querySelector('.hit')!.getBoundingClientRect();
    const tipBox = tooltip.getBoundingClientRect();
    expect(tipBox.top >= rowBox.bottom - 0.5 || tipBox.bottom <= rowBox.top + 0.5).to.equal(true);
    row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await chart.updateComplete;
    expect((shadow(chart).querySelector('.tooltip') as HTMLElement).hidden).to.equal(true);
  });
});

describe('<estimate-range> fits the page', () => {
  it("follows its container's width", async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 700);
    expect(Number(shadow(chart).querySelector('svg.plot')!.getAttribute('width'))).to.equal(700);
    (chart.parentElement as HTMLElement).style.width = '400px';
    await new Promise((r) => setTimeout(r, 50));
    await drawn(chart);
    expect(Number(shadow(chart).querySelector('svg.plot')!.getAttribute('width'))).to.equal(400);
  });

  it('shows an empty chart as a sentence, not a blank', async () => {
    const chart = await mountStory('edge-cases--empty');
    expect(shadow(chart).querySelector('.status')?.textContent).to.equal('No figures to show.');
  });
});

describe('<estimate-range> motion, forced colours, dismissal', () => {
  it('animates bars when the data change, not when the width does, and not under prefers-reduced-motion', async function () {
    if (!isChromium()) this.skip();
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 900);
    const running = () =>
      Array.from(shadow(chart).querySelectorAll('.interval, path.value')).filter((el) => el.getAnimations().length > 0)
        .length;
    const newFigures = (low: number) => [
      { label: 'Ukrainian authorities', low, high: 18000 },
      { label: 'A NATO source', low: low - 4000, high: 16000 },
    ];
    const settled = () => new Promise((r) => setTimeout(r, 400));
    // A transition runs from a style the browser has computed: let a frame style the drawn chart.
    await nextFrame();
    await nextFrame();
    chart.estimates = newFigures(12000);
    await chart.updateComplete;
    await nextFrame();
    expect(running()).to.be.greaterThan(0);
    await settled();
    chart.parentElement!.style.width = '640px';
    await nextFrame();
    await chart.updateComplete;
    await nextFrame();
    expect(running()).to.equal(0);
    await executeServerCommand('media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    try {
      chart.estimates = newFigures(9000);
      await chart.updateComplete;
      await nextFrame();
      expect(running()).to.equal(0);
    } finally {
      await executeServerCommand('media-features', [{ name: 'prefers-reduced-motion', value: '' }]);
    }
  });

  it('keeps every mark visible in forced-colors mode, in system colours', async function () {
    if (!isChromium()) this.skip();
    await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const chart = await mount(html`<estimate-range .estimates=${climateSensitivity} agreement></estimate-range>`);
      const background = getComputedStyle(chart).backgroundColor;
      // The brand blue gives way to the system's text colour.
      expect(getComputedStyle(shadow(chart).querySelector('path.interval.inner')!).fill).not.to.equal(
        'rgb(29, 90, 142)',
      );
      for (const selector of ['path.interval', 'path.value', 'text.label', 'text.tick', 'line.grid']) {
        const el = shadow(chart).querySelector(selector)!;
        const style = getComputedStyle(el);
        const paint = selector.startsWith('line') ? style.stroke : style.fill;
        expect(paint, selector).not.to.equal('none');
        expect(paint, selector).not.to.equal('rgba(0, 0, 0, 0)');
        expect(paint, selector).not.to.equal(background);
      }
    } finally {
      await executeServerCommand('media-features', [{ name: 'forced-colors', value: '' }]);
    }
  });

  it('closes its details when the reader taps outside the chart', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`);
    rows(chart)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await chart.updateComplete;
    expect((shadow(chart).querySelector('.tooltip') as HTMLElement).hidden).to.equal(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await chart.updateComplete;
    expect((shadow(chart).querySelector('.tooltip') as HTMLElement).hidden).to.equal(true);
  });
});

describe('<estimate-range> long charts', () => {
  const many = (count: number, seed = 1): Estimate[] =>
    Array.from({ length: count }, (_, i) => ({
      label: `Source ${i + 1}`,
      low: 1000 + ((i * seed) % 97) * 10,
      high: 3000 + ((i * seed) % 89) * 10,
    }));

  it('End on a long chart still being drawn focuses the last row once it is drawn', async () => {
    const chart = place('estimate-range', many(1500));
    await nextFrame();
    expect(rows(chart).length).to.be.lessThan(1500);
    optionOf(rows(chart)[0]).focus();
    await sendKeys({ press: 'End' });
    // The last row is not drawn yet: focus follows when it is.
    await chart.updateComplete;
    const focused = shadow(chart).activeElement;
    expect(focused?.closest('.row')?.getAttribute('data-index')).to.equal('1499');
    expect(focused?.getAttribute('aria-label')).to.match(/^Source 1500: /);
  });

  it('draws the first rows in the first frame and the rest in later tasks, in order, before updateComplete resolves', async () => {
    const chart = place('estimate-range', many(1500));
    await nextFrame();
    const first = rows(chart).length;
    expect(first).to.be.greaterThan(0);
    expect(first).to.be.lessThan(1500);
    // The hidden data table follows the rows.
    const tableRows = () => shadow(chart).querySelectorAll('table tbody tr').length;
    expect(tableRows()).to.be.lessThan(500);
    // The chart has its full height from the first frame: the page below it does not move.
    const height = chart.getBoundingClientRect().height;
    await chart.updateComplete;
    expect(rows(chart).length).to.equal(1500);
    expect(tableRows()).to.equal(500);
    expect(rows(chart).map((r) => r.getAttribute('data-index'))).to.deep.equal(
      Array.from({ length: 1500 }, (_, i) => String(i)),
    );
    expect(chart.getBoundingClientRect().height).to.equal(height);
  });

  it('redraws the rows already on screen in place when the figures change, and stages only the rest', async () => {
    const chart = await mount(html`<estimate-range .estimates=${many(1500)}></estimate-range>`, 640);
    await chart.updateComplete;
    expect(rows(chart).length).to.equal(1500);
    const firstRow = rows(chart)[0];
    chart.estimates = many(1500, 3);
    // A task after the update that draws the new figures, before any later stage.
    await new Promise((r) => setTimeout(r));
    // The first 1,000 rows on screen are redrawn at once rather than dropped to the first 200.
    expect(rows(chart).length).to.equal(1000);
    expect(rows(chart)[0]).to.equal(firstRow);
    await chart.updateComplete;
    expect(rows(chart).length).to.equal(1500);
  });

  it('draws every row at once for printing', async () => {
    const chart = await mount(html`<estimate-range .estimates=${many(20)}></estimate-range>`, 640);
    chart.estimates = many(1500, 3);
    await new Promise((r) => setTimeout(r));
    expect(rows(chart).length).to.be.lessThan(1500);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rows(chart).length).to.equal(1500);
  });

  it('touches only the rows whose state changes when one row of many is hovered', async () => {
    const chart = await mount(html`<estimate-range .estimates=${many(600)}></estimate-range>`, 640);
    const target = rows(chart)[450];
    const changed = new Set<Element>();
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changed.add((r.target as Element).closest('.row') ?? (r.target as Element))),
    );
    observer.observe(shadow(chart).querySelector('svg.plot')!, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    await chart.updateComplete;
    observer.disconnect();
    expect((shadow(chart).querySelector('.tooltip') as HTMLElement).hidden).to.equal(false);
    expect(target.classList.contains('active')).to.equal(true);
    // The newly active row and the tab stop's row (row 0, whose tabindex moves): nothing else.
    expect([...changed].every((el) => el === target || el === rows(chart)[0])).to.equal(true);
    expect(changed.has(target)).to.equal(true);
  });
});

describe('<estimate-range> when drawing fails', () => {
  // Subclasses that fail where a bug in the library would: in the plot, and in the table's summary.
  class FailingPlot extends (customElements.get('estimate-range') as typeof EstimateRange) {
    protected override renderPlot(): never {
      throw new RangeError('plot broke');
    }
  }
  class FailingSummary extends (customElements.get('estimate-range') as typeof EstimateRange) {
    override get summary(): string {
      throw new TypeError('summary broke');
    }
  }
  customElements.define('failing-plot-range', FailingPlot);
  customElements.define('failing-summary-range', FailingSummary);

  async function mountFailing(tag: string) {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
    const logged: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const chart = place(tag, seedDeaths);
      await chart.updateComplete;
      await nextFrame();
      await nextFrame();
      return { chart, errors, logged };
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
    }
  }

  it('says the chart could not be drawn, keeps its table, and throws nothing into the page', async () => {
    const { chart, errors, logged } = await mountFailing('failing-plot-range');
    expect(errors).to.deep.equal([]);
    expect(logged).to.have.length.greaterThan(0);
    const alert = shadow(chart).querySelector('[role="alert"]');
    expect(alert?.textContent).to.equal('The chart could not be drawn (RangeError: plot broke).');
    expect(shadow(chart).querySelectorAll('table tbody tr')).to.have.length(2);
  });

  it('falls back to the message alone when the rest of the chart fails too', async () => {
    const { chart, errors } = await mountFailing('failing-summary-range');
    expect(errors).to.deep.equal([]);
    expect(shadow(chart).querySelector('[role="alert"]')?.textContent).to.equal(
      'The chart could not be drawn (TypeError: summary broke).',
    );
    // Every update tries a full render first; this one fails again and falls back again.
    chart.estimates = seedCasualties;
    await chart.updateComplete;
    expect(shadow(chart).querySelectorAll('[role="alert"]')).to.have.length(1);
  });
});

describe('<estimate-range> first frame', () => {
  it('draws the chart first, then writes the hidden summary and table, before updateComplete resolves', async () => {
    const chart = place('estimate-range', seedDeaths);
    await nextFrame();
    // The frame about to be painted has the rows, and the summary's place, still empty.
    expect(rows(chart)).to.have.length(2);
    expect(shadow(chart).querySelector('#summary')?.textContent).to.equal('');
    expect(shadow(chart).querySelectorAll('table tbody tr')).to.have.length(0);
    await chart.updateComplete;
    expect(shadow(chart).querySelector('#summary')?.textContent).to.contain('Russian military deaths');
    expect(shadow(chart).querySelectorAll('table tbody tr')).to.have.length(2);
  });
});
