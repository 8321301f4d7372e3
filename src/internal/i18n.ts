import { firstUse } from './first-use.js';
import type { Basis, PercentileKey } from '../data/types.js';

/**
 * Interface text in one language. Figures arrive already formatted; `{x}` in
 * a pattern is replaced by `fill`.
 */
export interface Strings {
  loading: string;
  notAvailable: string;
  /** "{x} or more": a BLS top-coded figure. */
  orMore: string;
  per: Record<Basis, string>;
  basisName: Record<Basis, string>;
  basisLegend: string;
  mean: string;
  percentile: Record<PercentileKey, string>;
  /** Short names under the ends of the bar. */
  endLabel: { p10: string; p90: string };
  medianPay: string;
  meanPay: string;
  employed: string;
  /** What each employment figure counts. */
  employedNote: string;
  jobsNote: string;
  /** "Also called" before the occupation's other titles. */
  alsoCalled: string;
  /** "Figures from {x}, more than three years ago." */
  dataAge: string;
  /** The career profile's list of imported files. */
  dataFiles: string;
  /** The disclosure that says which figure comes from which source. */
  sourceDetails: string;
  wagesLabel: string;
  bySetting: string;
  noWages: string;
  /** "{x} pay figures are not available." with the basis name. */
  noBasis: string;
  /** The range sentence's three clauses and its joining word. */
  half: string;
  lowest: string;
  highest: string;
  and: string;
  showTable: string;
  /** Names the figure and its table: "{title}: annual pay, percentiles and mean". */
  tableCaption: Record<Basis, string>;
  hideTable: string;
  figureColumn: string;
  amountColumn: string;
  source: string;
  sources: string;
  /** Outlook gauge. */
  outlookLabel: string;
  allOccupations: string;
  timesAverage: string;
  pointsAbove: string;
  pointsBelow: string;
  jobs: string;
  /** "{x} openings a year, on average": BLS's average annual openings. */
  openings: string;
  /** Label of the wording's source line. */
  wording: string;
  noProjection: string;
  noChange: string;
  sameAsAverage: string;
  /** State wages. */
  statesTop: string;
  statesAll: string;
  metros: string;
  notInData: string;
  stateColumn: string;
  rank: string;
  view: Record<'map' | 'table' | 'both', string>;
  viewLegend: string;
  noStates: string;
  /** "{x}, tied": a rank shared with another state. */
  tied: string;
  /** Heading of the territories' rows, listed apart from the ranked states. */
  territories: string;
  /** "rank {x}": a top state's place, said with its figure. */
  rankIs: string;
  /** The marked map's legend: "Top {x} states by mean pay, as listed in the source"; `one` for a single state. */
  topLegend: { one: string; other: string };
  /** Career path. */
  careerPath: string;
  growth: string;
  related: string;
  qualities: string;
  workEnvironment: string;
  noPath: string;
  /** BLS's entry requirements, as step titles of a route built from them. */
  entryEducation: string;
  entryExperience: string;
  entryTraining: string;
  /** "Data problem: {x}": a problem in a profile that still shows. */
  problems: string;
  /** "(and {x} more)". */
  more: string;
  /** "The data could not be loaded: {x}". */
  loadFailed: string;
}

