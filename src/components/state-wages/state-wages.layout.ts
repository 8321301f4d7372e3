/**
 * The equal-tile US map: 50 states and DC as same-size tiles in a familiar
 * arrangement (the layout public-radio and newspaper tile maps use), so DC and
 * NJ are as easy to see and hit as Texas. Pure data and geometry for
 * `<mrt-state-wages>`.
 */

/** The map as it looks: 11 columns, 8 rows, `..` where there is no tile. */
const GRID = `
AK .. .. .. .. .. .. .. .. .. ME
.. .. .. .. .. .. .. .. .. VT NH
WA ID MT ND MN IL WI MI NY RI MA
OR NV WY SD IA IN OH PA NJ CT ..
CA UT CO NE MO KY WV VA MD DE ..
.. AZ NM KS AR TN NC SC DC .. ..
.. .. .. OK LA MS AL GA .. .. ..
HI .. .. TX .. .. .. .. FL .. ..`;

/** Column and row of each tile, by USPS code, in reading order (left to right, top to bottom). */
export const TILES: Readonly<Record<string, readonly [number, number]>> = Object.fromEntries(
  GRID.trim()
    .split('\n')
    .flatMap((line, y) => line.split(' ').map((code, x) => [code, [x, y]] as const))
    .filter(([code]) => code !== '..'),
);


export type Direction = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

const STEP: Record<Direction, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The tile an arrow key moves to from `code`: the nearest tile ahead in that
 * direction, where being off to the side counts a little less than being
 * farther ahead (so from FL, up reaches GA, not DC), at most one row or column
 * off the line. Undefined at the edge.
 */
export function neighbour(code: string, direction: Direction): string | undefined {
  const from = TILES[code];
  if (!from) return undefined;
  const [dx, dy] = STEP[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [other, [x, y]] of Object.entries(TILES)) {
    const ahead = (x - from[0]) * dx + (y - from[1]) * dy;
    if (ahead <= 0) continue;
    const aside = Math.abs((x - from[0]) * dy) + Math.abs((y - from[1]) * dx);
    if (aside > 1) continue; // at most one row or column off the line: no jumps across the map
    const score = ahead + aside * 0.9;
    if (score < bestScore) [best, bestScore] = [other, score];
  }
  return best;
}

/** Each row's rank by one figure (1 = highest), and how many rows share each rank. */
export interface Ranking {
  rank: ReadonlyMap<string, number>;
  /** Rows at each rank: more than one is a tie. */
  count: ReadonlyMap<number, number>;
}

/**
 * Ranks rows by `value`, highest first; equal figures share a rank (1, 2, 2, 4). Rows without a
 * figure get none.
 */
export function rankBy<T extends { code: string }>(rows: readonly T[], value: (row: T) => number | null | undefined): Ranking {
  const rank = new Map<string, number>();
  const count = new Map<number, number>();
  for (const row of rows) {
    const v = value(row);
    if (v == null) continue;
    const n = 1 + rows.filter((other) => (value(other) ?? -Infinity) > v).length;
    rank.set(row.code, n);
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  return { rank, count };
}

/**
 * A bar's length on a zero-based scale, as a whole percentage of the longest (`max`): bars compare
 * by length only when they all start at zero. The steps are CSS classes (no style attributes, for a
 * strict Content-Security-Policy), so a percent is as fine as a bar gets; a positive figure gets at
 * least 1 %, so it never looks like zero.
 */
export function barPercent(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.max(1, Math.min(100, Math.round((value / max) * 100)));
}
