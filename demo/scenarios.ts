/**
 * Named scenarios: the demo page shows each one, and the tests render each
 * one and check it. Add a case here and both pick it up.
 */
import defaultProfile from '../data/medical-records-technician.json';

export type ScenarioTag =
  | 'mrt-salary-card'
  | 'mrt-salary-range'
  | 'mrt-outlook-gauge'
  | 'mrt-career-path'
  | 'mrt-state-wages'
  | 'mrt-career-profile';

export interface Scenario {
  id: string;
  title: string;
  tag: ScenarioTag;
  attributes?: Record<string, string>;
  /** Set as the `.data` property. */
  data?: unknown;
  /** Pasted as a child `<script type="application/json">`. */
  inline?: string;
  /** Width of the element's container, in px. */
  width?: number;
  /** A `lang` on the container. */
  lang?: string;
  /** A `dir` on the container, as a right-to-left page has. */
  dir?: 'rtl' | 'ltr';
  /** For bad input: text the `mrt-data-error` message must contain. */
  expectError?: string;
  /** Text the element must show (default: the default profile's median pay). */
  expectText?: string;
}

type Profile = typeof defaultProfile;

/** A deep copy of the default profile with one change. */
export function variant(change: (profile: Profile & Record<string, unknown>) => void): Profile {
  const copy = structuredClone(defaultProfile) as Profile & Record<string, unknown>;
  change(copy);
  return copy;
}

const withAnnual = (key: string, value: unknown): Profile =>
  variant((p) => {
    (p.wages.annual as Record<string, unknown>)[key] = value;
  });

/** Pay at BLS's top code: most figures "$239,200 or more" ($115 an hour), as for anesthesiologists. */
export const TOP_CODED = variant((p) => {
  p.title = 'Anesthesiologists';
  const atLeast = ['p25', 'median', 'p75', 'p90'];
  Object.assign(p.wages.annual, { p10: 168780, p25: 239200, median: 239200, p75: 239200, p90: 239200, mean: 336640, atLeast });
  Object.assign(p.wages.hourly, { p10: 81.15, p25: 115, median: 115, p75: 115, p90: 115, mean: 161.85, atLeast });
});

export const LONG_TITLE = 'Medical Records Technician and health information specialist '.repeat(200).slice(0, 9999) + 's';
export const HTML_TITLE = '<img src=x onerror="window.__mrtXss=1">Medical <b>Records</b> Technician';

