import { expect } from '@esm-bundle/chai';
import { safeUrl } from '../../src/data/safe-url.js';

describe('safeUrl', () => {
  it('safeUrl keeps http(s) and relative links', () => {
    for (const ok of [
      'https://www.un.org/',
      'http://example.org/a?b#c',
      '/data/x.json',
      'report.html',
      '#notes',
      '//cdn.example.org/x',
    ]) {
      expect(safeUrl(ok), ok).to.equal(ok);
    }
  });

  it('safeUrl refuses script, data and other schemes, however they are disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });
});
