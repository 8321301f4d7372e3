// npm run bench: render cost, in one headless Chromium run (no timed assertions anywhere: this
// reports, it does not judge). Needs `npm run build` and `npm run size` (which builds the Chart.js peer).
//
// 1. Per element (100 ranges, cards, gauges, paths; 50 state maps with every state; 20 career
//    profiles), the time to fully rendered (a data request included where the element makes one) against
//    - its own static floor: the same final DOM, shadow roots included, captured once from a
//      rendered element as declarative shadow DOM (adopted styles as a <style>) and cloned N times
//      from a template, with no widget script on the page;
//    - Chart.js: 100 horizontal bar charts of the same five percentiles, animation off, per widget.
//    Each kind renders in a fresh page; rounds alternate order; medians. Also the JS heap held and
//    the DOM nodes made, per 100 widgets.
// 2. A program page: one <mrt-career-profile> among page text, CPU slowed 4× and slow 4G emulated
//    (CDP), time from navigation to the final render and CLS, against the same page as static HTML.
// 3. A cold page with one <mrt-salary-range> (no throttling, empty cache): first render and CLS,
//    with and without dist/cdn/mrt-widgets.css.
// 4. The college editor's page: one <mrt-outlook-gauge> among page text, throttled like the
//    program page, with and without dist/cdn/mrt-widgets.css, against the same page as static HTML.
// Pages 2 and 3 also as a pre-rendered snippet (`mrt-widgets render`, with the CDN file that takes it
// over): first contentful paint, and the time until the script has taken the widget over
// (interactive), against the script tier and the static floor.
// BENCH_ROUNDS (default 5) sets the rounds; BENCH_ONLY=widgets|pages runs one half.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ONLY = process.env.BENCH_ONLY;
const root = process.cwd();
for (const file of ['dist/cdn/mrt-widgets.js', '.cache/size/chartjs-bar.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build && npm run size\` first.`);
    process.exit(1);
  }
}

/** The kinds of widget, their tag and how many make a page. */
const WIDGETS = {
  range: { tag: 'mrt-salary-range', n: 100 },
  card: { tag: 'mrt-salary-card', n: 100 },
  gauge: { tag: 'mrt-outlook-gauge', n: 100 },
  path: { tag: 'mrt-career-path', n: 100 },
  map: { tag: 'mrt-state-wages', n: 50 },
  profile: { tag: 'mrt-career-profile', n: 20 },
};
const CHART_N = 100;

// Static HTML for a page's widget (the program and cold pages' "static" variant), by widget kind.
const staticWidget = {};
// The pre-rendered snippet of each page's widget (the "prerendered" variant), as `mrt-widgets render` writes it.
const prerendered = Object.fromEntries(
  ['profile', 'range'].map((kind) => [
    kind,
    execFileSync('node', ['bin/mrt-widgets.js', 'render', '--widget', WIDGETS[kind].tag.slice(4)], { encoding: 'utf8' }).replace(/^<[\w-]+/, '$& id="widget"'),
  ]),
);

/** bench/program.html with its widget: live from the CDN file (with or without its CSS), or static. */
function programPage(query) {
  const variant = query.get('variant');
  const kind = query.get('widget') ?? 'profile';
  const head =
    variant === 'static'
      ? ''
      : `${variant === 'css' ? '<link rel="stylesheet" href="/dist/cdn/mrt-widgets.css" />\n' : ''}<script type="module" src="/dist/cdn/mrt-widgets.js"></script>`;
  const widget =
    variant === 'static' ? staticWidget[kind] : variant === 'prerendered' ? prerendered[kind] : `<${WIDGETS[kind].tag} id="widget"></${WIDGETS[kind].tag}>`;
  return readFileSync('bench/program.html', 'utf8').replace('<!--HEAD-->', head).replace('<!--WIDGET-->', widget);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/bench/program.html') {
    res
      .writeHead(200, {
        'content-type': 'text/html',
        'cache-control': 'no-store',
      })
      .end(programPage(url.searchParams));
    return;
  }
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
  });
  createReadStream(path).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

/**
 * An element as HTML with its shadow roots as declarative ones (`shadowrootclonable`, so a
 * template clone keeps them) and each root's adopted stylesheets as a <style> in it. Runs in the page.
 */
