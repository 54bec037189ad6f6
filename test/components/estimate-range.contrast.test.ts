import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { climateSensitivity } from '../fixtures/climate-sensitivity.js';
import { seedAll } from '../fixtures/seed-figures.js';
import { cleanup, mount, shadow } from '../helpers/chart.js';
import { contrast } from '../helpers/contrast.js';

afterEach(cleanup);

// WCAG 1.4.3 (text 4.5:1) and 1.4.11 (graphical objects 3:1), computed from the colours the
// browser actually renders, in both themes.
for (const theme of ['light', 'dark'] as const) {
  describe(`contrast in the ${theme} theme`, () => {
    it(`sets every text in the chart at 4.5:1 or more against its background (${theme})`, async () => {
      const chart = await mount(
        html`<estimate-range theme=${theme} .estimates=${[...seedAll, { label: 'Bad', value: 'x' }]} agreement unit="people"></estimate-range>`,
      );
      const background = getComputedStyle(chart).backgroundColor;
      const texts = Array.from(shadow(chart).querySelectorAll<SVGTextElement>('svg text'));
      expect(texts.length).to.be.greaterThan(20);
      for (const t of texts)
        expect(
          contrast(getComputedStyle(t).fill, background),
          `${t.textContent} (${t.getAttribute('class')})`,
        ).to.be.at.least(4.5);
      for (const el of shadow(chart).querySelectorAll<HTMLElement>('.problems, .data-toggle')) {
        expect(contrast(getComputedStyle(el).color, background), el.className).to.be.at.least(4.5);
      }
    });

    it(`draws every mark at 3:1 or more against the background (${theme})`, async () => {
      const chart = await mount(
        html`<estimate-range theme=${theme} .estimates=${[...climateSensitivity, { label: 'Vague', estimate: 'thousands' }, { label: 'Open', estimate: 'at least 4' }]} highlight="IPCC AR6 (2021)"></estimate-range>`,
      );
      const background = getComputedStyle(chart).backgroundColor;
      const marks = Array.from(
        shadow(chart).querySelectorAll<SVGElement>(
          '.plot .interval:not(.vague), path.value.point, path.value.centre, [part="key"] rect',
        ),
      );
      expect(marks.length).to.be.greaterThan(8);
      for (const mark of marks) {
        const style = getComputedStyle(mark);
        // A fading open end is judged where it is solid: its gradient starts at the interval colour.
        const paint = style.fill.startsWith('url')
          ? getComputedStyle(shadow(chart).querySelector('.fade-stop')!).stopColor
          : style.fill;
        expect(
          contrast(paint, background),
          `${mark.tagName} ${mark.getAttribute('class')} ${mark.getAttribute('data-row') ?? ''}`,
        ).to.be.at.least(3);
      }
      // Outlined marks are judged by their outline.
      for (const mark of shadow(chart).querySelectorAll<SVGElement>(
        '.plot .interval.vague, path.value.approximate, .chevron',
      )) {
        expect(contrast(getComputedStyle(mark).stroke, background), mark.getAttribute('class') ?? '').to.be.at.least(3);
      }
    });
  });
}
