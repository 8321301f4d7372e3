import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatInteger } from '../../data/format.js';
import type { OccupationProfile, Provenance } from '../../data/types.js';
import { define } from '../../internal/define.js';
import { fill, fillTemplate } from '../../internal/i18n.js';
import { LocaleController } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { headingLevel, isolated, isolatedPeriod, renderSources, renderStatus } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
import { PROFILE_PROPERTIES, ProfileController } from '../../internal/profile-controller.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { checkWages } from '../../internal/wages.js';
import '../career-path/career-path.js';
import '../outlook-gauge/outlook-gauge.js';
import '../salary-card/salary-card.js';
import { loadDrawing } from '../state-wages/state-wages.js';
import { profileStyles } from './career-profile.styles.js';
import { attachStyledShadow } from '../../internal/document-styles.js';

/** The parts' own events stop here: the profile reports every problem in their sections once, in its own event. */
const swallow = (event: Event): void => event.stopPropagation();

/**
 * Everything about one occupation in one responsive layout, the "program
 * page" widget: salary card, outlook gauge, state wages and career path, under
 * one heading structure, with one status message, one `mrt-data-error` event
 * and one sources section for them all. Two columns from 600 px, one below.
 *
 * @summary Career profile: salary card, outlook gauge, state wages and career path of one occupation.
 * @tagname mrt-career-profile
 *
 * @fires mrt-data-error - The profile could not be loaded, or parts of it are not shown. One event for the whole profile; `detail` lists each problem with its path.
 * @fires mrt-basis-change - From the salary card: the reader switched between annual and hourly pay.
 * @fires mrt-state-select - From the state map: the reader chose a state.
 * @fires mrt-step-select - From the career path: the reader opened a step.
 *
 * @csspart title - The occupation's title, the profile's heading.
 * @csspart card - The `<mrt-salary-card>` (style inside it with its own parts).
 * @csspart gauge - The `<mrt-outlook-gauge>`.
 * @csspart states - The `<mrt-state-wages>`.
 * @csspart path - The `<mrt-career-path>`.
 * @csspart message - The visible message about data problems.
 * @csspart source - The sources of every section, with reference periods.
 *
 * @cssprop [--mrt-accent=light-dark(#1d5fbf, #74a9f7)] - Accent colour of every part.
 * @cssprop [--mrt-text=light-dark(#1b1f24, #e6e9ed)] - Text.
 * @cssprop [--mrt-muted=light-dark(#57606a, #a4adb8)] - Secondary text.
 * @cssprop [--mrt-surface=light-dark(#ffffff, #16191d)] - Background.
 * @cssprop [--mrt-gap=24px] - Space between the parts.
 * @cssprop [--mrt-font-family=inherit] - Font; the page's font by default.
 * @cssprop [--mrt-font-size=1em] - Base font size: by default the size of the text around the element.
 * @cssprop [--mrt-padding=16px] - Inset of the element's content (0 inside a career profile).
 */
export class MrtCareerProfile extends LitElement {
  static override styles = [themeStyles, profileStyles];

  static override properties = {
    ...PROFILE_PROPERTIES,
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Id of a built-in profile. */
  occupation = 'medical-records-technician';
  /** URL of a profile JSON document; takes precedence over `occupation`. */
  src?: string;
  /** A profile object; takes precedence over everything else. */
  data?: unknown;
  /** How long to wait for `src`, in milliseconds. */
  srcTimeout = 10000;
  /** BCP 47 locale for numbers and text; default: the nearest `lang`, else `en-US`. */
  locale?: string;
  /** `light`, `dark`, or `auto` (the reader's system setting). */
  theme: Theme = 'auto';
  /** Level of the occupation's heading (1–6); the parts' headings are one level below. */
  headingLevel = 2;

  private readonly loader = new ProfileController(this, {
    sections: ['wages', 'states', 'metros', 'projection', 'careerPath', 'related', 'qualities', 'workEnvironment'],
    // Pay is the profile's heart: without it, that is a data problem. Another section a profile
    // lacks (an imported one has no career path) is said in its place: "No … in this dataset."
    check: checkWages,
    // The state map's drawing too (a chunk in the CDN file), so the parts are complete in their
    // first render: pre-rendered content gives way to them with nothing left to load.
    ready: () => this.i18n.ready && this.mapLoaded,
  });
  private readonly i18n = new LocaleController(this);
  private mapLoaded = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const loading = loadDrawing();
    // Loaded or failed (the state map says so itself), the parts can render.
    const done = (): void => {
      this.mapLoaded = true;
      this.requestUpdate();
    };
    if (loading instanceof Promise) void loading.then(done, done);
    else this.mapLoaded = true;
  }

