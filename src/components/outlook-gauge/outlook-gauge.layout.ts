import { arc } from 'd3-shape';
import { scaleLinear } from 'd3-scale';

/** Radii of the half ring, in viewBox units (the viewBox is centred on the ring). */
export const RING = { inner: 70, outer: 90 } as const;

export interface GaugeLayout {
  /** The scale's ends, in percent change: from the data, not a fixed 0–100. */
  domain: [number, number];
  /** Angle of a value, in radians from 12 o'clock (−π/2 at the left end, π/2 at the right). */
  angle: (value: number) => number;
  /** The whole half ring. */
  track: string;
  /** The value's arc, from zero to the value (leftward for a decline). */
  bar: string;
}

// Radii and angles are set as constants, so the generator needs no datum.
const ring = (from: number, to: number): string =>
  (arc().innerRadius(RING.inner).outerRadius(RING.outer).startAngle(from).endAngle(to) as unknown as () => string)();

/**
 * Lays the values (the occupation's change, the all-occupations average, a
 * comparison) on one scale that includes zero, with room beyond the largest,
 * so 13% is not a sliver of 0–100 and a decline draws below zero.
 */
export function layoutGauge(value: number, others: number[] = []): GaugeLayout {
  const all = [0, value, ...others];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo || 1) * 0.2;
  // Never below −100% (no occupation loses more than all its jobs); never an empty scale.
  const scale = scaleLinear()
    .domain([lo < 0 ? Math.max(-100, lo - pad) : 0, hi > 0 || lo === 0 ? hi + pad : 0])
    .range([-Math.PI / 2, Math.PI / 2])
    .nice(4);
  const angle = (v: number): number => scale(v);
  return {
    domain: scale.domain() as [number, number],
    angle,
    track: ring(-Math.PI / 2, Math.PI / 2),
    bar: ring(angle(0), angle(value)),
  };
}

/** A point at `radius` on the ring's angle `a` (SVG y grows downwards). */
export const polar = (a: number, radius: number): [number, number] => [
  Math.round(radius * Math.sin(a) * 100) / 100,
  Math.round(-radius * Math.cos(a) * 100) / 100,
];
