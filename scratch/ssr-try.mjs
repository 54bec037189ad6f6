import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
await import('/work/main/dist/index.js');
const est = [{label:'Ukraine', low:10000, high:15000}, {label:'NATO', low:7000, high:15000}];
try {
const out = collectResultSync(render(html`<estimate-range .estimates=${est} unit="troops"><span slot="title">T</span></estimate-range>`));
console.log(out.length, out.slice(0, 3000));
} catch (e) { console.error(e); }
