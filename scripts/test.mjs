// npm test: builds the package (the tests check dist/ too), runs the browser
// tests in Chromium, Firefox and WebKit at once (scripts/browsers.mjs starts
// Xvfb for WebKit when there is no DISPLAY) and the Node tests (the importer,
// the formatting module on the built files, the visual regression tests), and
// ends with the plain line "N passed, N failed" for all of them together, every
// engine counted.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { missingEngines } from './browsers.mjs';

const missing = missingEngines();
if (missing.length) {
  console.error(`${missing.join('\n')}\nInstall them, or point CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH at them.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
// The framework fixture apps (test/frameworks/), built on dist/ for test/frameworks/frameworks.test.ts.
execFileSync('node', ['scripts/fixtures.mjs'], { stdio: 'inherit' });
// The runners below write their counts here; the folder exists even if the browser runner dies early.
mkdirSync('.cache', { recursive: true });
rmSync('.cache/test-summary.json', { force: true });

// Browser tests: web-test-runner's reporter writes its counts to .cache/test-summary.json.
const browser = spawnSync('node_modules/.bin/web-test-runner', process.argv.slice(2), { stdio: 'inherit' });
let passed = 0;
let failed = 0;
try {
  ({ passed, failed } = JSON.parse(readFileSync('.cache/test-summary.json', 'utf8')));
} catch {
  console.error('The browser test runner finished without a summary: counting that as a failure.');
}
if (browser.status !== 0 && failed === 0) failed = 1;

// Node tests, on the built files: the importer and its command, the data module (its linear-time
// checks measure time, so they run first, alone), then the fixtures' type checks and the packed
// package (tsc, vue-tsc and npm keep both cores busy), then the visual regression tests (the demo
// in Chromium against test/visual/baselines/, alone too: about a minute).
for (const [i, dirs] of [
  ['test/import/', 'test/data/', 'test/render/'],
  ['test/frameworks/', 'test/package/'],
  ['test/visual/'],
].entries()) {
  const tapFile = `.cache/node-tests-${i}.tap`;
  rmSync(tapFile, { force: true });
  const node = spawnSync('node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...dirs], {
    stdio: 'inherit',
  });
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + (node.status !== 0 && count('fail') === 0 ? 1 : 0);
}

mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/test-summary.json', JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
