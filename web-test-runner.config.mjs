// Tests run in Debian's Chromium, Firefox ESR and WebKitGTK (no browser download):
// see scripts/browsers.mjs. MRT_BROWSERS=chromium,firefox picks engines (default: all three).
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { browserLaunchers, missingEngines } from './scripts/browsers.mjs';
import { fixturesMiddleware, forcedColorsPlugin, jsonModulesPlugin, sameTextPlugin, pagePlugin } from './test/server/fixtures-plugin.mjs';

const missing = missingEngines();
if (missing.length) {
  console.error(`${missing.join('\n')}\nOr set MRT_BROWSERS to the engines you have (e.g. MRT_BROWSERS=chromium).`);
  process.exit(1);
}

/**
 * Counts passed and failed tests for the plain closing line CI reads ("N passed,
 * N failed"), in every engine. A test file that fails to load counts as one
 * failure in each engine it failed in.
 */
function closingLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) continue;
          if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      const unloaded = [];
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (s.errors?.length || !s.testResults)) {
          failed++;
          unloaded.push(`${s.testFile.replace(`${process.cwd()}/`, '')} in ${s.browser.name}`);
        }
      }
      // The runner reports a file that failed to load once for all engines: name each one.
      if (unloaded.length) console.log(`\nFailed to load or to finish (each counted as a failure): ${unloaded.join('; ')}`);
      // scripts/test.mjs (npm test) and .ci/run print "N passed, N failed" from this as their last line.
      mkdirSync('.cache', { recursive: true });
      writeFileSync('.cache/test-summary.json', JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: process.env.MRT_TEST_FILES ? process.env.MRT_TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a background tab gets no animation frames, and fixture() waits for one.
  concurrency: 1,
  // The three engines at once (the runner's default is two): measured faster on two cores (docs/decisions/0008-three-engines.md).
  concurrentBrowsers: 3,
  // A file's tests must finish within 3 minutes; the whole host-page matrix (npm run test:matrix) takes hours.
  testsFinishTimeout: process.env.MRT_TEST_FILES?.includes('matrix-full') ? 24 * 3600 * 1000 : 180000,
  middleware: [fixturesMiddleware],
  plugins: [jsonModulesPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsPlugin(), sameTextPlugin(), pagePlugin(), a11ySnapshotPlugin()],
  browsers: browserLaunchers(),
  testFramework: { config: { timeout: 10000, ...(process.env.MRT_GREP ? { grep: process.env.MRT_GREP } : {}) } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), closingLineReporter()],
};
