// CDN build only: the part of d3-shape's `arc` the gauge uses (annular sectors
// with constant radii and angles; no padding, no corner radius, no full circle),
// writing the same path text as d3-shape 3.2 (3 decimals, d3-path's commands).
// test/build/d3-shape-shim.test.ts checks it against d3-shape itself.
// See docs/decisions/0002-cdn-bundle-numeric-d3.md.
const round = (x) => Math.round(x * 1000) / 1000;

export function arc() {
  let r0 = 0;
  let r1 = 0;
  let start = 0;
  let end = 0;
  const point = (r, t) => `${round(r * Math.cos(t))},${round(r * Math.sin(t))}`;
  const shape = () => {
    const a0 = start - Math.PI / 2;
    const a1 = end - Math.PI / 2;
    const da = Math.abs(a1 - a0);
    const cw = a1 > a0 ? 1 : 0;
    const large = da >= Math.PI ? 1 : 0;
    return da > 1e-12
      ? `M${point(r1, a0)}A${round(r1)},${round(r1)},0,${large},${cw},${point(r1, a1)}` +
          `L${point(r0, a1)}A${round(r0)},${round(r0)},0,${large},${1 - cw},${point(r0, a0)}Z`
      : `M${point(r1, a0)}L${point(r0, a1)}Z`;
  };
  shape.innerRadius = (v) => ((r0 = +v), shape);
  shape.outerRadius = (v) => ((r1 = +v), shape);
  shape.startAngle = (v) => ((start = +v), shape);
  shape.endAngle = (v) => ((end = +v), shape);
  return shape;
}
