/**
 * Cases of the host-page matrix, made in Node (covertable is a Node package) and served to the
 * browser tests by the test server at /fixtures/matrix-cases?sample=pairwise|full.
 *
 * pairwise: a covering sample in which every pair of values of any two dimensions appears at
 * least once, always the same (fixed seed); triples: every three values of any three dimensions
 * (about 500 cases); full: the whole product.
 */
import covertable from 'covertable';

export const DIMENSIONS = {
  element: ['salary-card', 'salary-range', 'state-wages', 'outlook-gauge', 'career-path', 'career-profile'],
  data: ['default', 'specialists', 'top-coded', 'top-coded-p90', 'hourly-only', 'annual-only', 'declining', 'tiny', 'huge', 'long-titles'],
  width: ['280', '320', '360', '420', '600', '900', '1200'],
  font: ['default', 'sans', 'wide'],
  host: ['plain', 'root-62.5%', 'rtl', 'dark-page', 'dark-system', 'forced-colors', 'text-200%', 'styled-text', 'star-rules', 'flex-item', 'table-cell', 'grid-auto', 'fit-content', 'vertical-page'],
  // The page's language: English (on the rtl host, a Hebrew page, whose widgets speak English),
  // Spanish as the page says it (es, es-US), and Spain's Spanish, whose figures read "30 mil US$".
  locale: ['en', 'es', 'es-ES'],
};

export function matrixCases(sample) {
  if (sample === 'pairwise') return covertable.make(DIMENSIONS, { seed: 'mrt-widgets' });
  if (sample === 'triples') return covertable.make(DIMENSIONS, { seed: 'mrt-widgets', length: 3 });
  let cases = [{}];
  for (const [key, values] of Object.entries(DIMENSIONS)) cases = cases.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  return cases;
}
