import { expect } from '@open-wc/testing';
import { arc } from 'd3-shape';
// The CDN build swaps d3-shape for this subset (docs/decisions/0002): it must write the same paths.
import { arc as shimArc } from '../../build/shims/d3-shape.js';

const angles = [-Math.PI / 2, -1.2, -0.3, 0, 0.0001, 0.7, Math.PI / 4, 1.5, Math.PI / 2];

describe('CDN d3-shape arc subset', () => {
  for (const start of angles) {
    for (const end of angles) {
      it(`writes the same path as d3-shape from ${start.toFixed(4)} to ${end.toFixed(4)}`, () => {
        const real = arc().innerRadius(70).outerRadius(90).startAngle(start).endAngle(end);
        const shim = shimArc().innerRadius(70).outerRadius(90).startAngle(start).endAngle(end);
        expect((shim as unknown as () => string)()).to.equal((real as unknown as () => string)());
      });
    }
  }
});
