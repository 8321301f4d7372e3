// CDN build only: the part of d3-scale's scaleLinear that mrt-widgets uses
// (two-number domain and range, nice, ticks, mapping), built on d3-array's own
// tick functions. The full scaleLinear carries interpolation for colours and
// dates, clamping, inversion and d3-format tick labels, none of which a
// number-to-percent bar needs. test/build/d3-scale-shim.test.ts checks it
// against d3-scale itself. See docs/decisions/0002-cdn-bundle-numeric-d3.md.
// `nice` follows d3-scale's linear.js (ISC licence, Mike Bostock).
import { tickIncrement, ticks } from 'd3-array';

export function scaleLinear() {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  const scale = (x) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((x - d0) / (d1 - d0)) * (r1 - r0));
  scale.domain = (d) => (d ? ((d0 = +d[0]), (d1 = +d[d.length - 1]), scale) : [d0, d1]);
  scale.range = (r) => (r ? ((r0 = +r[0]), (r1 = +r[r.length - 1]), scale) : [r0, r1]);
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.nice = (count = 10) => {
    let start = Math.min(d0, d1);
    let stop = Math.max(d0, d1);
    let prestep;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === prestep) {
        // Converged: like d3, the domain changes only here.
        if (d1 < d0) [d0, d1] = [stop, start];
        else [d0, d1] = [start, stop];
        break;
      }
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      prestep = step;
    }
    return scale;
  };
  return scale;
}

/** `scaleQuantize`: a two-number domain cut into equal steps, one per range value. */
export function scaleQuantize() {
  let x0 = 0;
  let x1 = 1;
  let range = [0, 1];
  let thresholds = [0.5];
  const rescale = () => {
    const n = range.length - 1;
    thresholds = Array.from({ length: n }, (_, i) => ((i + 1) * x1 - (i - n) * x0) / (n + 1));
    return scale;
  };
  // d3's bisect(thresholds, x): the thresholds rise, so its index is how many are at most x
  // (here without d3-array's general bisector and comparators).
  const scale = (x) => (x != null && x <= x ? range[thresholds.filter((t) => t <= x).length] : undefined);
  scale.domain = (d) => (d ? ((x0 = +d[0]), (x1 = +d[1]), rescale()) : [x0, x1]);
  scale.range = (r) => (r ? ((range = Array.from(r)), rescale()) : range.slice());
  scale.thresholds = () => thresholds.slice();
  return scale;
}
