import { expect } from '@open-wc/testing';
import { MATRIX_DATA } from './matrix-data.js';
import { describeMatrix, loadCases } from './matrix.js';
import type { MatrixCase } from './matrix.js';

// The covering sample of the host-page matrix; the whole product: `npm run test:matrix`.
const { dimensions, cases } = await loadCases('pairwise');

describe('host-page matrix: the pairwise sample', () => {
  it('covers every pair of values of any two dimensions, and every data case exists', () => {
    const keys = Object.keys(dimensions) as (keyof MatrixCase)[];
    const missing: string[] = [];
    keys.forEach((a, i) =>
      keys.slice(i + 1).forEach((b) => {
        for (const va of dimensions[a])
          for (const vb of dimensions[b]) if (!cases.some((c) => c[a] === va && c[b] === vb)) missing.push(`${a}=${va} × ${b}=${vb}`);
      }),
    );
    expect(missing).to.deep.equal([]);
    expect(dimensions.data.filter((d) => !(d in MATRIX_DATA))).to.deep.equal([]);
  });
});

describeMatrix('every element on the pages it is pasted into (pairwise sample of hosts × data × widths × fonts × locales)', cases);
