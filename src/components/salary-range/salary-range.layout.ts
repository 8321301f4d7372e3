import { scaleLinear } from 'd3-scale';
import { DISTRIBUTION_KEYS } from '../../data/types.js';
import type { Distribution, DistributionKey } from '../../data/types.js';

/** Where each piece of the bar goes, in percent of the chart's width. */
export interface RangeLayout {
  domain: [number, number];
  /** Horizontal position of each figure, or null when the figure is missing. */
  x: Record<DistributionKey, number | null>;
  ticks: { value: number; x: number }[];
}

/**
 * The bar's own height and its vertical positions, in px. The labels are HTML rows above and below
 * it, sized by the text, so they grow with the reader's font and never meet (one label per row).
 */
export const BAR = {
  height: 28,
  middle: 14,
  box: 16,
} as const;

const round = (value: number): number => Math.round(value * 100) / 100;

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
  };
}
