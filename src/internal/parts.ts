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

export interface SourceEntry {
  /** What the source is for ("Wages"; a template when it holds data text, in `<bdi>`), or empty when there is only one. */
  label: string | TemplateResult;
  source: Source;
}

/**
 * Source and reference-period lines, one per distinct source: entries with the
 * same source share a line ("Qualities, Work environment: …"). The source's own
 * words are marked with the profile's language (`lang`).
 */
export function renderSources(all: SourceEntry[], strings: Strings, lang: string): TemplateResult {
  const entries: { labels: SourceEntry['label'][]; source: Source }[] = [];
  for (const entry of all) {
    const same = entries.find((e) => JSON.stringify(e.source) === JSON.stringify(entry.source));
    const labels = same?.labels ?? [];
    if (entry.label) labels.push(entry.label);
    if (!same) entries.push({ labels, source: entry.source });
  }
  const heading = entries.length > 1 ? strings.sources : strings.source;
  // Data age: the oldest year a source names, said plainly when more than three years ago.
  const years = entries.map((e) => Number(e.source.period.match(/\b(?:19|20)\d\d\b/)?.[0])).filter((y) => y > 0);
  const oldest = Math.min(...years);
  const age = new Date().getFullYear() - oldest > 3 ? html`<p class="age">${fill(strings.dataAge, oldest)}</p>` : nothing;
  return html`<div class="source" part="source">
    ${entries.map(
      ({ labels, source }, i) =>
        html`<p>
          ${i === 0 ? html`<span class="source-heading">${heading}:</span> ` : nothing}${labels.map((label, k) => html`${k ? ', ' : ''}${label}`)}${labels.length ? ': ' : ''}<span lang=${lang}
            >${source.url ? html`<a href=${source.url}>${isolated(source.name)}</a>` : isolated(source.name)}, ${isolated(source.period)}${source.note
              ? html` (${isolated(source.note)})`
              : ''}</span
          >.
        </p>`,
    )}
    ${age}
  </div>`;
}
