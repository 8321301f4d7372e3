/**
 * Types of an occupation profile: the one document every element reads.
 *
 * Every section carries its own `source`, because the figures come from
 * different releases (OES May 2017 wages, 2016–26 projections, …). A missing
 * figure is `null` and is shown as missing; nothing is ever estimated.
 */

/** Where a section's figures come from, and the period they describe. */
export interface Source {
  /** Publisher and series, e.g. "U.S. Bureau of Labor Statistics, Occupational Employment Statistics (OES)". */
  name: string;
  /** Reference period as published, e.g. "May 2017" or "2016–26". */
  period: string;
  /** Link to the publication or download file. */
  url?: string;
  /** A caveat shown with the source, e.g. "quoted by the source document". */
  note?: string;
  /** Where the importer read the section from (absent in hand-made profiles). */
  provenance?: Provenance;
}

/**
 * The input file a section was imported from, written by `mrt-widgets import`: enough to find
 * the very file again and to tell which release it held.
 */
export interface Provenance {
  /** File name as given, without its folder, e.g. "national_M2023_dl.xlsx". */
  file: string;
  /** Size in bytes. */
  bytes: number;
  /** SHA-256 of the file's bytes, 64 lower-case hex digits. */
  sha256: string;
  /** The BLS release or projection edition the file holds, e.g. "OEWS May 2023", "Employment Projections 2023–33". */
  edition: string;
  /** The SOC edition of its codes, e.g. "2018 SOC". */
  socEdition: string;
  /** When the profile was made: an ISO 8601 UTC date-time. */
  importedAt: string;
  /** The importer that made it, e.g. "mrt-widgets 0.1.0". */
  importer: string;
}

export const PERCENTILE_KEYS = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
export type PercentileKey = (typeof PERCENTILE_KEYS)[number];

export const DISTRIBUTION_KEYS = [...PERCENTILE_KEYS, 'mean'] as const;
export type DistributionKey = (typeof DISTRIBUTION_KEYS)[number];

/**
 * Wage percentiles and mean on one basis (annual or hourly), in US dollars.
 * `null` means the release does not publish the figure.
 */
export type Distribution = Record<DistributionKey, number | null> & {
  /**
   * Figures that are BLS top-codes (`#` in the files): the true value is at
   * least this much, and is shown as "$239,200 or more".
   */
  atLeast?: DistributionKey[];
};

export const BASES = ['annual', 'hourly'] as const;
export type Basis = (typeof BASES)[number];

/** Median pay in one kind of workplace, e.g. hospitals. */
export interface WorkSetting {
  name: string;
  /** Median annual pay in dollars. */
  medianAnnual: number;
}

export interface WorkSettingPay {
  source: Source;
  settings: WorkSetting[];
}

/** A national wage release for the occupation. */
export interface Wages {
  source: Source;
  /** Number employed nationally, or null when not published. */
  employment: number | null;
  annual: Distribution | null;
  hourly: Distribution | null;
  /** The same release's figures for all occupations, for comparison. */
  allOccupations?: { annualMean: number | null; annualMedian: number | null };
  /** Pay by work setting; often from a different source than the release. */
  bySetting?: WorkSettingPay;
}

/** One state's (or territory's) mean pay. */
export interface StateRow {
  /** USPS code: two capital letters (`NJ`, `DC`, `PR`). */
  code: string;
  name: string;
  hourlyMean: number | null;
  annualMean: number | null;
  employment: number | null;
  /** Means that are BLS top-codes (`#`): at least this much, shown as "$239,200 or more". */
  atLeast?: ('hourlyMean' | 'annualMean')[];
}

export interface StateWages {
  source: Source;
  /** `top` when only the highest-paying states are listed; `all` when every state is. */
  coverage: 'top' | 'all';
  rows: StateRow[];
}

export interface MetroRow {
  name: string;
  hourlyMean: number | null;
  annualMean: number | null;
}

export interface MetroWages {
  source: Source;
  rows: MetroRow[];
}

/** Projected employment over a decade, with the published wording. */
export interface Projection {
  source: Source;
  /** First and last year, e.g. [2016, 2026]. */
  years: [number, number];
  baseEmployment: number | null;
  projectedEmployment: number | null;
  numericChange: number | null;
  /** Percent change as published, e.g. 13.5 for 13.5%. */
  percentChange: number | null;
  /** A published phrase for the growth rate, in its source's words; absent when none is published. */
  wording?: string;
  /** Where `wording` comes from (a BLS page, the source document), when not from `source`. */
  wordingSource?: Source;
  /** Average annual openings. */
  openingsPerYear?: number | null;
  allOccupations?: {
    percentChange: number | null;
    baseEmployment?: number | null;
    projectedEmployment?: number | null;
    source?: Source;
  };
}

export interface Education {
  source: Source;
  /** BLS typical entry-level education, e.g. "Postsecondary nondegree award". */
  typicalEntry?: string;
  /** BLS work experience in a related occupation, e.g. "None", "Less than 5 years". */
  workExperience?: string;
  /** BLS typical on-the-job training, e.g. "Moderate-term on-the-job training", "None". */
  onTheJobTraining?: string;
  /** Ways into the job, in the source document's words. */
  routes: string[];
  coursework: string[];
}

/** One step of the career path (training, this job, next steps). */
export interface CareerStep {
  id: string;
  title: string;
  kind: 'training' | 'occupation';
  soc?: string;
  education?: string;
  description?: string;
  medianAnnual?: number | null;
  /** Percent change over the profile's projection decade. */
  growthPercent?: number | null;
  /** Ids of the steps this one leads to. */
  next?: string[];
  source?: Source;
}

export interface CareerPath {
  source: Source;
  steps: CareerStep[];
}

export interface RelatedCareer {
  title: string;
  soc?: string;
  description?: string;
  education?: string;
  medianAnnual: number | null;
  growthPercent: number | null;
}

export interface RelatedCareers {
  source: Source;
  careers: RelatedCareer[];
}

export interface TextList {
  source: Source;
  items: string[];
}

/** Everything the widgets know about one occupation. */
export interface OccupationProfile {
  id: string;
  /** Standard Occupational Classification code, e.g. "29-2071". */
  soc: string;
  title: string;
  /**
   * Language of the profile's own text (titles, names, wording, sources), as a BCP 47 tag;
   * `en` when absent (BLS publishes in English). Marked on that text, so a Spanish page reads it
   * with an English voice.
   */
  lang: string;
  /** Other titles of the occupation, e.g. BLS's sample job titles ("Health Information Coder"). */
  aliases?: string[];
  /** Where `aliases` come from (the projections export, for imported profiles). */
  aliasesSource?: Source;
  wages?: Wages;
  states?: StateWages;
  metros?: MetroWages;
  projection?: Projection;
  education?: Education;
  careerPath?: CareerPath;
  related?: RelatedCareers;
  qualities?: TextList;
  workEnvironment?: TextList;
}

/** One thing wrong with a profile: where, and what, in a sentence. */
export interface DataProblem {
  /** Dotted path to the value, e.g. `wages.annual.p90`; empty for the document itself. */
  path: string;
  message: string;
}

export interface ParseResult {
  /** The usable part of the profile; absent when nothing usable remains. */
  profile?: OccupationProfile;
  /** Every problem found; values with problems are left out of `profile`. */
  problems: DataProblem[];
}
