import type { DataProblem } from './types.js';

/** One problem as a line: `wages.annual.p90: must be …`. */
export const formatProblem = (problem: DataProblem): string =>
  problem.path ? `${problem.path}: ${problem.message}` : problem.message;

/**
 * Data text quoted in a message, at most `max` characters (code points: a cut never splits a
 * surrogate pair, so an emoji or a CJK extension character is kept whole or left out), with "…"
 * when cut.
 */
export function clip(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
