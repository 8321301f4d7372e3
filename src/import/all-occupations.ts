/**
 * The all-occupations change for each Employment Projections edition the importer knows, with
 * where it comes from: the projections export has no all-occupations row, so a gauge would
 * otherwise show an occupation's growth with nothing to compare it with. Levels are BLS's
 * published totals (jobs); the percent change is computed from them, as each note says.
 * An edition not listed here gets no average, and the importer says so.
 */
import type { Projection } from '../data/types.js';

type AllOccupations = NonNullable<Projection['allOccupations']>;

/** By the edition's first year: 2016 for 2016–26. */
export const ALL_OCCUPATIONS: Readonly<Record<number, AllOccupations>> = {
  2016: {
    percentChange: 7.4,
    baseEmployment: 156_100_000,
    projectedEmployment: 167_600_000,
    source: {
      name: 'U.S. Bureau of Labor Statistics, Employment Projections 2016–26 news release',
      period: '2016–26',
      url: 'https://www.bls.gov/news.release/ecopro.nr0.htm',
      note: 'percent computed from the published totals, 156.1 million to 167.6 million jobs',
    },
  },
  2023: {
    percentChange: 4.0,
    projectedEmployment: 174_600_000,
    source: {
      name: 'U.S. Bureau of Labor Statistics, Employment Projections 2023–33 news release',
      period: '2023–33',
      url: 'https://www.bls.gov/news.release/ecopro.htm',
      note: 'percent computed from the published totals, +6.7 million to 174.6 million jobs',
    },
  },
};
