// npm run size: min+gzip bytes of the CDN bundle and of each element entry
// (bundled alone, self-contained, built the way the CDN file is), beside one
// minimal Chart.js bar chart built the same way. Fails above the budget.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Budget for dist/cdn/mrt-widgets.js, bytes min+gzip: 18 kB with the salary card and range, plus
 * at most 5 kB for the outlook gauge and the career path together, plus 4 kB for the state map.
 */
const BUDGET = 18_000 + 5_000 + 4_000;

// The budget is in `gzip -9` bytes (no file name in the header: -n). Node's zlib,
// used where gzip is missing, compresses slightly worse (about 0.1 kB here).
const hasGzip = (() => {
  try {
    execFileSync('gzip', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const gz = (file) =>
  hasGzip ? execFileSync('gzip', ['-9', '-n', '-c', file]).length : gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(9);

if (!existsSync('dist/cdn/mrt-widgets.js')) {
  console.error('dist/cdn/mrt-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

async function bundle(entry, name) {
  const outDir = '.cache/size';
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: 'vite.config.ts',
    mode: 'cdn',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: false, lib: { entry, formats: ['es'], fileName: () => `${name}.js` } },
  });
  return gz(`${outDir}/${name}.js`);
}

const cdn = gz('dist/cdn/mrt-widgets.js');
const rows = [
  ['dist/cdn/mrt-widgets.js (every element)', cdn],
  ['mrt-widgets/salary-card.js, bundled alone', await bundle('src/salary-card.ts', 'salary-card')],
  ['mrt-widgets/salary-range.js, bundled alone', await bundle('src/salary-range.ts', 'salary-range')],
  ['mrt-widgets/outlook-gauge.js, bundled alone', await bundle('src/outlook-gauge.ts', 'outlook-gauge')],
  ['mrt-widgets/career-path.js, bundled alone', await bundle('src/career-path.ts', 'career-path')],
  ['mrt-widgets/state-wages.js, bundled alone', await bundle('src/state-wages.ts', 'state-wages')],
  ['mrt-widgets/data, bundled alone', await bundle('src/data.ts', 'data')],
];
const chart = await bundle('bench/chartjs-entry.js', 'chartjs-bar');

console.log(`min+gzip (${hasGzip ? 'gzip -9 -n' : 'node zlib, level 9'})`);
for (const [name, bytes] of rows) console.log(`${kb(bytes)}  ${name}`);
console.log(`${kb(chart)}  Chart.js 4, one minimal horizontal bar chart (peer)`);
console.log(`\nChart.js bar chart / mrt-widgets CDN bundle: ${(chart / cdn).toFixed(2)}×`);
console.log(`budget for the CDN bundle: ${kb(BUDGET).trim()}; used ${((cdn / BUDGET) * 100).toFixed(1)}%`);
if (cdn > BUDGET) {
  console.error(`FAIL: dist/cdn/mrt-widgets.js is ${cdn} bytes min+gzip, over the ${BUDGET}-byte budget.`);
  process.exit(1);
}
