// Server-rendering frameworks (Next.js, Nuxt, Astro) import the package in Node, where there is no
// DOM: every public entry must import there without throwing (Lit's Node build defines nothing).
// The CDN file is the exception, documented as browser-only: it bundles Lit's browser build.
// Imports by the package's own name, through package.json `exports` (on the built dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeEntries } from './entries.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('the package’s code entries', () => {
  assert.deepEqual(codeEntries(pkg.exports), [
    'mrt-widgets',
    'mrt-widgets/salary-card.js',
    'mrt-widgets/salary-range.js',
    'mrt-widgets/state-wages.js',
    'mrt-widgets/career-path.js',
    'mrt-widgets/outlook-gauge.js',
    'mrt-widgets/career-profile.js',
    'mrt-widgets/data',
    'mrt-widgets/react',
    'mrt-widgets/import',
    'mrt-widgets/cdn/mrt-widgets.js',
  ]);
});

for (const entry of codeEntries(pkg.exports).filter((e) => e !== 'mrt-widgets/cdn/mrt-widgets.js')) {
  test(`${entry} imports in Node without a DOM`, async () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const module = await import(entry);
    assert.ok(Object.keys(module).length > 0);
  });
}

test('mrt-widgets/react exports a React component for every element', async () => {
  const react = await import('mrt-widgets/react');
  for (const name of ['SalaryCard', 'SalaryRange', 'StateWages', 'OutlookGauge', 'CareerPath', 'CareerProfile']) {
    assert.equal(react[name].displayName, name);
  }
});

test('the CDN file is browser-only: in Node it throws, as the README says', async () => {
  await assert.rejects(import('mrt-widgets/cdn/mrt-widgets.js'), /HTMLElement is not defined/);
});
