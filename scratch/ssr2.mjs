const { renderChart } = await import('/work/main/dist/ssr/index.js');
const est = [{label:'Ukraine', low:10000, high:15000, source:'Ukrainian authorities'}, {label:'NATO', low:7000, high:15000}];
const r = await renderChart({ estimates: est, width: 640, attributes: { unit: 'troops', agreement: true }, title: 'How many?', source: 'Sources: x' });
console.log(r.html.length, r.problems);
console.log(r.html.replace(/<style>[\s\S]*?<\/style>/, '<style>…</style>').slice(0, 6000));
