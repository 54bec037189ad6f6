/* global Plot, Chart, Highcharts -- the peer libraries, loaded as classic scripts by bench/pages/index.html */
// One measurement set in a fresh page. ?chart=range|timeline&lib=…&n=… draws the same chart with one
// library and times, in turn:
// - first: from the render call to the next frame (for estimate-range also `drawn`, when a long chart,
//   drawn progressively, has its last row on screen);
// - resize: the work of the frame in which the container narrows from 640 to 600 px, warm (the median
//   of five resizes after two untimed ones): from the change, made in an animation frame callback, to
//   a task queued from it, which runs after that frame is drawn;
// - rerender: new figures given to the drawn chart, to the next frame (and, again, `drawn`);
// - heap: the largest used JS heap seen after any step, garbage included (allocation pressure);
// - retained: the used JS heap after the first render and a full garbage collection (what the chart keeps);
// - elements, texts, comments: the chart's nodes after the first render, shadow roots included (Lit's
//   markers are comments; a text node is a string shown or spoken).
// ?chart=page: the seed figures' four charts repeated to fifty on one page, to the frame in which all
// are drawn.
const params = new URLSearchParams(location.search);
const chart = params.get('chart') ?? 'range';
const lib = params.get('lib');
const n = Number(params.get('n'));
const root = document.getElementById('root');

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
let heap = 0;
const sampleHeap = () => (heap = Math.max(heap, performance.memory?.usedJSHeapSize ?? 0));

// Seeded data, the same for every library.
function seeded(seed) {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}
function rangeRows(count, seed) {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const low = Math.round(5000 + random() * 10000);
    const high = low + Math.round(1000 + random() * 10000);
    return { label: `Source ${i + 1}`, low, high, value: Math.round((low + high) / 2) };
  });
}
function timelinePoints(count, seed) {
  const random = seeded(seed);
  const start = Date.UTC(1800, 0, 1);
  let level = 10;
  return Array.from({ length: count }, (_, i) => {
    level += (random() - 0.5) * 0.6;
    const spread = 0.5 + random();
    const date = new Date(start + i * 864e5).toISOString().slice(0, 10);
    return {
      group: 'Series',
      date,
      value: +level.toFixed(3),
      low: +(level - spread).toFixed(3),
      high: +(level + spread).toFixed(3),
    };
  });
}

/** Each library's chart: draw(data) makes or updates it; resize(width) gives it a new width. */
function makeChart() {
  const height = (count) => Math.max(100, count * 22);
  if (lib === 'estimate-range') {
    const el = document.createElement(chart === 'timeline' ? 'estimate-timeline' : 'estimate-range');
    return {
      draw(data) {
        el.estimates = data;
        if (!el.isConnected) root.append(el);
        return el;
      },
      // The element follows its container through a ResizeObserver.
      resize(width) {
        root.style.width = `${width}px`;
      },
    };
  }
  if (lib === 'plot') {
    let data;
    let width = 640;
    const plot = () =>
      chart === 'range'
        ? Plot.plot({
            width,
            height: height(data.length),
            marginLeft: 90,
            y: { domain: data.map((r) => r.label) },
            marks: [
              Plot.ruleY(data, { y: 'label', x1: 'low', x2: 'high', strokeWidth: 8 }),
              Plot.dot(data, { y: 'label', x: 'value', fill: 'black' }),
            ],
          })
        : Plot.plot({
            width,
            height: 400,
            x: { type: 'utc' },
            marks: [
              Plot.areaY(data, { x: (d) => new Date(d.date), y1: 'low', y2: 'high', fillOpacity: 0.3 }),
              Plot.lineY(data, { x: (d) => new Date(d.date), y: 'value' }),
            ],
          });
    // Plot draws a new SVG for new data or a new width.
    const redraw = () => root.replaceChildren(plot());
    return {
      draw(d) {
        data = d;
        redraw();
      },
      resize(w) {
        width = w;
        redraw();
      },
    };
  }
  if (lib === 'chartjs') {
    const bars = window.ChartErrorBars;
    if (bars && !Chart.registry.controllers.get('barWithErrorBars'))
      Chart.register(bars.BarWithErrorBarsController, bars.BarWithErrorBar);
    let instance;
    const config = (data) => ({
      labels: data.map((r) => r.label),
      datasets: [{ data: data.map((r) => ({ y: r.value, yMin: r.low, yMax: r.high })) }],
    });
    return {
      draw(data) {
        if (instance) {
          instance.data = config(data);
          instance.update();
          return;
        }
        const canvas = document.createElement('canvas');
        root.style.height = `${height(data.length)}px`;
        root.append(canvas);
        instance = new Chart(canvas, {
          type: 'barWithErrorBars',
          data: config(data),
          options: {
            indexAxis: 'x',
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { display: false } },
          },
        });
      },
      // Chart.js follows its container too, but redraws in the frame after; resize() draws now.
      resize(width) {
        root.style.width = `${width}px`;
        instance.resize();
      },
    };
  }
  if (lib === 'highcharts') {
    let instance;
    const series = (data) => [
      { type: 'columnrange', data: data.map((r) => [r.low, r.high]) },
      { type: 'scatter', data: data.map((r) => r.value) },
    ];
    return {
      draw(data) {
        if (instance) {
          instance.update({ xAxis: { categories: data.map((r) => r.label) }, series: series(data) }, true, true, false);
          return;
        }
        instance = Highcharts.chart(root, {
          chart: { inverted: true, height: height(data.length), animation: false },
          title: { text: null },
          xAxis: { categories: data.map((r) => r.label) },
          legend: { enabled: false },
          plotOptions: { series: { animation: false } },
          series: series(data),
        });
      },
      resize(width) {
        instance.setSize(width, undefined, false);
      },
    };
  }
  throw new Error(`unknown library ${lib}`);
}

