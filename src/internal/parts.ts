import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
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

export interface SourceEntry {
  /** What the source is for ("Wages"), or empty when there is only one. */
  label: string;
  source: Source;
}

/**
 * Source and reference-period lines, one per distinct source: entries with the
 * same source share a line ("Qualities, Work environment: …"). The source's own
 * words are marked with the profile's language (`lang`).
 */
export function renderSources(all: SourceEntry[], strings: Strings, lang: string): TemplateResult {
  const entries: SourceEntry[] = [];
  for (const entry of all) {
    const same = entries.find((e) => JSON.stringify(e.source) === JSON.stringify(entry.source));
    if (same) same.label = [same.label, entry.label].filter(Boolean).join(', ');
    else entries.push({ ...entry });
  }
  const heading = entries.length > 1 ? strings.sources : strings.source;
  return html`<div class="source" part="source">
    ${entries.map(
      ({ label, source }, i) =>
        html`<p>
          ${i === 0 ? html`<span class="source-heading">${heading}:</span> ` : nothing}${label ? `${label}: ` : ''}<span lang=${lang}
            >${source.url ? html`<a href=${source.url}>${source.name}</a>` : source.name}, ${source.period}${source.note
              ? ` (${source.note})`
              : ''}</span
          >.
        </p>`,
    )}
  </div>`;
}