  /** The shadow root, styled in whatever document the element is in (it may move to an iframe's). */
  protected override createRenderRoot(): ShadowRoot {
    return attachStyledShadow(this);
  }

  protected override render(): unknown {
    const { profile, status, raw } = this.loader;
    const level = headingLevel(this.headingLevel, 2);
    const sub = Math.min(6, level + 1);
    const { locale, strings } = this.i18n;
    // The parts read the same input (parsed once, cached); their titles, messages and sources give
    // way to the profile's. The card's own title is the profile's heading, so its sections sit one
    // level below it, like the other parts' headings; the gauge's label becomes the outlook's heading.
    return html`
      ${profile?.title
        ? html`<div class="title" part="title" role="heading" aria-level=${level} lang=${profile.lang}>${isolated(profile.title)}</div>
            ${profile.aliases?.length
              ? html`<p class="aliases" part="aliases">${strings.alsoCalled}: <span lang=${profile.lang}>${isolated(profile.aliases.join(', '))}</span></p>`
              : nothing}`
        : status === 'loading'
          ? html`<div class="title">&nbsp;</div>`
          : nothing}
      ${renderStatus(this.loader, strings)}
      <div class="parts ${profile ? '' : 'placeholder'}" @mrt-data-error=${swallow}>
        ${profile
          ? html`<mrt-salary-card class="part" part="card" .data=${raw} .locale=${locale} .theme=${this.theme} .headingLevel=${level}></mrt-salary-card>
              <section>
                <div class="subhead" role="heading" aria-level=${sub}>${this.outlookLabel(profile.projection?.source.period)}</div>
                <mrt-outlook-gauge class="part" part="gauge" .data=${raw} .locale=${locale} .theme=${this.theme}></mrt-outlook-gauge>
              </section>
              <mrt-state-wages class="part" part="states" .data=${raw} .locale=${locale} .theme=${this.theme} .headingLevel=${sub}></mrt-state-wages>
              <section>
                <div class="subhead" role="heading" aria-level=${sub}>${strings.careerPath}</div>
                <mrt-career-path class="part" part="path" .data=${raw} .locale=${locale} .theme=${this.theme} .headingLevel=${sub + 1}></mrt-career-path>
              </section>`
          : status === 'loading'
            ? html`<div class="card"></div><div class="gauge"></div><div class="states"></div><div class="path"></div>`
            : nothing}
      </div>
      ${profile ? renderSources(this.sources(profile), strings, profile.lang) : nothing}
      ${profile ? this.renderFiles(profile) : nothing}
    `;
  }

  /** The full provenance of an imported profile: one line per input file, with its SHA-256. */
  private renderFiles(profile: OccupationProfile): unknown {
    const files = new Map<string, Provenance>();
    for (const source of [profile.wages?.source, profile.states?.source, profile.projection?.source, profile.education?.source]) {
      if (source?.provenance) files.set(source.provenance.sha256, source.provenance);
    }
    return files.size
      ? html`<details class="files" part="files">
          <summary>${this.i18n.strings.dataFiles}</summary>
          <ul lang=${profile.lang}>
            ${[...files.values()].map(
              (f) => html`<li>
                ${isolated(f.file)} (${formatInteger(f.bytes, this.i18n.locale)} B, SHA-256 <code>${f.sha256}</code>): ${isolated(f.edition)}, ${isolated(f.socEdition)};
                ${isolated(f.importer)}, ${isolated(f.importedAt)}
              </li>`,
            )}
          </ul>
        </details>`
      : nothing;
  }

  /** "Projected change in employment, 2016–26", the period (data) isolated; without a period, no comma. */
  private outlookLabel(period?: string): TemplateResult | string {
    const { strings } = this.i18n;
    return period ? html`${fillTemplate(strings.outlookLabel, isolatedPeriod(period))}` : fill(strings.outlookLabel, '').replace(/[,\s]+$/, '');
  }

  /** Every section's source, in the order the parts show them; equal sources share a line. */
  private sources(profile: OccupationProfile): SourceEntry[] {
    const { strings } = this.i18n;
    const { wages, states, metros, projection } = profile;
    const entries: [SourceEntry['label'], SourceEntry['source'] | undefined][] = [
      [strings.alsoCalled, profile.aliases?.length ? profile.aliasesSource : undefined],
      [strings.wagesLabel, wages?.source],
      [strings.bySetting, wages?.bySetting?.source],
      [this.outlookLabel(projection?.source.period), projection?.source],
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
}

define('mrt-career-profile', MrtCareerProfile);

declare global {
  interface HTMLElementTagNameMap {
    'mrt-career-profile': MrtCareerProfile;
  }
}
