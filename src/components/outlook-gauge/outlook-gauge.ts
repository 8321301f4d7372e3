import { LitElement, html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatInteger, formatNumber, formatPercent, formatSignedInteger } from '../../data/format.js';
import type { CareerStep, DataProblem, OccupationProfile, Projection } from '../../data/types.js';
import { define } from '../../internal/define.js';
import { fill, fillTemplate, languageOf } from '../../internal/i18n.js';
import { LocaleController } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { isolated, isolatedPeriod, placeholderSources, renderSources, renderStatus } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
import { PROFILE_PROPERTIES, ProfileController } from '../../internal/profile-controller.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { RING, layoutGauge, polar } from './outlook-gauge.layout.js';
import { gaugeStyles } from './outlook-gauge.styles.js';
import { attachStyledShadow } from '../../internal/document-styles.js';

/** Problems that keep a profile's projection from being shown. */
const checkProjection = (profile: OccupationProfile): DataProblem[] =>
  profile.projection ? [] : [{ path: 'projection', message: 'this profile has no employment projection' }];

/**
 * Projected employment growth over the projection decade as a half-ring gauge,
 * with the all-occupations average marked on the same scale, the published
 * wording (or a plain comparison in numbers), and the jobs added.
 *
 * @summary Job-outlook gauge: projected growth against the all-occupations average.
 * @tagname mrt-outlook-gauge
 *
 * @fires mrt-data-error - The profile could not be loaded, or its projection is missing or invalid. `detail` lists each problem with its path.
 *
 * @csspart label - The gauge's label ("Projected change in employment, 2016–26"), which also names the meter.
 * @csspart gauge - The figure: the meter, its wording, the key, the jobs added and the openings.
 * @csspart meter - The element with `role="meter"`.
 * @csspart track - The half ring.
 * @csspart value - The arc of the projected change.
 * @csspart average - The all-occupations average tick.
 * @csspart compare - The comparison tick (with `compare`).
 * @csspart wording - The published wording or the comparison in numbers.
 * @csspart jobs - Jobs added, with employment from and to.
 * @csspart message - The visible message about data problems.
 * @csspart source - The source and reference period line.
 *
 * @cssprop [--mrt-accent=light-dark(#1d5fbf, #74a9f7)] - The value arc.
 * @cssprop [--mrt-text=light-dark(#1b1f24, #e6e9ed)] - Text and the average tick.
 * @cssprop [--mrt-muted=light-dark(#57606a, #a4adb8)] - Secondary text and the comparison tick.
 * @cssprop [--mrt-surface=light-dark(#ffffff, #16191d)] - Background.
 * @cssprop [--mrt-grid=light-dark(#d5dae0, #3a4048)] - The half ring's track.
 * @cssprop [--mrt-error=light-dark(#b42318, #ff9c8f)] - Data-problem message.
 * @cssprop [--mrt-font-family=inherit] - Font; the page's font by default.
 * @cssprop [--mrt-padding=16px] - Inset of the element's content (0 inside a career profile).
 * @cssprop [--mrt-font-size=1em] - Base font size: by default the size of the text around the element.
 */
export class MrtOutlookGauge extends LitElement {
  static override styles = [
    themeStyles,
    gaugeStyles,
  ];

