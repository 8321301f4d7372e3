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
const RUNS = 7;
const BOUND = 8;

/** How many calls of `run(input)` take about 20 ms, so that timer resolution does not count. */
function calls(run, input) {
  let repeat = 1;
  for (;;) {
    const start = performance.now();
    for (let k = 0; k < repeat; k++) run(input);
    if (performance.now() - start >= 20 || repeat >= 1 << 20) return repeat;
    repeat *= 2;
  }
}

/** One timing of `repeat` calls, in ms per call. */
function once(run, input, repeat) {
  const start = performance.now();
  for (let k = 0; k < repeat; k++) run(input);
  return (performance.now() - start) / repeat;
}

/**
 * Asserts `run` grows linearly: its time on make(4n) over its time on make(n) is below BOUND.
 * The two sizes are timed in turn, RUNS times each, and the best of each is kept, so a burst of
 * load from other processes on the machine hits both alike or neither.
 */
function assertLinear(name, run, make, n) {
  const small = make(n);
  const large = make(4 * n);
  const repeat = calls(run, small);
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < RUNS; i++) {
    a = Math.min(a, once(run, small, repeat));
    b = Math.min(b, once(run, large, repeat));
  }
  console.log(`# ${name}: ${a.toFixed(3)} ms at n, ${b.toFixed(3)} ms at 4n (ratio ${(b / a).toFixed(1)})`);
  assert.ok(b / a < BOUND, `${name}: ${a.toFixed(3)} ms → ${b.toFixed(3)} ms`);
}

/** Best time of one call of `run(input)`, in ms. */
const time = (run, input) => {
  const repeat = calls(run, input);
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) best = Math.min(best, once(run, input, repeat));
  return best;
};

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

  it('parseProfile on long career paths and state lists (refused at their bound before they are read)', () => {
    const steps = (n) => ({ ...base, careerPath: { ...base.careerPath, steps: chain(n) } });
    assertLinear('parseProfile(chained steps)', parseProfile, steps, 2_500);
    const rows = (n) => ({ ...base, states: { ...base.states, rows: new Array(n).fill(base.states.rows[0]) } });
    assertLinear('parseProfile(state rows)', parseProfile, rows, 50_000);
  });
});

describe('the data checker on an object of many keys', () => {
  // Not a ratio: V8's own listing of a large object's keys (Object.keys, for…in) grows faster than
  // linearly (measured here: 10,000 → 40,000 keys, 10 times the time), and the checker must list
  // them to report unknown figures. It does constant work per key, and a whole 1 MB document of
  // keys, parsed and checked, stays far within a second.
  it('parseProfile on a 1 MB distribution of unknown figures: parsed and checked within a second', () => {
    const keys = Object.fromEntries(Array.from({ length: 90_000 }, (_, i) => [`k${i}`, i]));
    const json = JSON.stringify({ ...base, wages: { ...base.wages, annual: { ...base.wages.annual, ...keys } } });
    const ms = time((text) => parseProfile(JSON.parse(text)), json);
    console.log(`# ${json.length} bytes, 90,000 unknown figures: parsed and checked in ${ms.toFixed(1)} ms`);
    assert.ok(ms < 1000, `${ms} ms`);
    const { problems } = parseProfile(JSON.parse(json));
    assert.equal(problems.length, 11);
    assert.equal(problems[10].message, 'has 89990 more figures this version does not know; ignored');
  });
});

describe('the importer reads cells in linear time', () => {
  it('readText, readValue and beforeSampleTitles on long cells', () => {
    assertLinear('beforeSampleTitles(spaces)', beforeSampleTitles, (n) => `Title${' '.repeat(n)}*`, 250_000);
    assertLinear('beforeSampleTitles(stars)', beforeSampleTitles, (n) => `Title${' *'.repeat(n)}`, 250_000);
    assertLinear('readText(="…)', readText, (n) => `="${'"'.repeat(n)}x`, 250_000);
    assertLinear('readValue(digits)', readValue, (n) => '1'.repeat(n), 250_000);
  });

  it('parseDelimited on a large CSV of markup', () => {
    assertLinear('parseDelimited', parseDelimited, (n) => `${markupBomb(n)},"${'"'.repeat(n)}"\n`.repeat(10), 50_000);
  });
});
