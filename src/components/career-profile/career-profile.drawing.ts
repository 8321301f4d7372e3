import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatInteger } from '../../data/format.js';
import type { OccupationProfile, Provenance } from '../../data/types.js';
import { fill, fillTemplate } from '../../internal/i18n.js';
import type { Strings } from '../../internal/i18n.js';
import type { Theme } from '../../internal/locale.js';
import { isolated, isolatedPeriod, renderSources } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
// The parts it lays out (registered by the element's module already; named here for the template checker).
import '../career-path/career-path.js';
import '../outlook-gauge/outlook-gauge.js';
import '../salary-card/salary-card.js';
import '../state-wages/state-wages.js';

/**
 * The career profile's own drawing: its heading, the four parts in their layout, its sources and
 * data files. The element (career-profile.ts) keeps its properties, loading and placeholder; in the
 * CDN file this is a chunk loaded with the state map's drawing, which the profile waits for anyway
 * (docs/decisions/0014-cdn-chunks.md), so no page waits longer for it.
 */

/** What the drawing needs from its element. */
export interface ProfileView {
  profile: OccupationProfile;
  /** The input the profile was read from, passed to the parts (parsed once, cached). */
  raw: unknown;
  /** Level of the occupation's heading, 1–6. */
  level: number;
  locale: string;
  strings: Strings;
  theme: Theme;
  /** The status line (a data problem), between the heading and the parts. */
  status: unknown;
}

/** Styles of what only the drawing shows (the element's own keep the placeholder's space). */
export const drawingStyles = css`
  .aliases {
    margin: -8px 0 12px;
    color: var(--_muted);
  }
  .files {
    margin-top: 8px;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .files code {
    font: inherit;
    overflow-wrap: anywhere;
  }
  /* The parts' own titles, messages and sources give way to the profile's (one of each). */
  .part::part(title),
  .part::part(label),
  .part::part(message),
  .part::part(source) {
    display: none;
  }
  .part {
    --mrt-padding: 0;
  }
  .subhead {
    margin-bottom: 8px;
    font-weight: 600;
    font-size: 0.9375em;
  }
`;

/** The parts' own events stop here: the profile reports every problem in their sections once, in its own event. */
const swallow = (event: Event): void => event.stopPropagation();

/**
 * The profile: heading, status line, parts, sources and data files. The parts read the same input;
 * their titles, messages and sources give way to the profile's. The card's own title is the
 * profile's heading, so its sections sit one level below it, like the other parts' headings; the
 * gauge's label becomes the outlook's heading.
 */
export function renderProfile(view: ProfileView): TemplateResult {
  const { profile, raw, level, locale, strings, theme } = view;
  const sub = Math.min(6, level + 1);
  return html`
    ${profile.title
      ? html`<div class="title" part="title" role="heading" aria-level=${level} lang=${profile.lang}>${isolated(profile.title)}</div>
          ${profile.aliases?.length
            ? html`<p class="aliases" part="aliases">${strings.alsoCalled}: <span lang=${profile.lang}>${isolated(profile.aliases.join(', '))}</span></p>`
            : nothing}`
      : nothing}
    ${view.status}
    <div class="parts" @mrt-data-error=${swallow}>
      <mrt-salary-card class="part" part="card" .data=${raw} .locale=${locale} .theme=${theme} .headingLevel=${level}></mrt-salary-card>
      <section>
        <div class="subhead" role="heading" aria-level=${sub}>${outlookLabel(strings, profile.projection?.source.period)}</div>
        <mrt-outlook-gauge class="part" part="gauge" .data=${raw} .locale=${locale} .theme=${theme}></mrt-outlook-gauge>
      </section>
      <mrt-state-wages class="part" part="states" .data=${raw} .locale=${locale} .theme=${theme} .headingLevel=${sub}></mrt-state-wages>
      <section>
        <div class="subhead" role="heading" aria-level=${sub}>${strings.careerPath}</div>
        <mrt-career-path class="part" part="path" .data=${raw} .locale=${locale} .theme=${theme} .headingLevel=${sub + 1}></mrt-career-path>
      </section>
    </div>
    ${renderSources(sources(profile, strings), strings, profile.lang)}
    ${renderFiles(profile, strings, locale)}
  `;
}

/** The full provenance of an imported profile: one line per input file, with its SHA-256. */
function renderFiles(profile: OccupationProfile, strings: Strings, locale: string): unknown {
  const files = new Map<string, Provenance>();
  for (const source of [profile.wages?.source, profile.states?.source, profile.projection?.source, profile.education?.source]) {
    if (source?.provenance) files.set(source.provenance.sha256, source.provenance);
  }
  return files.size
    ? html`<details class="files" part="files">
        <summary>${strings.dataFiles}</summary>
        <ul lang=${profile.lang}>
          ${[...files.values()].map(
            (f) => html`<li>
              ${isolated(f.file)} (${formatInteger(f.bytes, locale)} B, SHA-256 <code>${f.sha256}</code>): ${isolated(f.edition)}, ${isolated(f.socEdition)};
              ${isolated(f.importer)}, ${isolated(f.importedAt)}
            </li>`,
          )}
        </ul>
      </details>`
    : nothing;
}

/** "Projected change in employment, 2016–26", the period (data) isolated; without a period, no comma. */
function outlookLabel(strings: Strings, period?: string): TemplateResult | string {
  return period ? html`${fillTemplate(strings.outlookLabel, isolatedPeriod(period))}` : fill(strings.outlookLabel, '').replace(/[,\s]+$/, '');
}

/** Every section's source, in the order the parts show them; equal sources share a line. */
function sources(profile: OccupationProfile, strings: Strings): SourceEntry[] {
  const { wages, states, metros, projection } = profile;
  const entries: [SourceEntry['label'], SourceEntry['source'] | undefined][] = [
    [strings.alsoCalled, profile.aliases?.length ? profile.aliasesSource : undefined],
    [strings.wagesLabel, wages?.source],
    [strings.bySetting, wages?.bySetting?.source],
    [outlookLabel(strings, projection?.source.period), projection?.source],
    [strings.wording, projection?.wording ? projection.wordingSource : undefined],
    [strings.allOccupations, projection?.allOccupations?.source],
    [states?.coverage === 'top' ? strings.statesTop : strings.statesAll, states?.source],
    [strings.metros, metros?.source],
    [strings.careerPath, profile.careerPath?.source],
    [strings.related, profile.related?.source],
    [strings.qualities, profile.qualities?.source],
    [strings.workEnvironment, profile.workEnvironment?.source],
  ];
  return entries.filter((e): e is [string, SourceEntry['source']] => !!e[1]).map(([label, source]) => ({ label, source }));
}
