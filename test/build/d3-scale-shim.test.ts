import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
// The CDN build swaps d3-scale for this numeric subset (docs/decisions/0002): it must agree with d3-scale.
import { scaleLinear as shimLinear } from '../../build/shims/d3-scale.js';

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
