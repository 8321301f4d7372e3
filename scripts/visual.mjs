// npm run test:visual: the visual regression tests (test/visual/), on their own.
// npm run test:visual -- --update: rewrites test/visual/baselines/ (and browser.json) on purpose;
// look at the diffs in .cache/visual/ first, and at the new pictures before committing them.
import { spawnSync } from 'node:child_process';

const update = process.argv.includes('--update');
const run = spawnSync('node', ['--test', '--test-reporter=spec', 'test/visual/'], {
  stdio: 'inherit',
  env: { ...process.env, ...(update ? { MRT_VISUAL_UPDATE: '1' } : {}) },
});
process.exit(run.status ?? 1);
