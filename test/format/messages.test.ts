// Every language registered, as the package's entry and the static renderer do.
import '../../src/format/all-languages.js';
import { expect } from '@esm-bundle/chai';
import { message, messagesFor, registerMessages } from '../../src/format/messages.js';

describe('messages', () => {
  it('messagesFor("uk-UA") uses Ukrainian, and an unknown locale English', () => {
    expect(message(messagesFor('uk-UA'), 'showData')).to.equal('Показати дані');
    expect(message(messagesFor('xx'), 'showData')).to.equal('Show data');
  });

  it('registerMessages adds a language, whose missing keys fall back to English', () => {
    registerMessages('tlh', { showData: 'Daten zeigen' });
    const m = messagesFor('tlh');
    expect(message(m, 'showData')).to.equal('Daten zeigen');
    expect(message(m, 'hideData')).to.equal('Hide data');
  });

  it('message fills placeholders and drops a doubled full stop', () => {
    expect(message(messagesFor('en'), 'atLeast', { low: '7,000' })).to.equal('at least 7,000');
  });
});
