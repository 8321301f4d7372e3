import { scaleLinear } from 'd3-scale';
import { DISTRIBUTION_KEYS } from '../../data/types.js';
import type { Distribution, DistributionKey } from '../../data/types.js';

export type Anchor = 'start' | 'middle' | 'end';

/** Where each piece of the bar goes, in percent of the chart's width. */
export interface RangeLayout {
  domain: [number, number];
  /** Horizontal position of each figure, or null when the figure is missing. */
  x: Record<DistributionKey, number | null>;
  ticks: { value: number; x: number }[];
  medianAnchor: Anchor;
  meanAnchor: Anchor;
}

/** Vertical positions in px: fixed, so the chart reserves its height before data arrive. */
export const ROWS = {
  height: 128,
  medianName: 12,
  medianValue: 30,
  bar: 50,
  box: 16,
  ends: 80,
  mean: 100,
  ticks: 122,
} as const;

const round = (value: number): number => Math.round(value * 100) / 100;

/** Labels near an edge grow inward so they are never cut off. */
export const anchorFor = (x: number): Anchor => (x < 20 ? 'start' : x > 80 ? 'end' : 'middle');

/**
 * Lays out a wage distribution on a linear scale (d3-scale) whose domain
 * covers every published figure with a little room at both ends.
 * Returns undefined when there is nothing to draw.
 */
export function layoutRange(dist: Distribution, tickCount = 4): RangeLayout | undefined {
  const values = DISTRIBUTION_KEYS.map((key) => dist[key]).filter((v): v is number => v !== null);
  if (!values.length) return undefined;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || hi || 1) * 0.08;
  const scale = scaleLinear()
    .domain([Math.max(0, lo - pad), hi + pad])
    .range([0, 100])
    .nice(tickCount);
  const x = {} as Record<DistributionKey, number | null>;
  for (const key of DISTRIBUTION_KEYS) {
    const value = dist[key];
    x[key] = value === null ? null : round(scale(value));
  }
  const [d0, d1] = scale.domain() as [number, number];
  return {
    domain: [d0, d1],
    x,
    ticks: scale
      .ticks(tickCount)
      .filter((value) => value > d0 && value < d1)
      .map((value) => ({ value, x: round(scale(value)) })),
    medianAnchor: anchorFor(x.median ?? 50),
    meanAnchor: anchorFor(x.mean ?? 50),
  };
}
