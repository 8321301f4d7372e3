import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { fill } from './i18n.js';
import type { Strings } from './i18n.js';
import type { ProfileController } from './profile-controller.js';

/**
 * The element's status line: nothing when all is well, a screen-reader-only
 * "Loading…" while a `src` loads (the layout is already reserved), and a
 * short visible message when the profile failed or parts of it are not shown.
 */
export function renderStatus(loader: ProfileController, strings: Strings): TemplateResult | typeof nothing {
  if (loader.status === 'loading') return html`<p class="vh" role="status">${strings.loading}</p>`;
  if (!loader.message) return nothing;
  const more = loader.problems.length - 1;
  const text =
    loader.status === 'failed'
      ? fill(strings.loadFailed, loader.message)
      : fill(strings.problems, loader.message) + (more ? fill(strings.more, more) : '');
  return html`<p class="message" part="message" role="status">${text}</p>`;
}

export interface SourceEntry {
  /** What the source is for ("Wages"), or empty when there is only one. */
  label: string;
  source: Source;
}

/** Source and reference-period lines, one per distinct source. */
export function renderSources(entries: SourceEntry[], strings: Strings): TemplateResult {
  const seen = new Set<string>();
  const distinct = entries.filter(({ source }) => {
    const key = `${source.name}|${source.period}|${source.note ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const heading = distinct.length > 1 ? strings.sources : strings.source;
  return html`<div class="source" part="source">
    ${distinct.map(
      ({ label, source }, i) =>
        html`<p>
          ${i === 0 ? html`<span class="source-heading">${heading}:</span> ` : nothing}${label ? `${label}: ` : ''}${source.url
            ? html`<a href=${source.url} rel="noopener">${source.name}</a>`
            : source.name}, ${source.period}${source.note ? ` (${source.note})` : ''}.
        </p>`,
    )}
  </div>`;
}