  static override properties = {
    ...PROFILE_PROPERTIES,
    compare: {},
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
  /** Id of a career step of the profile to mark for comparison, e.g. `health-services-manager`. */
  compare?: string;

  // Only the projection is reported here: the career path's problems are the career path element's.
  private readonly loader = new ProfileController(this, { sections: ['projection'], check: checkProjection, ready: () => this.i18n.ready });
  private readonly i18n = new LocaleController(this);

  /** The shadow root, styled in whatever document the element is in (it may move to an iframe's). */
  protected override createRenderRoot(): ShadowRoot {
    return attachStyledShadow(this);
  }

  protected override render(): unknown {
    const { profile, status } = this.loader;
    const projection = profile?.projection;
    return html`
      ${renderStatus(this.loader, this.i18n.strings)}
      ${status === 'loading'
        ? html`<div aria-hidden="true">
            <div class="gauge">
              <div class="label">&nbsp;</div>
              <div class="meter"><svg class="placeholder" viewBox="-100 -100 200 102"></svg><div class="ends">&nbsp;</div></div>
              <div class="side"><p class="key">&nbsp;</p><p class="jobs">&nbsp;</p><p class="jobs">&nbsp;</p></div>
              <p class="wording">&nbsp;<br />&nbsp;</p>
            </div>
            ${placeholderSources(205)}
          </div>`
        : nothing}
      ${projection ? this.renderGauge(projection) : status === 'ready' ? html`<p>${this.i18n.strings.noProjection}</p>` : nothing}
    `;
  }

  private renderGauge(projection: Projection): unknown {
    const { strings } = this.i18n;
    const locale = this.i18n.locale;
    const value = projection.percentChange;
    const average = projection.allOccupations?.percentChange ?? null;
    const step: CareerStep | undefined = this.compare
      ? this.loader.profile?.careerPath?.steps.find((s) => s.id === this.compare && s.growthPercent != null)
      : undefined;
    if (this.compare && !step) console.warn(`<mrt-outlook-gauge>: compare="${this.compare}" names no career step with a growth figure.`);
    const jobs = this.jobs(projection);
    const openings = projection.openingsPerYear;
    const sources: SourceEntry[] = [{ label: '', source: projection.source }];
    if (projection.wording && projection.wordingSource) sources.push({ label: strings.wording, source: projection.wordingSource });
    if (projection.allOccupations?.source) sources.push({ label: strings.allOccupations, source: projection.allOccupations.source });
    if (sources.length > 1) sources[0].label = strings.outlookLabel.replace(/,? ?\{x\}/, '');
    const figures = html`${jobs ? html`<p class="jobs" part="jobs">${jobs}</p>` : nothing}
      ${openings == null ? nothing : html`<p class="jobs" part="openings">${fill(strings.openings, formatInteger(openings, this.i18n.locale))}</p>`}`;
    const sourceLines = renderSources(sources, strings, this.loader.profile!.lang);
    if (value === null) return html`<p class="wording">${strings.noChange}</p>${figures}${sourceLines}`;
    const layout = layoutGauge(value, [average, step?.growthPercent].filter((v): v is number => v != null));
    const pct = (v: number, signed = false): string => formatPercent(v, locale, signed);
    const period = projection.source.period;
    const wording = projection.wording ?? this.comparison(value, average);
    /** A line across the ring at `v`'s angle, from radius `from` to `to`. */
    const radial = (v: number, from: number, to: number, cls: string, part?: string): unknown => {
      const [x1, y1] = polar(layout.angle(v), from);
      const [x2, y2] = polar(layout.angle(v), to);
      return svg`<line class=${cls} part=${ifDefined(part)} x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
    };
    // Ticks cross the ring; their labels go in the key below, where no width cuts them off. A halo
    // of the background colour keeps a tick visible where it crosses the value arc.
    const tick = (v: number, cls: string): unknown =>
      [radial(v, RING.inner - 6, RING.outer + 6, 'halo'), radial(v, RING.inner - 6, RING.outer + 6, `tick ${cls}`, cls)];
    // Where the value arc ends, drawn only in forced colours: there arc and track can meet unseen.
    const valueEnd = radial(value, RING.inner, RING.outer, 'value-end');
    const key = (cls: string, label: unknown): unknown =>
      html`<li><svg width="16" height="12" aria-hidden="true"><line class="tick ${cls}" x1="2" y1="6" x2="14" y2="6"></line></svg>${label}</li>`;
    const averageLabel = average === null ? '' : `${strings.allOccupations}: ${pct(average, true)}`;
    const stepLabel = step ? `${step.title}: ${pct(step.growthPercent!, true)}` : '';
    // The meter says the value and the wording; its label, the caption and the key are each read once.
    // A value text is in one language, the interface's: where the published wording is in another
    // (English in a Spanish widget), it says the comparison in numbers instead of mixing the two.
    const sameLanguage = languageOf(this.loader.profile!.lang) === languageOf(locale);
    const spoken = projection.wording && !sameLanguage ? this.comparison(value, average) : wording;
    const valueText = [pct(value, true), spoken, averageLabel, stepLabel].filter(Boolean).join('; ');
    // role="meter" is set as a property (ARIA reflection): lit-analyzer's role list predates ARIA 1.2's meter.
    return html`<figure class="gauge" part="gauge">
        <div class="label" part="label" id="label" aria-hidden="true">${fillTemplate(strings.outlookLabel, isolatedPeriod(period))}</div>
        <div
          class="meter"
          part="meter"
          .role=${'meter'}
          aria-labelledby="label"
          aria-valuemin=${layout.domain[0]}
          aria-valuemax=${layout.domain[1]}
          aria-valuenow=${value}
          aria-valuetext=${valueText}
        >
          <svg viewBox="-100 -100 200 102" aria-hidden="true">
            <path class="track" part="track" d=${layout.track}></path>
            <path class="value" part="value" d=${layout.bar}></path>
            ${average === null ? nothing : tick(average, 'average')}
            ${step ? tick(step.growthPercent!, 'compare') : nothing}
            ${valueEnd}
          </svg>
          <div class="big" aria-hidden="true">${pct(value, true)}</div>
          <div class="ends" aria-hidden="true"><span>${pct(layout.domain[0])}</span><span>${pct(layout.domain[1])}</span></div>
        </div>
        <div class="side">
          ${average === null && !step
            ? nothing
            : html`<ul class="key" aria-hidden="true">
                ${averageLabel ? key('average', averageLabel) : nothing}
                ${step ? key('compare', html`${isolated(step.title, this.loader.profile!.lang)}: ${pct(step.growthPercent!, true)}`) : nothing}
              </ul>`}
          ${figures}
        </div>
        <figcaption class="wording" part="wording" aria-hidden="true" lang=${ifDefined(projection.wording ? this.loader.profile!.lang : undefined)}>${projection.wording ? isolated(wording) : wording}</figcaption>
      </figure>
      ${sourceLines}`;
  }

  /** "+27,800 jobs, from 206,300 in 2016 to 234,100 in 2026", or nothing when a figure is missing. */
  private jobs(projection: Projection): string {
    const { numericChange, baseEmployment, projectedEmployment, years } = projection;
    if (numericChange == null || baseEmployment == null || projectedEmployment == null) return '';
    const locale = this.i18n.locale;
    // What the projections' employment counts: unlike the wage survey's, the self-employed too.
    return `${fill(
      this.i18n.strings.jobs,
      formatSignedInteger(numericChange, locale),
      formatInteger(baseEmployment, locale),
      years[0],
      formatInteger(projectedEmployment, locale),
      years[1],
    )} (${this.i18n.strings.jobsNote})`;
  }

  /**
   * Without a published wording (BLS's phrase depends on each edition's average), the comparison
   * in plain numbers: a ratio when both grow, else the difference in percentage points.
   */
  private comparison(value: number, average: number | null): string {
    const { strings } = this.i18n;
    if (average === null) return '';
    const ratio = Math.round((value / average) * 10) / 10;
    if (ratio === 1) return strings.sameAsAverage;
    if (value > 0 && average > 0) return fill(strings.timesAverage, formatNumber(ratio, this.i18n.locale));
    return fill(value >= average ? strings.pointsAbove : strings.pointsBelow, formatNumber(Math.abs(value - average), this.i18n.locale));
  }
}

define('mrt-outlook-gauge', MrtOutlookGauge);

declare global {
  interface HTMLElementTagNameMap {
    'mrt-outlook-gauge': MrtOutlookGauge;
  }
}