/** Times one step: from `act` to the next frame, and to the last row drawn when `act` returns an element. */
async function timed(act, name) {
  performance.mark(`${name}-start`);
  const start = performance.now();
  const el = act();
  let complete = !el?.updateComplete;
  el?.updateComplete?.then(() => (complete = true));
  await nextFrame();
  const ms = performance.now() - start;
  if (!complete) {
    await el.updateComplete;
    await nextFrame();
  }
  sampleHeap();
  performance.mark(`${name}-end`);
  return { ms, drawn: performance.now() - start };
}

/** The main-thread work of the frame that applies a resize: see the top of this file. */
function resizeFrame(target, width) {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      target.resize(width);
      setTimeout(() => resolve(performance.now() - start), 0);
    }),
  );
}

/** Every node under `root`, shadow roots included, by kind. */
function countNodes(node, counts = { elements: 0, texts: 0, comments: 0 }) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.ELEMENT_NODE) {
      counts.elements++;
      if (child.shadowRoot) countNodes(child.shadowRoot, counts);
    } else if (child.nodeType === Node.TEXT_NODE) counts.texts++;
    else if (child.nodeType === Node.COMMENT_NODE) counts.comments++;
    countNodes(child, counts);
  }
  return counts;
}

async function measureChart() {
  const data = chart === 'range' ? rangeRows(n, 7) : timelinePoints(n, 7);
  const next = chart === 'range' ? rangeRows(n, 11) : timelinePoints(n, 11);
  const target = makeChart();
  const first = await timed(() => target.draw(data), 'first');
  window.gc?.();
  const retained = performance.memory?.usedJSHeapSize;
  const nodes = countNodes(root);
  const resizes = [];
  for (let i = 0; i < 7; i++) {
    const ms = await resizeFrame(target, i % 2 ? 640 : 600);
    await nextFrame();
    if (i >= 2) resizes.push(ms);
  }
  const el = root.firstElementChild;
  await el?.updateComplete;
  sampleHeap();
  const rerender = await timed(() => target.draw(next), 'rerender');
  resizes.sort((a, b) => a - b);
  return {
    first: first.ms,
    firstDrawn: first.drawn,
    resize: resizes[2],
    rerender: rerender.ms,
    rerenderDrawn: rerender.drawn,
    heap,
    retained,
    ...nodes,
  };
}

async function measurePage() {
  const { seedDeaths, seedCasualties, seedDisplaced, seedAll } = await import('/test/fixtures/seed-figures.ts');
  const sets = [seedAll, seedDeaths, seedCasualties, seedDisplaced];
  const start = performance.now();
  const charts = Array.from({ length: 50 }, (_, i) => {
    const el = document.createElement('estimate-range');
    el.estimates = sets[i % sets.length];
    root.append(el);
    return el;
  });
  await Promise.all(charts.map((el) => el.updateComplete));
  await nextFrame();
  sampleHeap();
  return { first: performance.now() - start, heap };
}

/**
 * What the platform charges the first time a page uses it, in a fresh page: the first Intl number
 * format loads the ICU data (estimate-range formats every number and date with Intl; d3-format,
 * which Plot uses, does not), and the first canvas text measurement loads the font.
 */
function measurePlatform() {
  const time = (f) => {
    const start = performance.now();
    f();
    return performance.now() - start;
  };
  return {
    first: time(() => new Intl.NumberFormat('en', { maximumFractionDigits: 6 }).format(1234.5)),
    dates: time(() =>
      new Intl.DateTimeFormat('en', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
        new Date(),
      ),
    ),
    canvas: time(() => {
      const context = document.createElement('canvas').getContext('2d');
      context.font = '15px sans-serif';
      context.measureText('Ukrainian authorities');
    }),
  };
}

const measures = { page: measurePage, platform: measurePlatform };
window.__result = await Promise.resolve()
  .then(() => (measures[chart] ?? measureChart)())
  .catch((e) => ({ error: String(e?.stack ?? e) }));
