import { expect } from '@esm-bundle/chai';
import { wrapText } from '../../src/layout/wrap-text.js';
import type { TextMeasurer } from '../../src/layout/text-measurer.js';

// One pixel per character: easy to reason about.
const mono: TextMeasurer = { width: (text) => Array.from(text).length };

describe('wrapText', () => {
  it('wrapText breaks at spaces and keeps every word', () => {
    expect(wrapText('Russian military deaths in Ukraine', 16, 'label', mono)).to.deep.equal([
      'Russian military',
      'deaths in',
      'Ukraine',
    ]);
  });

  it('wrapText breaks a word longer than the line between characters, never dropping any', () => {
    expect(wrapText('Генеральнийштаб', 6, 'label', mono)).to.deep.equal(['Генера', 'льнийш', 'таб']);
  });

  it('wrapText returns one line when it fits and none for blank text', () => {
    expect(wrapText('NATO', 10, 'label', mono)).to.deep.equal(['NATO']);
    expect(wrapText('   ', 10, 'label', mono)).to.deep.equal([]);
  });
});
