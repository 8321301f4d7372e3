import { expect } from '@open-wc/testing';
import { layoutGauge, polar } from '../../../src/components/outlook-gauge/outlook-gauge.layout.js';

describe('layoutGauge', () => {
  it('layoutGauge(13.5, [7.4]) takes its scale from the data, not 0–100', () => {
    expect(layoutGauge(13.5, [7.4]).domain).to.deep.equal([0, 20]);
  });

  it('angles are proportional to the value, from −90° at the left end to +90° at the right', () => {
    const { angle, domain } = layoutGauge(13.5, [7.4]);
    expect(angle(domain[0])).to.be.closeTo(-Math.PI / 2, 1e-12);
    expect(angle(domain[1])).to.be.closeTo(Math.PI / 2, 1e-12);
    expect(angle(13.5) - angle(0)).to.be.closeTo((13.5 / 20) * Math.PI, 1e-12);
    expect((angle(13.5) - angle(0)) / (angle(7.4) - angle(0))).to.be.closeTo(13.5 / 7.4, 1e-12);
  });

  it('the average sits on the same scale as the value', () => {
    const { angle } = layoutGauge(29, [7.4]);
    expect(angle(7.4)).to.be.lessThan(angle(29));
    expect(angle(0)).to.be.closeTo(-Math.PI / 2, 1e-12);
  });

  it('a decline draws below zero: zero moves right and the value arc goes left', () => {
    const { angle, domain, bar } = layoutGauge(-3.4, [7.4]);
    expect(domain[0]).to.be.lessThan(-3.4);
    expect(angle(-3.4)).to.be.lessThan(angle(0));
    expect(angle(0)).to.be.greaterThan(-Math.PI / 2);
    expect(bar).to.match(/^M/);
  });

  it('never an empty scale, and never below −100%', () => {
    expect(layoutGauge(0).domain[1]).to.be.greaterThan(0);
    expect(layoutGauge(-100, [7.4]).domain[0]).to.equal(-100);
  });

  it('an occupation with no change draws no value arc', () => {
    expect(layoutGauge(0, [7.4]).bar).to.not.contain('A');
  });

  it('polar puts 0 rad at 12 o’clock and π/2 at 3 o’clock', () => {
    expect(polar(0, 10)).to.deep.equal([0, -10]);
    expect(polar(Math.PI / 2, 10)).to.deep.equal([10, -0]);
  });
});
