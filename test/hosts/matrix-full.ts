import { describeMatrix, loadCases } from './matrix.js';

// More of the host-page matrix than `npm test` runs: `npm run test:matrix` (every combination,
// hours) or `MRT_MATRIX=triples npm run test:matrix` (every three values of any three dimensions,
// minutes). Not part of `npm test`.
const { cases } = await loadCases('chosen');

describeMatrix(`every element on the pages it is pasted into (${cases.length} cases)`, cases);
