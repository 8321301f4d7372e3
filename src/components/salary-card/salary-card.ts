import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { formatCurrency, formatInteger } from '../../data/format.js';
import type { Basis, Wages } from '../../data/types.js';
import { MrtBasisChangeEvent } from '../../events/basis-change.js';
import { define } from '../../internal/define.js';
import { fill } from '../../internal/i18n.js';
import { LocaleController } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { headingLevel, isolated, placeholderSources, renderSources, renderStatus } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
import { PROFILE_PROPERTIES, ProfileController } from '../../internal/profile-controller.js';
import { switchStyles } from '../../internal/switch.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { checkWages, readBasis, shownBasis } from '../../internal/wages.js';
import { rangeStyles } from '../salary-range/salary-range.styles.js';
import { figureText, placeholderRange, renderRange } from '../salary-range/salary-range.template.js';
import { cardStyles } from './salary-card.styles.js';
import { attachStyledShadow } from '../../internal/document-styles.js';

/**
 * Headline pay of one occupation: median annual pay with its hourly
 * equivalent, the salary-range bar, mean pay, number employed, pay by work
 * setting, an annual/hourly switch, and the source of every figure.
 *
 * @summary Salary card: median pay, range bar, mean, employment, pay by work setting.
 * @tagname mrt-salary-card
 *
 * @fires mrt-data-error - The profile could not be loaded, or figures in it are not shown. `detail` lists each problem with its path.
 * @fires mrt-basis-change - The reader switched between annual and hourly pay. `detail.basis` is the new basis. Not fired when `basis` is set by script.
 *
 * @csspart card - The whole card.
 * @csspart title - The occupation's title.
 * @csspart switch - The annual/hourly switch.
 * @csspart headline - The median pay figure and its label.
 * @csspart range - The salary-range figure.
 * @csspart chart - The SVG bar.
 * @csspart box - The 25th–75th percentile box.
 * @csspart whisker - The 10th–90th percentile line.
 * @csspart median - The median dot.
 * @csspart mean - The mean tick.
 * @csspart sentence - The sentence that states the range in words.
 * @csspart table - The table of percentiles, in a disclosure ("Show the figures").
 * @csspart stats - Mean pay and number employed.
 * @csspart settings - Pay by work setting.
 * @csspart message - The visible message about data problems.
 * @csspart source - The source and reference period lines.
 *
 * @cssprop [--mrt-accent=light-dark(#1d5fbf, #74a9f7)] - The 25th–75th box, the switch, work-setting bars, links and focus rings.
 * @cssprop [--mrt-accent-text=light-dark(#ffffff, #0d1117)] - Text on the accent colour.
 * @cssprop [--mrt-text=light-dark(#1b1f24, #e6e9ed)] - Text, median dot and mean tick.
 * @cssprop [--mrt-muted=light-dark(#57606a, #a4adb8)] - Secondary text and the 10th–90th line.
 * @cssprop [--mrt-surface=light-dark(#ffffff, #16191d)] - Background.
 * @cssprop [--mrt-grid=light-dark(#d5dae0, #3a4048)] - Gridlines and rules.
 * @cssprop [--mrt-error=light-dark(#b42318, #ff9c8f)] - Data-problem message.
 * @cssprop [--mrt-radius=6px] - Corner radius of the switch.
 * @cssprop [--mrt-padding=16px] - Inset of every element used alone; here inside `::part(card)`, so a border set there goes around it. 0 inside a career profile.
 * @cssprop [--mrt-font-family=inherit] - Font; the page's font by default.
 * @cssprop [--mrt-font-size=1em] - Base font size: by default the size of the text around the element.
 */
export class MrtSalaryCard extends LitElement {
  static override styles = [themeStyles, switchStyles, rangeStyles, cardStyles];

