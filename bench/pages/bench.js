// One measurement in a fresh page: ?lib=…&n=… renders the same range chart (one row per source,
// a low–high bar and a dot) and reports the time from the render call to the next frame, as the
// issue's table measured the peers.
const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const n = Number(params.get('n'));

// Seeded data, the same for every library.
let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const rows = Array.from({ length: n }, (_, i) => {
  const low = Math.round(5000 + random() * 10000);
  const high = low + Math.round(1000 + random() * 10000);
  return { label: `Source ${i + 1}`, low, high, value: Math.round((low + high) / 2) };
});

const root = document.getElementById('root');
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function render() {
  switch (lib) {
    case 'estimate-range': {
      const el = document.createElement('estimate-range');
      el.estimates = rows;
      root.append(el);
      await el.updateComplete;
      return;
    }
    case 'plot': {
      const chart = Plot.plot({
        width: 640,
        height: Math.max(100, n * 22),
        marginLeft: 90,
        y: { domain: rows.map((r) => r.label) },
        marks: [Plot.ruleY(rows, { y: 'label', x1: 'low', x2: 'high', strokeWidth: 8 }), Plot.dot(rows, { y: 'label', x: 'value', fill: 'black' })],
      });
      root.append(chart);
      return;
    }
    case 'chartjs': {
      const bars = window.ChartErrorBars;
      if (bars && !Chart.registry.controllers.get('barWithErrorBars')) Chart.register(bars.BarWithErrorBarsController, bars.BarWithErrorBar);
      const canvas = document.createElement('canvas');
      root.style.height = `${Math.max(100, n * 22)}px`;
      root.append(canvas);
      new Chart(canvas, {
        type: 'barWithErrorBars',
        data: { labels: rows.map((r) => r.label), datasets: [{ data: rows.map((r) => ({ y: r.value, yMin: r.low, yMax: r.high })) }] },
        options: { indexAxis: 'x', animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } },
      });
      return;
    }
    case 'highcharts': {
      Highcharts.chart(root, {
        chart: { inverted: true, height: Math.max(100, n * 22), animation: false },
        title: { text: null },
        xAxis: { categories: rows.map((r) => r.label) },
        legend: { enabled: false },
        plotOptions: { series: { animation: false } },
        series: [
          { type: 'columnrange', data: rows.map((r) => [r.low, r.high]) },
          { type: 'scatter', data: rows.map((r) => r.value) },
        ],
      });
      return;
    }
  }
}

const start = performance.now();
await render();
await nextFrame();
window.__result = { ms: performance.now() - start, heap: performance.memory?.usedJSHeapSize ?? 0 };
