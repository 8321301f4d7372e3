import { expect } from '@open-wc/testing';
import { layoutRange } from '../../../src/components/salary-range/salary-range.layout.js';
import { PERCENTILE_KEYS } from '../../../src/data/types.js';
import type { Distribution } from '../../../src/data/types.js';

const annual: Distribution = { p10: 25810, p25: 30990, median: 39180, p75: 51350, p90: 64610, mean: 42820 };
const hourly: Distribution = { p10: 12.41, p25: 14.9, median: 18.83, p75: 24.69, p90: 31.06, mean: 20.59 };

describe('layoutRange', () => {
  for (const [name, dist] of [['annual', annual], ['hourly', hourly]] as const) {
    it(`layoutRange(${name}) places p10 < p25 < median < p75 < p90 at increasing positions inside the chart`, () => {
      const { x } = layoutRange(dist)!;
      const xs = PERCENTILE_KEYS.map((k) => x[k]!);
      for (let i = 1; i < xs.length; i++) expect(xs[i], PERCENTILE_KEYS[i]).to.be.greaterThan(xs[i - 1]);
      expect(xs[0]).to.be.greaterThan(0);
      expect(xs[4]).to.be.lessThan(100);
      expect(x.mean).to.be.greaterThan(x.median!).and.lessThan(x.p75!);
    });
  }

  it('positions are linear in the value', () => {
    const { x, domain } = layoutRange(annual)!;
    const at = (v: number): number => ((v - domain[0]) / (domain[1] - domain[0])) * 100;
    for (const key of PERCENTILE_KEYS) expect(x[key]).to.be.closeTo(at(annual[key]!), 0.01);
  });

  it('has a nice domain covering every figure, and ticks inside it', () => {
    const layout = layoutRange(annual)!;
    expect(layout.domain).to.deep.equal([20000, 70000]);
    expect(layout.ticks.map((t) => t.value)).to.deep.equal([30000, 40000, 50000, 60000]);
    expect(layout.ticks.map((t) => t.x)).to.deep.equal([20, 40, 60, 80]);
  });

  it('leaves a missing figure out, never at zero', () => {
    const { x } = layoutRange({ ...annual, p25: null, p75: null })!;
    expect(x.p25).to.equal(null);
    expect(x.p75).to.equal(null);
    expect(x.median).to.be.greaterThan(x.p10!);
  });

  it('returns nothing to draw when every figure is missing', () => {
    expect(layoutRange({ p10: null, p25: null, median: null, p75: null, p90: null, mean: null })).to.equal(undefined);
  });

  it('draws a distribution where every figure is equal', () => {
    const { x } = layoutRange({ p10: 5, p25: 5, median: 5, p75: 5, p90: 5, mean: 5 })!;
    expect(x.p10).to.equal(x.p90);
    expect(x.p10).to.be.within(0, 100);
  });

});
