import { expect } from '@open-wc/testing';
import { scaleLinear, scaleQuantize } from 'd3-scale';
// The CDN build swaps d3-scale for this numeric subset (docs/decisions/0002): it must agree with d3-scale.
import { scaleLinear as shimLinear, scaleQuantize as shimQuantize } from '../../build/shims/d3-scale.js';

const domains: [number, number][] = [
  [0, 1],
  [20460, 68880],
  [11.29, 32.18],
  [0, 239200],
  [-3.4, 29],
  [5, 5],
  [1e-3, 2.5e-3],
  [100, 0],
  [-120, -7],
];

describe('CDN d3-scale subset', () => {
  for (const domain of domains) {
    for (const count of [2, 4, 10]) {
      it(`agrees with d3-scale on nice, ticks and mapping for [${domain}] with ${count} ticks`, () => {
        const real = scaleLinear().domain(domain).range([0, 100]).nice(count);
        const shim = shimLinear().domain(domain).range([0, 100]).nice(count);
        expect(shim.domain()).to.deep.equal(real.domain());
        expect(shim.ticks(count)).to.deep.equal(real.ticks(count));
        for (const v of [domain[0], domain[1], (domain[0] + domain[1]) / 2, 0, 12.41, 64610]) {
          expect(shim(v)).to.be.closeTo(real(v), 1e-9);
        }
      });
    }
  }
});

describe('CDN d3-scale subset: scaleQuantize', () => {
  for (const domain of [[42440, 70900], [23.75, 27.92], [0, 1], [5, 5]] as [number, number][]) {
    it(`agrees with d3-scale on thresholds and bins for [${domain}]`, () => {
      const range = [0, 1, 2, 3, 4];
      const real = scaleQuantize<number>().domain(domain).range(range);
      const shim = shimQuantize().domain(domain).range(range);
      expect(shim.thresholds()).to.deep.equal(real.thresholds());
      for (let i = 0; i <= 20; i++) {
        const v = domain[0] + ((domain[1] - domain[0]) * i) / 20;
        expect(shim(v), String(v)).to.equal(real(v));
      }
      expect(shim(domain[0] - 1)).to.equal(real(domain[0] - 1));
      expect(shim(domain[1] + 1)).to.equal(real(domain[1] + 1));
    });
  }
});