const en: Strings = {
  loading: 'Loading…',
  notAvailable: 'not available',
  orMore: '{x} or more',
  per: { annual: 'a year', hourly: 'an hour' },
  basisName: { annual: 'Annual', hourly: 'Hourly' },
  basisLegend: 'Show pay',
  mean: 'Mean',
  percentile: {
    p10: '10th percentile',
    p25: '25th percentile',
    median: 'Median',
    p75: '75th percentile',
    p90: '90th percentile',
  },
  endLabel: { p10: '10th', p90: '90th' },
  medianPay: 'Median pay',
  meanPay: 'Mean pay',
  employed: 'Employed',
  employedNote: 'excludes the self-employed',
  jobsNote: 'includes the self-employed',
  alsoCalled: 'Also called',
  dataAge: 'Figures from {x}, more than three years ago.',
  dataFiles: 'Data files',
  sourceDetails: 'Which figure comes from which source',
  wagesLabel: 'Wages',
  bySetting: 'Median pay by work setting',
  noWages: 'Salary data is not available for this occupation.',
  noBasis: '{x} pay figures are not available.',
  half: 'half earn more than {x}',
  lowest: 'the lowest-paid 10 percent earn less than {x}',
  highest: 'the highest-paid 10 percent more than {x}',
  and: ' and ',
  showTable: 'Show the figures',
  tableCaption: { annual: 'annual pay, percentiles and mean', hourly: 'hourly pay, percentiles and mean' },
  hideTable: 'Hide the figures',
  figureColumn: 'Measure',
  amountColumn: 'Pay',
  source: 'Source',
  sources: 'Sources',
  outlookLabel: 'Projected change in employment, {x}',
  allOccupations: 'All occupations',
  timesAverage: 'about {x} times the average for all occupations',
  pointsAbove: '{x} percentage points above the average for all occupations',
  pointsBelow: '{x} percentage points below the average for all occupations',
  jobs: '{0} jobs, from {1} in {2} to {3} in {4}',
  openings: '{x} openings a year, on average',
  wording: 'Wording',
  noProjection: 'No employment projection in this dataset.',
  noChange: 'The projected change in employment is not available.',
  sameAsAverage: 'about the same as the average for all occupations',
  statesTop: 'Highest-paying states',
  statesAll: 'Mean pay by state',
  metros: 'Top-paying metropolitan areas',
  notInData: 'not in this dataset',
  stateColumn: 'State',
  rank: 'Rank',
  view: { map: 'Map', table: 'Table', both: 'Both' },
  viewLegend: 'Show',
  tied: '{x}, tied',
  territories: 'Territories (not ranked)',
  rankIs: 'rank {x}',
  topLegend: { one: 'Top state by mean pay, as listed in the source', other: 'Top {x} states by mean pay, as listed in the source' },
  noStates: 'No state figures in this dataset.',
  careerPath: 'Career path',
  growth: 'Job growth',
  related: 'Related careers',
  qualities: 'Qualities',
  workEnvironment: 'Work environment',
  noPath: 'No career path in this dataset.',
  entryEducation: 'Typical entry-level education',
  entryExperience: 'Work experience in a related occupation',
  entryTraining: 'Typical on-the-job training',
  problems: 'Data problem: {x}',
  more: ' (and {x} more)',
  loadFailed: 'The data could not be loaded: {x}',
};


/** Interface text for a resolved locale: Spanish for `es-*`, English otherwise. */
/** The languages the widgets have interface text in. */
export const LANGUAGES = ['en', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

// English is in every bundle; Spanish loads on first use (a chunk beside the CDN file: decision 0012).
const loaded: Partial<Record<Language, Strings>> = { en };
const loadSpanish = firstUse(() => import('./strings-es.js').then((module) => (loaded.es = module.es)));

/** The language subtag of a BCP 47 tag, lower case: `es` for `es-US`. */
export const languageOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/** The language of the interface text for a locale: Spanish for `es-*`, else English. */
const interfaceLanguage = (locale: string): Language => (languageOf(locale) === 'es' ? 'es' : 'en');

/** The interface text for `locale`, or undefined while it has not loaded yet (see `loadStrings`). */
export const stringsFor = (locale: string): Strings | undefined => loaded[interfaceLanguage(locale)];

/**
 * Loads the interface text for `locale`, once per page however many elements ask. Rejects when the
 * file cannot be loaded (a self-hosted copy without its chunk files, say).
 */
export function loadStrings(locale: string): Promise<void> {
  // The next element that asks after a failed load tries again (firstUse).
  return interfaceLanguage(locale) === 'en' ? Promise.resolve() : Promise.resolve(loadSpanish()).then(() => undefined);
}

/** Puts values where a pattern says `{x}` (the first) or `{0}`, `{1}`, …. */
export const fill = (pattern: string, ...values: (string | number)[]): string =>
  pattern.replace(/\{(x|\d)\}/g, (_, key: string) => String(values[key === 'x' ? 0 : Number(key)]));

/** Like `fill`, for a template: the values (data text in `<bdi>`, say) are placed as they are, between the pattern's text parts. */
export const fillTemplate = (pattern: string, ...values: unknown[]): unknown[] =>
  pattern.split(/\{(x|\d)\}/).map((part, i) => (i % 2 ? values[part === 'x' ? 0 : Number(part)] : part));

/**
 * The range sentence: "Half earn more than $39,180 a year; the lowest-paid 10
 * percent earn less than $25,810 and the highest-paid 10 percent more than
 * $64,610." Missing figures (empty strings) drop their clause.
 */
export function rangeSentence(strings: Strings, basis: Basis, median: string, p10: string, p90: string): string {
  const ends = [p10 && fill(strings.lowest, p10), p90 && fill(strings.highest, p90)].filter(Boolean).join(strings.and);
  const text = median ? `${fill(strings.half, `${median} ${strings.per[basis]}`)}${ends ? `; ${ends}` : ''}` : ends;
  return text && `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
