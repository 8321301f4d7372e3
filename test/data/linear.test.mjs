// Linear time, checked in Node on the built files: every check the data checker and the importer
// run on input takes about four times as long on an input four times as large. Timings compare
// sizes (best of several runs), with a generous bound: linear gives about 4, quadratic about 16.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseProfile } from '../../dist/data.js';
import { beforeSampleTitles, parseDelimited, readText, readValue } from '../../dist/import/table.js';
import { chain, hugeProfile, markupBomb } from '../../scripts/hostile/profiles.mjs';

const base = JSON.parse(readFileSync('data/medical-records-technician.json', 'utf8'));
const RUNS = 5;
const BOUND = 8;

/** Best time of RUNS runs of `run(input)`, in ms; a fast run is repeated until it takes 20 ms, so timer noise does not count. */
function time(run, input) {
  let repeat = 1;
  for (let start = performance.now(); performance.now() - start < 20; repeat *= 2) for (let k = 0; k < repeat; k++) run(input);
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    for (let k = 0; k < repeat; k++) run(input);
    best = Math.min(best, (performance.now() - start) / repeat);
  }
  return best;
}

/** Asserts `run` grows linearly: time on make(4n) / time on make(n) below BOUND. */
function assertLinear(name, run, make, n) {
  const small = time(run, make(n));
  const large = time(run, make(4 * n));
  console.log(`# ${name}: ${small.toFixed(1)} ms at n, ${large.toFixed(1)} ms at 4n (ratio ${(large / small).toFixed(1)})`);
  assert.ok(large / small < BOUND, `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`);
}

describe('the data checker runs in linear time', () => {
  it('parseProfile on a hostile profile of 250 kB and 1 MB (every text a markup bomb)', () => {
    assertLinear('parseProfile(huge profile)', (json) => parseProfile(JSON.parse(json)), (n) => JSON.stringify(hugeProfile(base, n)), 250_000);
  });

  it('parseProfile reads a 1 MB hostile profile within a second', () => {
    const json = JSON.stringify(hugeProfile(base, 1_000_000));
    const ms = time((text) => parseProfile(JSON.parse(text)), json);
    console.log(`# 1 MB hostile profile (${json.length} bytes): parsed and checked in ${ms.toFixed(1)} ms`);
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('parseProfile on long career paths, state lists and unknown keys', () => {
    const steps = (n) => ({ ...base, careerPath: { ...base.careerPath, steps: chain(n) } });
    assertLinear('parseProfile(chained steps)', parseProfile, steps, 2_500);
    const keys = (n) => ({ ...base, wages: { ...base.wages, annual: { ...base.wages.annual, ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])) } } });
    assertLinear('parseProfile(unknown keys)', parseProfile, keys, 20_000);
    const rows = (n) => ({ ...base, states: { ...base.states, rows: new Array(n).fill(base.states.rows[0]) } });
    assertLinear('parseProfile(state rows)', parseProfile, rows, 50_000);
  });
});

describe('the importer reads cells in linear time', () => {
  it('readText, readValue and beforeSampleTitles on long cells', () => {
    assertLinear('beforeSampleTitles(spaces)', beforeSampleTitles, (n) => `Title${' '.repeat(n)}x`, 50_000);
    assertLinear('beforeSampleTitles(stars)', beforeSampleTitles, (n) => `Title${' *'.repeat(n)}`, 50_000);
    assertLinear('readText(="…)', readText, (n) => `="${'"'.repeat(n)}x`, 50_000);
    assertLinear('readValue(digits)', readValue, (n) => '1'.repeat(n), 50_000);
  });

  it('parseDelimited on a large CSV of markup', () => {
    assertLinear('parseDelimited', parseDelimited, (n) => `${markupBomb(n)},"${'"'.repeat(n)}"\n`.repeat(10), 50_000);
  });
});
