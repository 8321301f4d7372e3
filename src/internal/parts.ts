import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatProblem } from '../data/problem.js';
import type { Source } from '../data/types.js';
import { fill } from './i18n.js';
import type { Strings } from './i18n.js';
import type { ProfileController } from './profile-controller.js';

/** A `heading-level` as an ARIA level: rounded and kept within 1–6; `fallback` when not a number. */
export const headingLevel = (value: number, fallback: number): number => Math.min(6, Math.max(1, Math.round(value) || fallback));

/**
 * The element's status region: a screen-reader-only "Loading…" while a `src`
 * loads (the layout is already reserved), then nothing when all is well, or a
 * short visible message (the first problem, and how many more) when the profile
 * failed or parts of it are not shown.
 * The live region itself is always there, so its changes are announced.
 */
export function renderStatus(loader: ProfileController, strings: Strings): TemplateResult {
  const [first] = loader.problems;
  const more = loader.problems.length - 1;
  const message = (): string =>
    loader.status === 'failed'
      ? fill(strings.loadFailed, formatProblem(first))
      : fill(strings.problems, formatProblem(first)) + (more > 0 ? fill(strings.more, more) : '');
  return html`<div role="status">
    ${loader.status === 'loading'
      ? html`<p class="vh">${strings.loading}</p>`
      : first
        ? html`<p class="message" part="message">${message()}</p>`
        : nothing}
  </div>`;
}

/**
 * Text from data, isolated from the text around it (`<bdi>`): right-to-left or neutral
 * characters at its ends cannot reorder our own words and figures beside it. `lang` marks its
 * language when it differs from the element around it.
 */
export const isolated = (text: string, lang?: string): TemplateResult => html`<bdi lang=${ifDefined(lang)}>${text}</bdi>`;

/** A reference period ("May 2017", "2016–26"), isolated and never broken across lines (theme styles: `.period`). */
export const isolatedPeriod = (text: string): TemplateResult => html`<bdi class="period">${text}</bdi>`;

export interface SourceEntry {
  /** What the source is for ("Wages"; a template when it holds data text, in `<bdi>`), or empty when there is only one. */
  label: string | TemplateResult;
  source: Source;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The year of the oldest figures among reference periods ("May 2023", "2016–26", "2017"), when
 * they are more than three years before `now`; else undefined. A period counts from the end of its
 * month when it names one (OEWS: "May 2023"), else from the end of its first year (a projection's
 * base year, a document's year), so a figure is never said to be older than it is.
 */
export function oldFiguresYear(periods: readonly string[], now: Date = new Date()): number | undefined {
  // Each period's end: the first moment after its month, or after its first year.
  const ends = periods.flatMap((period) => {
    const year = Number(period.match(/\b(?:19|20)\d\d\b/)?.[0]);
    if (!year) return [];
    const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}\\b`, 'i').test(period));
    return [{ year, end: month >= 0 ? Date.UTC(year, month + 1, 1) : Date.UTC(year + 1, 0, 1) }];
  });
  if (!ends.length) return undefined;
  const oldest = ends.reduce((a, b) => (b.end < a.end ? b : a));
  const threeYearsOn = new Date(oldest.end);
  threeYearsOn.setUTCFullYear(threeYearsOn.getUTCFullYear() + 3);
  return now >= threeYearsOn ? oldest.year : undefined;
}

/** Words as long as a source's, to fill a placeholder. */
const FILLER = 'U.S. Bureau of Labor Statistics, Employment Statistics, May 2017; ';

/**
 * The sources block's space while a profile loads: hidden text of `chars` characters in words as
 * long as a source's, so it wraps as the loaded line will at any width; the data-age line; and,
 * when the loaded block will have one, the disclosure's summary row (see `renderSources`).
 */
export const placeholderSources = (chars: number, details = true): TemplateResult =>
  html`<div class="source placeholder-text" aria-hidden="true">
    <p>${FILLER.repeat(Math.ceil(chars / FILLER.length)).slice(0, chars)}</p>
    <p>&nbsp;</p>
    ${details ? html`<details class="source-details"><summary>&nbsp;</summary></details>` : nothing}
  </div>`;

/** A source's name, linked when it has an address. */
const sourceName = (source: Source): TemplateResult => (source.url ? html`<a href=${source.url}>${isolated(source.name)}</a>` : isolated(source.name));

/**
 * The sources of what an element shows, said once and short: each publication with its periods
 * ("Sources: U.S. Bureau of Labor Statistics, OES, May 2017; …, 2016–26."), the data-age note when
 * the figures are old, and, one step away in a disclosure, which figure comes from which source
 * with its notes ("Qualities, Work environment: …"), when there is more to say than the short line.
 * The sources' own words are marked with the profile's language (`lang`).
 */
export function renderSources(all: SourceEntry[], strings: Strings, lang: string): TemplateResult {
  const entries: { labels: SourceEntry['label'][]; source: Source }[] = [];
  for (const entry of all) {
    const same = entries.find((e) => JSON.stringify(e.source) === JSON.stringify(entry.source));
    const labels = same?.labels ?? [];
    if (entry.label) labels.push(entry.label);
    if (!same) entries.push({ labels, source: entry.source });
  }
  // Each publication once, with every period it is cited for, in the order first cited: one name
  // is one publication unless two addresses tell them apart (a citation without its address, as
  // an importer writes for sample job titles, joins the one with it, which keeps the link).
  const publications: { source: Source; periods: string[] }[] = [];
  for (const { source } of entries) {
    const same = publications.find((p) => p.source.name === source.name && (!p.source.url || !source.url || p.source.url === source.url));
    if (!same) publications.push({ source, periods: [source.period] });
    else {
      if (!same.source.url) same.source = source;
      if (!same.periods.includes(source.period)) same.periods.push(source.period);
    }
  }
  const heading = publications.length > 1 ? strings.sources : strings.source;
  // Data age: said plainly, with the year, when the oldest figures are more than three years old.
  const oldest = oldFiguresYear(entries.map((e) => e.source.period));
  const detailed = entries.length > 1 || entries.some((e) => e.labels.length || e.source.note);
  return html`<div class="source" part="source">
    <p>
      <span class="source-heading">${heading}:</span>
      ${publications.map(
        ({ source, periods }, i) => html`${i ? '; ' : ''}<span lang=${lang}>${sourceName(source)}, ${periods.map((p, k) => html`${k ? ', ' : ''}${isolatedPeriod(p)}`)}</span>`,
      )}.
    </p>
    ${oldest ? html`<p class="age">${fill(strings.dataAge, oldest)}</p>` : nothing}
    ${detailed
      ? html`<details class="source-details">
          <summary>${strings.sourceDetails}</summary>
          ${entries.map(
            ({ labels, source }) =>
              html`<p>
                ${labels.map((label, k) => html`${k ? ', ' : ''}${label}`)}${labels.length ? ': ' : ''}<span lang=${lang}
                  >${sourceName(source)}, ${isolatedPeriod(source.period)}${source.note ? html` (${isolated(source.note)})` : ''}</span
                >.
              </p>`,
          )}
        </details>`
      : nothing}
  </div>`;
}
