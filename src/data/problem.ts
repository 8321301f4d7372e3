import type { DataProblem } from './types.js';

/** One problem as a line: `wages.annual.p90: must be …`. */
export const formatProblem = (problem: DataProblem): string =>
  problem.path ? `${problem.path}: ${problem.message}` : problem.message;
