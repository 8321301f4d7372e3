// npm run bench: in one headless Chromium run, renders 100 <mrt-salary-range>
// and 100 Chart.js horizontal bar charts of the same five percentiles (and 100
// of each other element, 50 state maps, 20 career profiles), each kind in a fresh
// page, several rounds in alternating order, and prints the median time to fully
// rendered (the CDN file's one data request included), the JS heap held, and the ratios.
// Needs `npm run build` and `npm run size` (which builds the Chart.js peer).
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const N = 100;
const root = process.cwd();
for (const file of ['dist/cdn/mrt-widgets.js', '.cache/size/chartjs-bar.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build && npm run size\` first.`);
    process.exit(1);
  }
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

async function measure(kind) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // 50 state maps (with every state, May 2023), 20 career profiles; 100 of everything else.
  await page.goto(`${base}/bench/bench.html?kind=${kind}&n=${kind === 'map' ? 50 : kind === 'profile' ? 20 : N}`);
  const result = await page.waitForFunction(() => window.__result, null, { timeout: 60000 });
  const value = await result.jsonValue();
  await page.close();
  return value;
}

const kinds = ['range', 'chartjs', 'card', 'gauge', 'path', 'map', 'profile'];
const samples = Object.fromEntries(kinds.map((k) => [k, []]));
await measure('range'); // warm the browser and the file cache
await measure('chartjs');
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of round % 2 ? [...kinds].reverse() : kinds) samples[kind].push(await measure(kind));
}
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stat = (kind) => ({
  ms: median(samples[kind].map((s) => s.ms)),
  heap: median(samples[kind].map((s) => s.heap)),
});
const range = stat('range');
const chart = stat('chartjs');
const card = stat('card');
const gauge = stat('gauge');
const path = stat('path');
const map = stat('map');
const profile = stat('profile');
const row = (name, s) => console.log(`${name.padEnd(44)} ${s.ms.toFixed(1).padStart(8)} ms ${(s.heap / 1e6).toFixed(2).padStart(8)} MB`);
console.log(`median of ${ROUNDS} rounds, ${N} widgets per page, headless Chromium`);
console.log(`${''.padEnd(44)} ${'rendered'.padStart(11)} ${'JS heap'.padStart(11)}`);
row(`${N} × <mrt-salary-range>`, range);
row(`${N} × Chart.js horizontal bar chart`, chart);
row(`${N} × <mrt-salary-card>`, card);
row(`${N} × <mrt-outlook-gauge>`, gauge);
row(`${N} × <mrt-career-path>`, path);
row('50 × <mrt-state-wages>, every state', map);
row('20 × <mrt-career-profile>', profile);
console.log(`\nChart.js / mrt-salary-range: ${(chart.ms / range.ms).toFixed(2)}× the time, ${(chart.heap / range.heap).toFixed(2)}× the heap`);
