import { expect } from '@esm-bundle/chai';
import { html, nothing, svg } from 'lit/html.js';
import { templateToString } from '../../src/static/template-to-string.js';
import { styleProps } from '../../src/marks/style-props.js';

describe('templateToString', () => {
  it('writes attribute bindings quoted and escaped, and children as text', () => {
    const label = '<img src=x onerror="alert(1)"> & co';
    expect(templateToString(svg`<text class=${'label'} x=${12.5}>${label}</text>`)).to.equal(
      '<text class="label" x="12.5">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co</text>',
    );
  });

  it('leaves out an attribute bound to nothing or undefined, and property and event bindings', () => {
    const out = templateToString(
      html`<button part=${nothing} title=${undefined} .value=${'v'} @click=${() => {}} type="button">Go</button>`,
    );
    expect(out).to.equal('<button type="button">Go</button>');
  });

  it('writes a boolean binding as name="" when true, not at all when false', () => {
    expect(templateToString(html`<details ?open=${true}></details>`)).to.equal('<details open=""></details>');
    expect(templateToString(html`<details ?open=${false}></details>`)).to.equal('<details></details>');
  });

  it('writes values inside quotes where they stand, nested templates and arrays in order', () => {
    const rows = [1, 2].map((n) => svg`<g class="row n${n}">${n}</g>`);
    expect(templateToString(svg`<g d="M${1},${2}">${rows}${nothing}</g>`)).to.equal(
      '<g d="M1,2"><g class="row n1">1</g><g class="row n2">2</g></g>',
    );
  });

  it('gives a directive the value of its render(): styleProps as a style attribute', () => {
    expect(templateToString(svg`<rect style=${styleProps({ fill: 'url(#fade-high)' })}></rect>`)).to.equal(
      '<rect style="fill: url(#fade-high)"></rect>',
    );
  });
});
