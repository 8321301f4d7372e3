/**
 * The equal-tile US map: 50 states and DC as same-size tiles in a familiar
 * arrangement (the layout public-radio and newspaper tile maps use), so DC and
 * NJ are as easy to see and hit as Texas. Pure data and geometry for
 * `<mrt-state-wages>`.
 */

/** Column and row of each tile, by USPS code: 11 columns, 8 rows. */
export const TILES: Readonly<Record<string, readonly [number, number]>> = {
  AK: [0, 0], ME: [10, 0],
  VT: [9, 1], NH: [10, 1],
  WA: [0, 2], ID: [1, 2], MT: [2, 2], ND: [3, 2], MN: [4, 2], IL: [5, 2], WI: [6, 2], MI: [7, 2], NY: [8, 2], RI: [9, 2], MA: [10, 2],
  OR: [0, 3], NV: [1, 3], WY: [2, 3], SD: [3, 3], IA: [4, 3], IN: [5, 3], OH: [6, 3], PA: [7, 3], NJ: [8, 3], CT: [9, 3],
  CA: [0, 4], UT: [1, 4], CO: [2, 4], NE: [3, 4], MO: [4, 4], KY: [5, 4], WV: [6, 4], VA: [7, 4], MD: [8, 4], DE: [9, 4],
  AZ: [1, 5], NM: [2, 5], KS: [3, 5], AR: [4, 5], TN: [5, 5], NC: [6, 5], SC: [7, 5], DC: [8, 5],
  OK: [3, 6], LA: [4, 6], MS: [5, 6], AL: [6, 6], GA: [7, 6],
  HI: [0, 7], TX: [3, 7], FL: [8, 7],
};

/** Names of the tiles' states, for tiles the profile has no row for. */
export const TILE_NAMES: Readonly<Record<string, string>> = {
  AK: 'Alaska',
  ME: 'Maine',
  VT: 'Vermont',
  NH: 'New Hampshire',
  WA: 'Washington',
  ID: 'Idaho',
  MT: 'Montana',
  ND: 'North Dakota',
  MN: 'Minnesota',
  IL: 'Illinois',
  WI: 'Wisconsin',
  MI: 'Michigan',
  NY: 'New York',
  RI: 'Rhode Island',
  MA: 'Massachusetts',
  OR: 'Oregon',
  NV: 'Nevada',
  WY: 'Wyoming',
  SD: 'South Dakota',
  IA: 'Iowa',
  IN: 'Indiana',
  OH: 'Ohio',
  PA: 'Pennsylvania',
  NJ: 'New Jersey',
  CT: 'Connecticut',
  CA: 'California',
  UT: 'Utah',
  CO: 'Colorado',
  NE: 'Nebraska',
  MO: 'Missouri',
  KY: 'Kentucky',
  WV: 'West Virginia',
  VA: 'Virginia',
  MD: 'Maryland',
  DE: 'Delaware',
  AZ: 'Arizona',
  NM: 'New Mexico',
  KS: 'Kansas',
  AR: 'Arkansas',
  TN: 'Tennessee',
  NC: 'North Carolina',
  SC: 'South Carolina',
  DC: 'District of Columbia',
  OK: 'Oklahoma',
  LA: 'Louisiana',
  MS: 'Mississippi',
  AL: 'Alabama',
  GA: 'Georgia',
  HI: 'Hawaii',
  TX: 'Texas',
  FL: 'Florida',
};

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
