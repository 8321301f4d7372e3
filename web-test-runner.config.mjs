// Tests run in Debian's Chromium (no browser download): CHROME_PATH or /usr/bin/chromium.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';
import { fixturesMiddleware, forcedColorsPlugin, jsonModulesPlugin, pagePlugin } from './test/server/fixtures-plugin.mjs';

const executablePath = CHROME_PATH;
if (!existsSync(executablePath)) {
  console.error(
    `Chromium not found at ${executablePath}.\n` +
      'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

/**
 * Counts passed and failed tests for the plain closing line CI reads ("N passed,
 * N failed"). A test file that fails to load counts as one failure.
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
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (s.errors?.length || !s.testResults)) failed++;
      }
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
  // A file's tests must finish within 3 minutes; the whole host-page matrix (npm run test:matrix) takes hours.
  testsFinishTimeout: process.env.MRT_TEST_FILES?.includes('matrix-full') ? 24 * 3600 * 1000 : 180000,
  middleware: [fixturesMiddleware],
  plugins: [jsonModulesPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsPlugin(), pagePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...CHROME_ARGS,
          '--headless=new',
          // Pages in the background keep their timers and frames (fixture() waits for one).
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000, ...(process.env.MRT_GREP ? { grep: process.env.MRT_GREP } : {}) } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), closingLineReporter()],
};