  static override properties = {
    ...PROFILE_PROPERTIES,
    basis: { reflect: true },
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
  /**
   * `annual` or `hourly` pay; the reader can switch. Unset: annual, or hourly where the profile has
   * hourly figures only.
   */
  basis?: Basis;
  /** Level of the card's heading (1–6); its section headings are one level below. */
  headingLevel = 2;


  private readonly loader = new ProfileController(this, { sections: ['wages'], check: checkWages, ready: () => this.i18n.ready });
  private readonly i18n = new LocaleController(this);
  /** `basis` once checked; undefined while it is unset (then shownBasis picks one by the data). */
  private resolvedBasis?: Basis;

  /** The shadow root, styled in whatever document the element is in (it may move to an iframe's). */
  protected override createRenderRoot(): ShadowRoot {
    return attachStyledShadow(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('basis')) this.resolvedBasis = readBasis(this.basis, this);
  }

  protected override render(): unknown {
    const { profile, status } = this.loader;
    // Out of range (or not a number) is clamped to 1–6, defaulting to 2.
    const level = headingLevel(this.headingLevel, 2);
    const basis = shownBasis(this.resolvedBasis, profile?.wages);
    return html`
      <article class="card" part="card">
        <div class="head">
          ${status === 'loading'
            ? html`<div class="title">&nbsp;</div>`
            : profile?.title
              ? html`<div class="title" part="title" role="heading" aria-level=${level} lang=${profile.lang}>${isolated(profile.title)}</div>`
              : nothing}
          ${profile?.wages || status === 'loading' ? this.renderSwitch(basis) : nothing}
        </div>
        ${renderStatus(this.loader, this.i18n.strings)}
        ${status === 'loading' ? this.renderPlaceholder() : nothing}
        ${profile?.wages ? this.renderWages(profile.wages, basis, level) : nothing}
        ${status === 'ready' && !profile?.wages ? html`<p class="empty">${this.i18n.strings.noWages}</p>` : nothing}
      </article>
    `;
  }

  private renderSwitch(shown: Basis): unknown {
    const disabled = this.loader.status !== 'ready';
    // Nothing is checked until the profile is here: which pay it has decides the basis shown.
    // While the interface text loads (Spanish, on first use) the switch keeps its place unseen:
    // never its English labels first.
    return html`<fieldset class="switch ${this.i18n.ready ? '' : 'pending'}" part="switch" ?disabled=${disabled}>
      <legend class="vh">${this.i18n.strings.basisLegend}</legend>
      ${(['annual', 'hourly'] as const).map(
        (basis) => html`<label>
          <input
            type="radio"
            name="basis"
            value=${basis}
            .checked=${this.loader.status === 'ready' && shown === basis}
            @change=${this.handleBasisChange}
          /><span>${this.i18n.strings.basisName[basis]}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  /** While a `src` loads: the card's usual rows, empty, so nothing moves when the figures arrive. */
  private renderPlaceholder(): unknown {
    const blank = html`<br />`;
    return html`<div class="placeholder" aria-hidden="true">
      <p class="headline"><span class="figure">&nbsp;</span><span class="alt">&nbsp;</span></p>
      ${placeholderRange(false)}
      <dl class="stats">
        <div><dt>${blank}</dt><dd>${blank}</dd><dd class="note">${blank}</dd></div>
      </dl>
      <div class="settings">${blank}<ul><li>&nbsp;</li><li>&nbsp;</li></ul></div>
      ${placeholderSources(140)}
    </div>`;
  }

  private renderWages(wages: Wages, basis: Basis, level: number): unknown {
    const { strings } = this.i18n;
    const locale = this.i18n.locale;
    const other: Basis = basis === 'annual' ? 'hourly' : 'annual';
    const dist = wages[basis];
    const otherDist = wages[other];
    const lang = this.loader.profile!.lang;
    const sources: SourceEntry[] = [{ label: strings.wagesLabel, source: wages.source }];
    if (wages.bySetting) sources.push({ label: strings.bySetting, source: wages.bySetting.source });
    return html`
      ${dist
        ? html`<p class="headline" part="headline">
              <span class="figure">${figureText(dist, 'median', locale, strings)}</span>
              <span class="per">${strings.medianPay}${dist.median === null ? '' : ` ${strings.per[basis]}`}</span>
              ${otherDist?.median != null
                ? html`<span class="alt">${figureText(otherDist, 'median', locale, strings)} ${strings.per[other]}</span>`
                : nothing}
            </p>
            ${renderRange({
              dist,
              basis,
              title: this.loader.profile?.title ?? '',
              lang,
              locale,
              strings,
            })}`
        : html`<p class="empty">${fill(strings.noBasis, strings.basisName[basis])}</p>`}
      <dl class="stats" part="stats">
        <div>
          <dt>${strings.meanPay}</dt>
          <dd>${dist?.mean != null ? `${figureText(dist, 'mean', locale, strings)} ${strings.per[basis]}` : strings.notAvailable}</dd>
        </div>
        <div>
          <dt>${strings.employed}</dt>
          <dd>${wages.employment === null ? strings.notAvailable : formatInteger(wages.employment, locale)}</dd>
          <dd class="note">${strings.employedNote}</dd>
        </div>
      </dl>
      ${wages.bySetting?.settings.length ? this.renderSettings(wages.bySetting.settings, level, lang) : nothing}
      ${renderSources(sources, strings, lang)}
    `;
  }

  private renderSettings(settings: { name: string; medianAnnual: number }[], level: number, lang: string): unknown {
    const max = Math.max(...settings.map((s) => s.medianAnnual)) || 1;
    return html`<section class="settings" part="settings">
      <div class="subhead" role="heading" aria-level=${Math.min(6, level + 1)}>
        ${this.i18n.strings.bySetting} <span class="note">(${this.i18n.strings.per.annual})</span>
      </div>
      <ul lang=${lang}>
        ${settings.map(
          (s) => html`<li>
            <span class="name">${isolated(s.name)}</span>
            <svg class="bar" width="100%" height="10" aria-hidden="true">
              <rect width="${(s.medianAnnual / max) * 100}%" height="10" rx="2"></rect>
            </svg>
            <span class="value">${formatCurrency(s.medianAnnual, this.i18n.locale)}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private handleBasisChange(event: Event): void {
    const basis = (event.target as HTMLInputElement).value as Basis;
    this.basis = basis;
    this.dispatchEvent(new MrtBasisChangeEvent(basis));
  }

}

define('mrt-salary-card', MrtSalaryCard);

declare global {
  interface HTMLElementTagNameMap {
    'mrt-salary-card': MrtSalaryCard;
  }
}
