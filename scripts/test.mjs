// npm test: builds the package (the tests check dist/ too), runs every test in
// Chromium, and ends with the plain line "N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(
    `No Chromium at ${chrome}. Install it first:\n  sudo apt-get install -y chromium   (Debian/Ubuntu)\nor point CHROME_PATH at a Chrome or Chromium binary.`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
rmSync('.cache/test-summary.json', { force: true });
const run = spawnSync('node_modules/.bin/web-test-runner', process.argv.slice(2), { stdio: 'inherit' });
let summary = { passed: 0, failed: 1 };
try {
  summary = JSON.parse(readFileSync('.cache/test-summary.json', 'utf8'));
} catch {
  console.error('The test runner finished without a summary: counting that as a failure.');
}
const failed = summary.failed + (run.status !== 0 && summary.failed === 0 ? 1 : 0);
console.log(`${summary.passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
