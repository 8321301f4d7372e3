import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { Basis } from '../../data/types.js';
import { define } from '../../internal/define.js';
import { fill } from '../../internal/i18n.js';
import { LocaleController } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { PROFILE_PROPERTIES, ProfileController } from '../../internal/profile-controller.js';
import { renderSources, renderStatus } from '../../internal/parts.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { checkWages, readBasis, shownBasis } from '../../internal/wages.js';
import { placeholderRange, renderRange } from './salary-range.template.js';
import { rangeStyles } from './salary-range.styles.js';
import { attachStyledShadow } from '../../internal/document-styles.js';

/**
 * The pay distribution of one occupation as a bar: 10th–90th percentile line,
 * 25th–75th percentile box, median dot with its value above, mean tick, with
 * a sentence that states the range in words, and the figures as a table in a
 * disclosure ("Show the figures").
 *
 * @summary Salary-range bar: percentiles, median and mean of one occupation's pay.
 * @tagname mrt-salary-range
 *
 * @fires mrt-data-error - The profile could not be loaded, or figures in it are not shown. `detail` lists each problem with its path.
 *
 * @csspart range - The figure holding the chart, sentence and table.
 * @csspart chart - The SVG bar.
 * @csspart box - The 25th–75th percentile box.
 * @csspart whisker - The 10th–90th percentile line.
 * @csspart median - The median dot.
 * @csspart mean - The mean tick.
 * @csspart sentence - The sentence that states the range in words.
 * @csspart table - The table of percentiles, in a disclosure ("Show the figures").
 * @csspart message - The visible message about data problems.
 * @csspart source - The source and reference period line.
 *
 * @cssprop [--mrt-accent=light-dark(#1d5fbf, #74a9f7)] - The 25th–75th box; links and focus rings.
 * @cssprop [--mrt-text=light-dark(#1b1f24, #e6e9ed)] - Text, median dot and mean tick.
 * @cssprop [--mrt-muted=light-dark(#57606a, #a4adb8)] - Secondary text and the 10th–90th line.
 * @cssprop [--mrt-surface=light-dark(#ffffff, #16191d)] - Background.
 * @cssprop [--mrt-grid=light-dark(#d5dae0, #3a4048)] - Gridlines.
 * @cssprop [--mrt-error=light-dark(#b42318, #ff9c8f)] - Data-problem message.
 * @cssprop [--mrt-font-family=inherit] - Font; the page's font by default.
 * @cssprop [--mrt-font-size=1em] - Base font size: by default the size of the text around the element.
 * @cssprop [--mrt-padding=16px] - Inset of the element's content (0 inside a career profile).
 */
export class MrtSalaryRange extends LitElement {
  static override styles = [themeStyles, rangeStyles];

  static override properties = {
    ...PROFILE_PROPERTIES,
    basis: {},
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
  /** `annual` or `hourly` pay. Unset: annual, or hourly where the profile has hourly figures only. */
  basis?: Basis;


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
    const wages = profile?.wages;
    const basis = shownBasis(this.resolvedBasis, wages);
    const dist = wages?.[basis];
    return html`
      ${renderStatus(this.loader, this.i18n.strings)}
      ${status === 'loading' ? placeholderRange() : nothing}
      ${dist
        ? renderRange({
            dist,
            basis,
            title: profile?.title ?? '',
            lang: profile!.lang,
            locale: this.i18n.locale,
            strings: this.i18n.strings,
          })
        : nothing}
      ${wages && !dist && status === 'ready' ? html`<p class="message" part="message">${fill(this.i18n.strings.noBasis, this.i18n.strings.basisName[basis])}</p>` : nothing}
      ${wages ? renderSources([{ label: '', source: wages.source }], this.i18n.strings, profile!.lang) : nothing}
    `;
  }

}

define('mrt-salary-range', MrtSalaryRange);

declare global {
  interface HTMLElementTagNameMap {
    'mrt-salary-range': MrtSalaryRange;
  }
}