function serialize(node) {
  const text = (s) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00a0/g, '&nbsp;');
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  if (node.nodeType === Node.TEXT_NODE) return node.parentNode?.localName === 'style' ? node.data : text(node.data);
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.data}-->`;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const name = node.localName;
  const attrs = [...node.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('');
  if (
    node.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
    /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/.test(name)
  ) {
    return `<${name}${attrs}>`;
  }
  let inner = '';
  const shadow = node.shadowRoot;
  if (shadow) {
    const css = shadow.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
    const focus = shadow.delegatesFocus ? ' shadowrootdelegatesfocus' : '';
    inner += `<template shadowrootmode="open" shadowrootclonable${focus}>${css ? `<style>${css}</style>` : ''}${[...shadow.childNodes].map(serialize).join('')}</template>`;
  }
  inner += [...(name === 'template' ? node.content.childNodes : node.childNodes)].map(serialize).join('');
  return `<${name}${attrs}>${inner}</${name}>`;
}

/** Main-thread CPU time of the page's renderer so far (Performance.getMetrics' ThreadTime), in ms. */
async function cpu(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

/**
 * Opens bench/bench.html with `query`; returns the page once it has rendered, with the main-thread
 * CPU time the render took. The wall time is the page's own; the CPU time does not count time the
 * renderer waited for a core, so it varies less on a shared machine.
 */
async function benchPage(query, floor) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (floor) await page.addInitScript((html) => (window.__floor = html), floor);
  await page.goto(`${base}/bench/bench.html?${query}&harness`);
  const step = async (name) => {
    await page.waitForFunction((n) => window.__step?.step === n, name, { timeout: 120000, polling: 5 });
    const at = await cpu(cdp);
    await page.evaluate(() => window.__step.go());
    return at;
  };
  const start = await step('start');
  const cpuMs = (await step('rendered')) - start;
  await page.waitForFunction(() => window.__result, null, { timeout: 120000 });
  return { page, cpuMs };
}

async function measure(kind) {
  const floor = kind.startsWith('floor-') ? floors[kind.slice(6)] : undefined;
  const n = kind === 'chartjs' ? CHART_N : WIDGETS[floor ? kind.slice(6) : kind].n;
  const { page, cpuMs } = await benchPage(`kind=${floor ? 'floor' : kind}&n=${n}`, floor);
  const value = await page.evaluate(() => window.__result);
  await page.close();
  return { ...value, cpu: cpuMs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 1) => x.toFixed(digits);

const floors = {};
if (ONLY !== 'pages') {
  // Capture each element's final DOM once, from one element rendered the way the bench renders it.
  for (const kind of Object.keys(WIDGETS)) {
    const { page } = await benchPage(`kind=${kind}&n=1`);
    floors[kind] = await page.evaluate(`(${serialize})(document.getElementById('root').firstElementChild)`);
    await page.close();
  }
  const kinds = ['chartjs', ...Object.keys(WIDGETS).flatMap((k) => [k, `floor-${k}`])];
  const samples = Object.fromEntries(kinds.map((k) => [k, []]));
  await measure('range'); // warm the browser and the file cache
  await measure('chartjs');
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of round % 2 ? [...kinds].reverse() : kinds) samples[kind].push(await measure(kind));
  }
  const stat = (kind) => {
    const n = samples[kind][0].n;
    return {
      n,
      ms: median(samples[kind].map((s) => s.ms)),
      cpu: median(samples[kind].map((s) => s.cpu)),
      heap: median(samples[kind].map((s) => (s.heap / n) * 100)),
      nodes: median(samples[kind].map((s) => (s.nodes / n) * 100)),
    };
  };
  const chart = stat('chartjs');
  const num = (x, width, digits = 1) => fmt(x, digits).padStart(width);
  console.log(`median of ${ROUNDS} rounds, headless Chromium, each kind in a fresh page, interleaved`);
  console.log("rendered: wall time to fully rendered; CPU: the renderer main thread's CPU time in it (steadier on a shared machine)");
  console.log(
    `${'element'.padEnd(22)} ${'n'.padStart(4)} ${'rendered'.padStart(9)} ${'CPU'.padStart(9)} ${'floor'.padStart(9)} ${'floor CPU'.padStart(9)} ${'heap/100'.padStart(9)} ${'floor'.padStart(8)} ${'nodes/100'.padStart(9)} ${'floor'.padStart(7)}`,
  );
  const row = (name, s, f) =>
    console.log(
      [
        name.padEnd(22),
        String(s.n).padStart(4),
        `${num(s.ms, 6)} ms`,
        `${num(s.cpu, 6)} ms`,
        f ? `${num(f.ms, 6)} ms` : ''.padStart(9),
        f ? `${num(f.cpu, 6)} ms` : ''.padStart(9),
        `${num(s.heap / 1e6, 6, 2)} MB`,
        f ? `${num(f.heap / 1e6, 5, 2)} MB` : ''.padStart(8),
        String(Math.round(s.nodes)).padStart(9),
        f ? String(Math.round(f.nodes)).padStart(7) : '',
      ].join(' '),
    );
  row('Chart.js bar chart', chart);
  for (const [kind, { tag }] of Object.entries(WIDGETS)) row(`<${tag}>`, stat(kind), stat(`floor-${kind}`));
  console.log('(floor nodes: the same DOM, plus a <style> in each shadow root, less the empty text nodes Lit leaves)');
  console.log('\nratios (floor = the same DOM cloned from a template, no script; Chart.js per widget)');
  for (const [kind, { tag }] of Object.entries(WIDGETS)) {
    const s = stat(kind);
    const f = stat(`floor-${kind}`);
    const chartPerWidget = (key) => chart[key] / chart.n / (s[key] / s.n);
    console.log(
      `ratio ${`<${tag}>`.padEnd(22)} ${num(s.ms / f.ms, 5, 2)}× its floor (CPU ${num(s.cpu / f.cpu, 4, 2)}×)   Chart.js takes ${num(chartPerWidget('ms'), 5, 2)}× as long (CPU ${num(chartPerWidget('cpu'), 5, 2)}×)`,
    );
  }
}

if (ONLY !== 'widgets') {
  // Slow 4G as DevTools defines it (150 ms RTT × 3.75, 1.6 Mb/s down × 0.9, 750 kb/s up × 0.9).
  const SLOW_4G = {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6e6 / 8) * 0.9,
    uploadThroughput: (750e3 / 8) * 0.9,
  };

  /** A cold load (new context, no cache) of the program page; time to final render and CLS. */
  async function load(query, throttled) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(`${base}/bench/program.html?${query}`, {
      waitUntil: 'commit',
    });
    await page.waitForFunction(() => window.__program, null, {
      timeout: 120000,
      polling: 200,
    });
    const value = await page.evaluate(() => window.__program);
    await context.close();
    return value;
  }

  async function capture(widget) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${base}/bench/program.html?variant=live&widget=${widget}`);
    await page.waitForFunction(() => window.__program, null, {
      timeout: 60000,
    });
    staticWidget[widget] = await page.evaluate(`(${serialize})(document.getElementById('widget'))`);
    await context.close();
  }

  await capture('profile');
  await capture('range');
  await capture('gauge');
  const scenarios = [
    ['program page, <mrt-career-profile>, script', 'variant=live&widget=profile', true],
    ['program page, <mrt-career-profile>, script + CSS', 'variant=css&widget=profile', true],
    ['program page, static HTML', 'variant=static&widget=profile', true],
    ['program page, pre-rendered + script', 'variant=prerendered&widget=profile', true],
    ['cold page, one <mrt-salary-range>, script', 'variant=live&widget=range', false],
    ['cold page, one <mrt-salary-range>, script + CSS', 'variant=css&widget=range', false],
    ['cold page, static HTML', 'variant=static&widget=range', false],
    ['cold page, pre-rendered + script', 'variant=prerendered&widget=range', false],
    ['slow page, one <mrt-outlook-gauge>, script', 'variant=live&widget=gauge', true],
    ['slow page, one <mrt-outlook-gauge>, script + CSS', 'variant=css&widget=gauge', true],
    ['slow page, static HTML', 'variant=static&widget=gauge', true],
  ];
  const results = scenarios.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...scenarios.keys()].reverse() : [...scenarios.keys()];
    for (const i of order) results[i].push(await load(scenarios[i][1], scenarios[i][2]));
  }
  const page = results.map((r) => ({
    ms: median(r.map((x) => x.ms)),
    cls: median(r.map((x) => x.cls)),
    fcp: median(r.map((x) => x.fcp)),
    interactive: median(r.map((x) => x.interactive ?? NaN)),
  }));
  console.log(`\npages: median of ${ROUNDS} cold loads; navigation to final render (data drawn, laid out), CLS to 1.5 s after`);
  console.log('program and slow pages: CPU 4× slower, slow 4G (562.5 ms RTT, 1.44 Mb/s down); cold pages: no throttling');
  console.log('FCP: first contentful paint; interactive: the script has defined the element and it shows its own complete render (not on a static page)');
  scenarios.forEach(([name], i) =>
    console.log(
      `${name.padEnd(50)} ${fmt(page[i].ms, 0).padStart(6)} ms   CLS ${page[i].cls.toFixed(3)}   FCP ${fmt(page[i].fcp, 0).padStart(6)} ms   interactive ${Number.isNaN(page[i].interactive) ? '     -' : `${fmt(page[i].interactive, 0).padStart(6)} ms`}`,
    ),
  );
  console.log(`ratio program page / static HTML: ${fmt(page[0].ms / page[2].ms, 2)}× (with CSS ${fmt(page[1].ms / page[2].ms, 2)}×; pre-rendered ${fmt(page[3].ms / page[2].ms, 2)}×)`);
  console.log(`ratio cold single range / static HTML: ${fmt(page[4].ms / page[6].ms, 2)}× (with CSS ${fmt(page[5].ms / page[6].ms, 2)}×; pre-rendered ${fmt(page[7].ms / page[6].ms, 2)}×)`);
  console.log(`ratio slow single gauge / static HTML: ${fmt(page[8].ms / page[10].ms, 2)}× (with CSS ${fmt(page[9].ms / page[10].ms, 2)}×)`);
}

await browser.close();
server.close();
