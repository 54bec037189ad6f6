// A news article served by plain Node, with its chart rendered on the server: the finished chart is in
// the first HTML (declarative shadow DOM), readable without JavaScript; the one script at the end of
// the page takes it over. Run it with `node examples/ssr-node/server.mjs` after `npm run build`, then
// open http://localhost:8080/.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { renderChart } from 'estimate-range/ssr';

const require = createRequire(import.meta.url);
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
/** The one-file build for server-rendered pages, and the fonts the server measured text in. */
const FILES = {
  '/estimate-range.hydrate.min.js': [
    require.resolve('estimate-range/estimate-range.hydrate.min.js'),
    'text/javascript',
  ],
  '/fonts/SourceSans3-Regular.ttf': [require.resolve('estimate-range/fonts/SourceSans3-Regular.ttf'), 'font/ttf'],
  '/fonts/SourceSans3-Bold.ttf': [require.resolve('estimate-range/fonts/SourceSans3-Bold.ttf'), 'font/ttf'],
  '/article.css': [here('./article.css'), 'text/css'],
};
/** The article column's width: the chart is laid out for it. */
const COLUMN = 640;

async function articlePage() {
  const chart = await renderChart({
    element: 'estimate-range',
    data: await readFile(here('../static/seed-figures.csv'), 'utf8'),
    width: COLUMN,
    attributes: { agreement: true },
    title: 'Four weeks into the war, the estimates disagree',
    description: 'Estimates of Russian losses and of Ukrainians displaced, as reported on 24 March 2022',
    notes: 'None of the casualty figures was independently verified.',
    source: 'Sources: Ukrainian authorities, NATO, UK Ministry of Defence, UN',
  });
  // Relative URLs, so that the page also works served under a path (the tests serve it so).
  // A figure the chart could not read is the newsroom's to fix: say so where they will see it.
  for (const p of chart.problems) console.warn(`estimate-range: ${p.message}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Four weeks into the war, the estimates disagree</title>
<link rel="stylesheet" href="article.css">
</head>
<body>
<main>
<h1>Four weeks into the war, the estimates disagree</h1>
<p>Ukrainian authorities put the number of Russian troops killed at 10,000 to 15,000; a NATO official, at
7,000 to 15,000.</p>
${chart.html}
<p>The figures could not be independently verified.</p>
</main>
<script type="module" src="estimate-range.hydrate.min.js"></script>
</body>
</html>`;
}

/** Every request: the article, the script, the fonts and the article's style sheet. */
export async function handleRequest(req, res) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  try {
    if (path === '/' || path === '/index.html') {
      const body = await articlePage();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(body);
    }
    const file = FILES[path];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Not found');
    }
    res.writeHead(200, { 'content-type': file[1], 'cache-control': 'max-age=3600' });
    res.end(await readFile(file[0]));
  } catch (error) {
    console.error(error);
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('The page could not be made');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const server = createServer(handleRequest).listen(port, () =>
    console.log(`http://localhost:${server.address().port}/`),
  );
}