export const scenarios: Scenario[] = [
  { id: 'card-default', title: 'Salary card, built-in data', tag: 'mrt-salary-card' },
  { id: 'card-hourly', title: 'Hourly pay', tag: 'mrt-salary-card', attributes: { basis: 'hourly' } },
  { id: 'card-dark', title: 'Dark theme', tag: 'mrt-salary-card', attributes: { theme: 'dark' } },
  { id: 'card-spanish', title: 'Spanish (lang="es" on the page)', tag: 'mrt-salary-card', lang: 'es' },
  { id: 'card-narrow', title: '280 px wide', tag: 'mrt-salary-card', width: 280 },
  {
    id: 'card-src',
    title: 'Loaded from src',
    tag: 'mrt-salary-card',
    attributes: { src: '/data/medical-records-technician.json' },
  },
  {
    id: 'card-inline',
    title: 'Inline JSON (for editors without scripts)',
    tag: 'mrt-salary-card',
    inline: JSON.stringify(variant((p) => (p.title = 'Health Information Technician (inline)'))),
  },
  {
    id: 'card-specialists',
    title: 'Imported from BLS files: Medical Records Specialists, May 2023',
    tag: 'mrt-salary-card',
    attributes: { occupation: 'medical-records-specialists' },
  },
  { id: 'range-default', title: 'Salary range alone', tag: 'mrt-salary-range' },
  {
    id: 'range-top-coded',
    title: 'Salary range, top-coded pay ("$239,200 or more"), 300 px',
    tag: 'mrt-salary-range',
    width: 300,
    data: TOP_CODED,
    expectText: '$239,200 or more',
  },
  {
    id: 'card-rtl',
    title: 'Salary card on a right-to-left page (dir="rtl", lang="he")',
    tag: 'mrt-salary-card',
    dir: 'rtl',
    lang: 'he',
    attributes: { locale: 'en' },
  },
  { id: 'gauge-default', title: 'Job outlook gauge', tag: 'mrt-outlook-gauge', expectText: 'a much faster rate of growth' },
  {
    id: 'gauge-compare',
    title: 'Job outlook, compared with the next step',
    tag: 'mrt-outlook-gauge',
    attributes: { compare: 'health-services-manager' },
    expectText: 'Health Services Manager: +20.5%',
  },
  { id: 'gauge-dark', title: 'Job outlook, dark', tag: 'mrt-outlook-gauge', attributes: { theme: 'dark' }, expectText: '+13.5%' },
  { id: 'gauge-spanish', title: 'Job outlook, Spanish', tag: 'mrt-outlook-gauge', lang: 'es', expectText: 'Cambio proyectado del empleo, 2016–26' },
  { id: 'gauge-narrow', title: 'Job outlook, 280 px', tag: 'mrt-outlook-gauge', width: 280, expectText: '+27,800 jobs' },
  {
    id: 'gauge-no-wording',
    title: 'Job outlook without a published wording (numbers instead)',
    tag: 'mrt-outlook-gauge',
    data: variant((p) => delete (p.projection as Record<string, unknown>)['wording']),
    expectText: 'about 1.8 times the average for all occupations',
  },
  {
    id: 'gauge-decline',
    title: 'Job outlook for a declining occupation',
    tag: 'mrt-outlook-gauge',
    data: variant((p) => {
      delete (p.projection as Record<string, unknown>)['wording'];
      Object.assign(p.projection, { percentChange: -3.4, numericChange: -1900, baseEmployment: 57400, projectedEmployment: 55500 });
    }),
    expectText: '-3.4%',
  },
  { id: 'range-hourly', title: 'Salary range, hourly', tag: 'mrt-salary-range', attributes: { basis: 'hourly' } },
  { id: 'range-narrow', title: 'Salary range, 280 px', tag: 'mrt-salary-range', width: 280 },
  { id: 'states-top', title: 'Highest-paying states (the source document lists five)', tag: 'mrt-state-wages', expectText: 'New Jersey' },
  {
    id: 'states-all',
    title: 'Every state, May 2023 (imported from BLS files)',
    tag: 'mrt-state-wages',
    attributes: { occupation: 'medical-records-specialists' },
    expectText: 'Mississippi',
  },
  {
    id: 'states-hourly',
    title: 'States by hourly mean pay, map only',
    tag: 'mrt-state-wages',
    attributes: { occupation: 'medical-records-specialists', metric: 'hourly', view: 'map' },
    expectText: 'Washington',
  },
  {
    id: 'states-map-only-dark',
    title: 'States, map only, dark (each step also marked by a bar, not by colour alone)',
    tag: 'mrt-state-wages',
    attributes: { theme: 'dark', occupation: 'medical-records-specialists', view: 'map' },
    expectText: 'District of Columbia',
  },
  { id: 'states-dark', title: 'States, dark', tag: 'mrt-state-wages', attributes: { theme: 'dark', occupation: 'medical-records-specialists' }, expectText: 'Alaska' },
  { id: 'states-spanish', title: 'States, Spanish', tag: 'mrt-state-wages', lang: 'es', expectText: 'Estados con mejores salarios' },
  { id: 'states-narrow', title: 'States, 280 px', tag: 'mrt-state-wages', width: 280, attributes: { occupation: 'medical-records-specialists' }, expectText: 'Texas' },
  {
    id: 'states-wide',
    title: 'Every state, 1,000 px (map and table side by side, the table as tall as the map)',
    tag: 'mrt-state-wages',
    width: 1000,
    attributes: { occupation: 'medical-records-specialists' },
    expectText: 'Mississippi',
  },
  { id: 'path-default', title: 'Career path', tag: 'mrt-career-path', expectText: 'Health Services Manager' },
  { id: 'path-narrow', title: 'Career path, 280 px (vertical)', tag: 'mrt-career-path', width: 280, expectText: '$98,350' },
  { id: 'path-dark', title: 'Career path, dark', tag: 'mrt-career-path', attributes: { theme: 'dark' }, expectText: 'Pharmacy Technician' },
  { id: 'path-spanish', title: 'Career path, Spanish', tag: 'mrt-career-path', lang: 'es', expectText: 'Carreras relacionadas' },
  {
    id: 'path-no-pay',
    title: 'Career path with a step without pay',
    tag: 'mrt-career-path',
    data: variant((p) => delete (p.careerPath.steps[2] as Record<string, unknown>)['medianAnnual']),
    expectText: '—',
  },
  // Bad input: each shows a short message and fires mrt-data-error.
  { id: 'profile-default', title: 'Career profile: every part, one heading structure, one sources section', tag: 'mrt-career-profile', width: 1000, expectText: 'Health Services Manager' },
  { id: 'profile-narrow', title: 'Career profile, 320 px (one column)', tag: 'mrt-career-profile', width: 320, expectText: '+13.5%' },
  { id: 'profile-dark', title: 'Career profile, dark', tag: 'mrt-career-profile', attributes: { theme: 'dark' }, expectText: 'New Jersey' },
  { id: 'profile-spanish', title: 'Career profile, Spanish', tag: 'mrt-career-profile', lang: 'es', expectText: 'Salario mediano' },
  {
    id: 'profile-specialists',
    title: 'Career profile, Medical Records Specialists (May 2023, every state)',
    tag: 'mrt-career-profile',
    attributes: { occupation: 'medical-records-specialists' },
    expectText: 'Mississippi',
  },
  { id: 'bad-json', title: 'Broken JSON', tag: 'mrt-salary-card', inline: '{"id": "broken", "title": ', expectError: 'not valid JSON' },
  {
    id: 'bad-profile-wage',
    title: 'Career profile with a negative wage: one message and one event for the whole profile',
    tag: 'mrt-career-profile',
    data: withAnnual('p10', -25810),
    expectError: 'wages.annual.p10: must be zero or more',
  },
  { id: 'bad-profile-404', title: 'Career profile, src that answers 404', tag: 'mrt-career-profile', attributes: { src: '/test/fixtures/missing.json' }, expectError: '404' },
  { id: 'bad-404', title: 'src that answers 404', tag: 'mrt-salary-card', attributes: { src: '/test/fixtures/missing.json' }, expectError: '404' },
  {
    id: 'bad-timeout',
    title: 'src that never answers in time',
    tag: 'mrt-salary-card',
    attributes: { src: '/fixtures/slow?ms=5000', 'src-timeout': '300' },
    expectError: 'no answer',
  },
  { id: 'bad-occupation', title: 'Unknown occupation', tag: 'mrt-salary-card', attributes: { occupation: 'dental-hygienist' }, expectError: 'dental-hygienist' },
  {
    id: 'bad-no-wages',
    title: 'Profile without wages',
    tag: 'mrt-salary-card',
    data: variant((p) => delete (p as Record<string, unknown>)['wages']),
    expectError: 'wages',
  },
  { id: 'bad-negative', title: 'Negative wage', tag: 'mrt-salary-card', data: withAnnual('p10', -25810), expectError: 'wages.annual.p10: must be zero or more' },
  { id: 'bad-text-wage', title: 'Non-numeric wage', tag: 'mrt-salary-card', data: withAnnual('p90', 'abc'), expectError: 'wages.annual.p90: must be a number at least as large as p75 (51350), got "abc"' },
  {
    id: 'bad-nan',
    title: 'NaN wage',
    tag: 'mrt-salary-card',
    data: variant((p) => ((p.wages.hourly as Record<string, unknown>)['mean'] = NaN)),
    expectError: 'wages.hourly.mean: must be a number, got NaN',
  },
  {
    id: 'bad-order',
    title: 'p90 below p10',
    tag: 'mrt-salary-card',
    data: withAnnual('p90', 20000),
    expectError: 'wages.annual.p90: must be a number at least as large as p75 (51350), got 20000',
  },
  {
    id: 'bad-long-title',
    title: '10,000-character title',
    tag: 'mrt-salary-card',
    data: variant((p) => (p.title = LONG_TITLE)),
    expectError: 'title: is 10000 characters long',
  },
  {
    id: 'bad-html',
    title: 'HTML in a string',
    tag: 'mrt-salary-card',
    data: variant((p) => (p.title = HTML_TITLE)),
    expectError: 'title: contains HTML markup',
  },
  { id: 'bad-basis', title: 'basis="weekly" (falls back to annual)', tag: 'mrt-salary-card', attributes: { basis: 'weekly' } },
  {
    id: 'bad-states',
    title: 'State rows with an unknown code, a duplicate and a negative wage',
    tag: 'mrt-state-wages',
    data: variant((p) =>
      p.states.rows.push(
        { code: 'ZZ', name: 'Nowhere', hourlyMean: 1, annualMean: 2 },
        { code: 'NJ', name: 'New Jersey', hourlyMean: 1, annualMean: 2 },
        { code: 'TX', name: 'Texas', hourlyMean: -1, annualMean: 2 },
      ),
    ),
    expectError: 'states.rows[5].code: "ZZ" is not a US state, DC or territory code',
  },
  {
    id: 'bad-path-loop',
    title: 'Career path that leads in a circle',
    tag: 'mrt-career-path',
    data: variant((p) => ((p.careerPath.steps[2] as Record<string, unknown>)['next'] = ['training'])),
    expectError: 'careerPath.steps: the steps lead in a circle',
  },
  {
    id: 'bad-path-title',
    title: 'Career path step without a title',
    tag: 'mrt-career-path',
    data: variant((p) => delete (p.careerPath.steps[2] as Record<string, unknown>)['title']),
    expectError: 'careerPath.steps[2].title: must be a non-empty text, got nothing',
  },
  {
    id: 'bad-no-projection',
    title: 'Job outlook without a projection',
    tag: 'mrt-outlook-gauge',
    data: variant((p) => delete (p as Record<string, unknown>)['projection']),
    expectError: 'projection: this profile has no employment projection',
  },
  {
    id: 'bad-percent',
    title: 'Job outlook with a percent change over 1,000',
    tag: 'mrt-outlook-gauge',
    data: variant((p) => (p.projection.percentChange = 1500)),
    expectError: 'projection.percentChange: must be at most 1000, got 1500',
  },
];
