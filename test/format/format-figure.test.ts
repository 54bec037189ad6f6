// Every language registered, as the package's entry and the static renderer do.
import '../../src/format/all-languages.js';
import { expect } from '@esm-bundle/chai';
import { describeFigure, formatFigure, formatRange } from '../../src/format/format-figure.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import type { Estimate } from '../../src/data/figure.js';

function figure(estimate: Estimate) {
  const { figures, issues } = validateEstimates([estimate]);
  if (!figures[0]) throw new Error(JSON.stringify(issues));
  return figures[0];
}

describe('formatFigure and describeFigure', () => {
  it('formatRange(10000, 15000) joins the bounds with an en dash', () => {
    expect(formatRange(10000, 15000)).to.equal('10,000–15,000');
    expect(formatRange(10000, 15000, 'en', 'compact')).to.equal('10K–15K');
  });

  it('formatRange shares a spelled-out multiplier and uses "to" across a minus sign', () => {
    expect(formatRange(3500000, 4000000)).to.equal('3.5–4 million');
    expect(formatRange(-0.5, 1.2)).to.equal('\u22120.5 to 1.2');
  });

  it('formatFigure writes each kind as a value label', () => {
    expect(formatFigure(figure({ label: 'x', estimate: 'at least 7,000' }))).to.equal('at least 7,000');
    expect(formatFigure(figure({ label: 'x', estimate: 'up to 15,000' }))).to.equal('up to 15,000');
    expect(formatFigure(figure({ label: 'x', estimate: 'about 3.5 million' }))).to.equal('about 3.5 million');
    expect(formatFigure(figure({ label: 'x', estimate: 'thousands' }))).to.equal('thousands');
    expect(formatFigure(figure({ label: 'x', estimate: '45 ± 3' }))).to.equal('45 (42–48)');
    expect(formatFigure(figure({ label: 'x', estimate: '45% ± 3' }))).to.equal('45% (42%–48%)');
    expect(formatFigure(figure({ label: 'x', estimate: '3.5 million' }), 'en', true)).to.equal('3.5M');
  });

  it('describeFigure says ranges in words', () => {
    expect(describeFigure(figure({ label: 'x', estimate: 'between 7,000 and 15,000' }))).to.equal(
      'between 7,000 and 15,000',
    );
    expect(describeFigure(figure({ label: 'x', estimate: '45 ± 3' }))).to.equal('45 (range 42 to 48)');
    expect(describeFigure(figure({ label: 'x', estimate: 'thousands' }))).to.equal('thousands');
  });

  it('describeFigure speaks Ukrainian in a uk chart', () => {
    expect(describeFigure(figure({ label: 'x', estimate: 'between 7,000 and 15,000' }), 'uk')).to.equal(
      'від 7\u00a0000 до 15\u00a0000',
    );
    expect(describeFigure(figure({ label: 'x', estimate: 'at least 7,000' }), 'uk')).to.equal('щонайменше 7\u00a0000');
  });
});

describe('message', () => {
  it('message fills placeholders and does not double a full stop after an abbreviation', async () => {
    const { message, messagesFor } = await import('../../src/format/messages.js');
    expect(message(messagesFor('en'), 'atLeast', { low: '7,000' })).to.equal('at least 7,000');
    expect(message(messagesFor('uk'), 'allAsOf', { date: '24 бер. 2022 р.' })).to.equal(
      'Усі дані станом на 24 бер. 2022 р.',
    );
    expect(message(messagesFor('uk-UA'), 'upTo', { high: '15 000' })).to.equal('до 15 000');
    expect(message(messagesFor('fr'), 'upTo', { high: '15 000' })).to.equal('up to 15 000');
  });
});

describe('units with the number', () => {
  it('writes the unit a figure was read with: a currency before, a degree sign after, others spaced', () => {
    const label = (estimate: string) => {
      const [figure] = validateEstimates([{ label: 'x', estimate }]).figures;
      expect(figure, estimate).not.to.equal(undefined);
      return formatFigure(figure, 'en');
    };
    expect(label('£2.1bn')).to.equal('£2.1 billion');
    expect(label('$850m–$1bn')).to.equal('$850 million–$1 billion');
    expect(label('1.2°C to 1.9°C')).to.equal('1.2°C–1.9°C');
    expect(label('45%')).to.equal('45%');
    expect(label('48 TWh')).to.equal('48 TWh');
    expect(label('-£5m')).to.equal('−£5 million');
  });
});
