/**
 * Profiles for the host-page matrix: the two built-in ones and valid data that differs from them
 * the ways real occupations do (top-coded pay, one basis only, decline, tiny and huge figures,
 * long titles). Each is a variant of the default profile, so every other section stays valid.
 */
import { TOP_CODED, variant } from '../../demo/scenarios.js';

type Profile = ReturnType<typeof variant>;
type Loose = Record<string, unknown>;

const projection = (p: Profile, change: Loose): void => {
  delete (p.projection as Loose)['wording'];
  Object.assign(p.projection, change);
};

/** A data case: either a built-in occupation id or a profile object, set as `.data`. */
export interface MatrixData {
  occupation?: string;
  data?: unknown;
}

export const MATRIX_DATA: Record<string, MatrixData> = {
  default: {},
  specialists: { occupation: 'medical-records-specialists' },
  'top-coded': { data: TOP_CODED },
  'top-coded-p90': {
    data: variant((p) => {
      (p.wages as Loose)['annual'] = { p10: 62410, p25: 98300, median: 150120, p75: 208000, p90: 208000, mean: 160110, atLeast: ['p90'] };
      (p.wages as Loose)['hourly'] = { p10: 30.01, p25: 47.26, median: 72.17, p75: 100, p90: 100, mean: 76.98, atLeast: ['p90'] };
    }),
  },
  'hourly-only': {
    data: variant((p) => {
      (p.wages as Loose)['annual'] = null;
    }),
  },
  'annual-only': {
    data: variant((p) => {
      (p.wages as Loose)['hourly'] = null;
    }),
  },
  declining: {
    data: variant((p) =>
      projection(p, { percentChange: -36.4, numericChange: -20900, baseEmployment: 57400, projectedEmployment: 36500 }),
    ),
  },
  tiny: {
    data: variant((p) => {
      (p.wages as Loose)['annual'] = { p10: 17280, p25: 18040, median: 18910, p75: 19960, p90: 21270, mean: 19200 };
      (p.wages as Loose)['hourly'] = { p10: 8.31, p25: 8.67, median: 9.09, p75: 9.6, p90: 10.23, mean: 9.23 };
      p.wages.employment = 30;
      projection(p, { percentChange: 0, numericChange: 0, baseEmployment: 100, projectedEmployment: 100 });
    }),
  },
  huge: {
    data: variant((p) => {
      p.wages.employment = 151853870;
      (p.wages as Loose)['annual'] = { p10: 29050, p25: 36200, median: 48060, p75: 77750, p90: 239200, mean: 65470, atLeast: ['p90'] };
      projection(p, { percentChange: 150.5, numericChange: 5000000, baseEmployment: 3322000, projectedEmployment: 8322000 });
    }),
  },
  'long-titles': {
    data: variant((p) => {
      p.title = 'Medical Records and Health Information Technicians, Registrars and Classification Specialists';
      for (const step of p.careerPath.steps) step.title = `${step.title}: Supervising Coordinator of Clinical Documentation`;
      for (const row of p.metros.rows) row.name = `${row.name}–Metropolitan Division and surrounding counties`;
      for (const s of p.wages.bySetting.settings) s.name = `${s.name} (state, local and private, general medical and surgical)`;
    }),
  },
};
