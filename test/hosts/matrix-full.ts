import { caseName, checkCase, loadCases } from './matrix.js';

// The whole host-page matrix (thousands of cases): `npm run test:matrix`. Not part of `npm test`.
const { cases } = await loadCases('full');

describe('every element on the pages it is pasted into (full matrix)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  for (const c of cases) {
    it(caseName(c), async () => {
      await checkCase(c);
    });
  }
});
