import { LitElement, html, nothing } from 'lit';
import { define } from '../../internal/define.js';
import { addStyles, attachStyledShadow, takeDrawing } from '../../internal/document-styles.js';
import { firstUse } from '../../internal/first-use.js';
import { fill } from '../../internal/i18n.js';
import { LocaleController } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { headingLevel, renderStatus } from '../../internal/parts.js';
import { PROFILE_PROPERTIES, ProfileController } from '../../internal/profile-controller.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { checkWages } from '../../internal/wages.js';
import '../career-path/career-path.js';
import '../outlook-gauge/outlook-gauge.js';
import '../salary-card/salary-card.js';
import { loadDrawing as loadMap } from '../state-wages/state-wages.js';
import { profileStyles } from './career-profile.styles.js';

type Drawing = typeof import('./career-profile.drawing.js');
/**
 * The profile's own drawing (career-profile.drawing.ts): in the CDN file a chunk beside it, requested
 * with the state map's drawing, which the profile waits for anyway. Its styles join the class's.
 */
export const loadDrawing = firstUse(() =>
  import('./career-profile.drawing.js').then((module) => {
    addStyles(MrtCareerProfile, [module.drawingStyles]);
    return module;
  }),
);

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
    // Both drawings too (chunks in the CDN file: the state map's and the profile's own), so the parts
    // are complete in their first render: pre-rendered content gives way to them with nothing left to load.
    ready: () => this.i18n.ready && this.mapLoaded && this.drawn !== undefined,
  });
  private readonly i18n = new LocaleController(this);
  private mapLoaded = false;
  /** The drawing once loaded, or why it could not be. */
  private drawn?: Drawing | { error: string };

  override connectedCallback(): void {
    super.connectedCallback();
    // Both drawings are requested at once: the map's (loaded or failed, the state map says so
    // itself, and the parts can render) and the profile's own.
    const map = loadMap();
    const mapDone = (): void => {
      this.mapLoaded = true;
      this.requestUpdate();
    };
    if (map instanceof Promise) void map.then(mapDone, mapDone);
    else this.mapLoaded = true;
    if (!this.drawn) takeDrawing(this, loadDrawing, (drawn) => (this.drawn = drawn));
  }

  /** The shadow root, styled in whatever document the element is in (it may move to an iframe's). */
  protected override createRenderRoot(): ShadowRoot {
    return attachStyledShadow(this);
  }

  protected override render(): unknown {
    const { profile, status, raw } = this.loader;
    const { locale, strings } = this.i18n;
    const { drawn } = this;
    const statusLine = renderStatus(this.loader, strings);
    if (profile && drawn && !('error' in drawn)) {
      return drawn.renderProfile({ profile, raw, level: headingLevel(this.headingLevel, 2), locale, strings, theme: this.theme, status: statusLine });
    }
    // While the profile or the drawings load, the parts' space is kept (the styles' placeholder heights).
    return html`
      ${status === 'loading' ? html`<div class="title">&nbsp;</div>` : nothing}
      ${statusLine}
      ${drawn && 'error' in drawn
        ? html`<p class="message" part="message">${fill(strings.loadFailed, `the career profile did not load (${drawn.error}); keep the files of dist/cdn/ together`)}</p>`
        : nothing}
      <div class="parts placeholder">
        ${status === 'loading' ? html`<div class="card"></div><div class="gauge"></div><div class="states"></div><div class="path"></div>` : nothing}
      </div>
    `;
  }
}

define('mrt-career-profile', MrtCareerProfile);

declare global {
  interface HTMLElementTagNameMap {
    'mrt-career-profile': MrtCareerProfile;
  }
}
