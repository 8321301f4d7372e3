import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCurrency, formatPercent } from '../../data/format.js';
import type { PropertyValues } from 'lit';
import type { CareerStep, DataProblem, OccupationProfile, TextList } from '../../data/types.js';
import { MrtStepSelectEvent } from '../../events/step-select.js';
import { define } from '../../internal/define.js';
import type { Strings } from '../../internal/i18n.js';
import { LocaleController } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { headingLevel, isolated, placeholderSources, renderSources, renderStatus } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
import { PROFILE_PROPERTIES, ProfileController } from '../../internal/profile-controller.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { pathStyles } from './career-path.styles.js';
import { attachStyledShadow } from '../../internal/document-styles.js';

/** Problems that keep a profile's career path from being shown (an entry route from BLS's requirements will do). */
const checkPath = (profile: OccupationProfile): DataProblem[] =>
  profile.careerPath?.steps.length || hasEntry(profile) ? [] : [{ path: 'careerPath', message: 'this profile has no career path' }];

const hasEntry = (profile?: OccupationProfile): boolean => !!(profile?.education?.typicalEntry || profile?.education?.workExperience);

/**
 * Without a hand-written path, the way in as BLS's projections give it: typical entry-level
 * education, then work experience in a related occupation (when any), then the occupation with its
 * median pay, growth and typical on-the-job training. Nothing after it: no next step is invented.
 */
function entryRoute(profile: OccupationProfile, strings: Strings): CareerStep[] {
  const e = profile.education;
  if (!e || !hasEntry(profile)) return [];
  const steps: CareerStep[] = [];
  if (e.typicalEntry) steps.push({ id: 'entry-education', kind: 'training', title: strings.entryEducation, education: e.typicalEntry });
  if (e.workExperience && e.workExperience.toLowerCase() !== 'none') {
    steps.push({ id: 'entry-experience', kind: 'training', title: strings.entryExperience, education: e.workExperience });
  }
  const annual = profile.wages?.annual;
  steps.push({
    id: profile.id,
    kind: 'occupation',
    title: profile.title,
    soc: profile.soc,
    // A top-coded median is "at least", not a figure to print as exact here.
    medianAnnual: annual?.atLeast?.includes('median') ? null : (annual?.median ?? null),
    growthPercent: profile.projection?.percentChange ?? null,
    ...(e.onTheJobTraining ? { description: `${strings.entryTraining}: ${e.onTheJobTraining}` } : {}),
  });
  return steps;
}

/**
 * The road into and beyond the job: an ordered stepper (training → this job →
 * next steps), each step with its education, median pay and growth, then
 * related careers and, in expandable details, qualities and work environment.
 *
 * @summary Career-path stepper: training, this occupation, next steps, related careers.
 * @tagname mrt-career-path
 *
 * @fires mrt-step-select - The reader chose a step (click, Enter or Space). `detail` is `{ id, title }`. Not fired when `current` is set by script.
 * @fires mrt-data-error - The profile could not be loaded, or its career path is missing or invalid. `detail` lists each problem with its path.
 *
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step's button.
 * @csspart marker - A step's numbered circle.
 * @csspart details - A step's expanded details.
 * @csspart related - The related careers.
 * @csspart message - The visible message about data problems.
 * @csspart source - The source and reference period lines.
 *
 * @cssprop [--mrt-accent=light-dark(#1d5fbf, #74a9f7)] - The current step's circle; focus rings.
 * @cssprop [--mrt-accent-text=light-dark(#ffffff, #0d1117)] - The number in the current step's circle.
 * @cssprop [--mrt-text=light-dark(#1b1f24, #e6e9ed)] - Text.
 * @cssprop [--mrt-muted=light-dark(#57606a, #a4adb8)] - Secondary text, circles and connectors.
 * @cssprop [--mrt-surface=light-dark(#ffffff, #16191d)] - Background.
 * @cssprop [--mrt-grid=light-dark(#d5dae0, #3a4048)] - Rules.
 * @cssprop [--mrt-error=light-dark(#b42318, #ff9c8f)] - Data-problem message.
 * @cssprop [--mrt-font-family=inherit] - Font; the page's font by default.
 * @cssprop [--mrt-padding=16px] - Inset of the element's content (0 inside a career profile).
 * @cssprop [--mrt-font-size=1em] - Base font size: by default the size of the text around the element.
 */
export class MrtCareerPath extends LitElement {
  static override styles = [
    themeStyles,
    pathStyles,
  ];

  static override properties = {
    ...PROFILE_PROPERTIES,
    current: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    // `attribute: false` keeps this internal state out of the manifest's attributes.
    open: { state: true, attribute: false },
    focusIndex: { state: true, attribute: false },
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
  /** Id of the step marked as where the reader is; default: the profile's own occupation. */
  current?: string;
  /** Level of the headings of its sections (related careers), 1–6; 2 suits a page whose only heading above is its h1. */
  headingLevel = 2;

  private open?: string;
  private focusIndex = 0;
  private readonly loader = new ProfileController(this, {
    sections: ['careerPath', 'related', 'qualities', 'workEnvironment', 'education'],
    check: checkPath,
    ready: () => this.i18n.ready,
  });
  private readonly i18n = new LocaleController(this);
  private steps: CareerStep[] = [];
  private route: { profile?: OccupationProfile; strings?: Strings; steps: CareerStep[] } = { steps: [] };
  private currentId?: string;

  /** The shadow root, styled in whatever document the element is in (it may move to an iframe's). */
  protected override createRenderRoot(): ShadowRoot {
    return attachStyledShadow(this);
  }

  /** The steps and the current one, from the profile the controller has just loaded (it runs after willUpdate). */
  protected override update(changed: PropertyValues<this>): void {
    const profile = this.loader.profile;
    let steps = profile?.careerPath?.steps;
    if (!steps) {
      // Built once per profile and language, so a re-render keeps the steps (and the tab stop).
      if (this.route.profile !== profile || this.route.strings !== this.i18n.strings) {
        this.route = { profile, strings: this.i18n.strings, steps: profile ? entryRoute(profile, this.i18n.strings) : [] };
      }
      steps = this.route.steps;
    }
    const own = steps.find((s) => s.id === profile?.id || s.soc === profile?.soc);
    this.currentId = this.current ?? own?.id ?? steps[0]?.id;
    if (steps !== this.steps || changed.has('current')) {
      // New steps: the one tab stop starts on the current step.
      this.steps = steps;
      this.focusIndex = Math.max(0, steps.findIndex((s) => s.id === this.currentId));
    }
    super.update(changed);
  }

  protected override render(): unknown {
    const { profile, status } = this.loader;
    const path = profile?.careerPath;
    const sources: SourceEntry[] = [];
    if (path) sources.push({ label: this.i18n.strings.careerPath, source: path.source });
    else if (profile?.education && this.steps.length) {
      // The route's own words are BLS's, its figures the wage release's and the projection's.
      sources.push({ label: this.i18n.strings.careerPath, source: profile.education.source });
      if (profile.wages) sources.push({ label: this.i18n.strings.medianPay, source: profile.wages.source });
      if (profile.projection) sources.push({ label: this.i18n.strings.growth, source: profile.projection.source });
    }
    if (profile?.related) sources.push({ label: this.i18n.strings.related, source: profile.related.source });
    for (const [label, list] of [
      [this.i18n.strings.qualities, profile?.qualities],
      [this.i18n.strings.workEnvironment, profile?.workEnvironment],
    ] as const) {
      if (list?.items.length) sources.push({ label, source: list.source });
    }
    return html`
      ${renderStatus(this.loader, this.i18n.strings)}
      ${status === 'loading' ? this.renderPlaceholder() : nothing}
      ${this.steps.length ? this.renderSteps() : status === 'ready' ? html`<p>${this.i18n.strings.noPath}</p>` : nothing}
      ${profile?.related?.careers.length ? this.renderRelated(profile.related.careers) : nothing}
      ${profile ? [this.renderList(this.i18n.strings.qualities, profile.qualities), this.renderList(this.i18n.strings.workEnvironment, profile.workEnvironment)] : nothing}
      ${sources.length ? renderSources(sources, this.i18n.strings, profile!.lang) : nothing}
    `;
  }

  /** While a `src` loads: the usual rows (three steps, three related careers, two details, sources), empty. */
  private renderPlaceholder(): unknown {
    const rows = (n: number): unknown => Array.from({ length: n }, () => html`<li>&nbsp;<br /><span class="facts"><span>&nbsp;</span></span></li>`);
    return html`<div aria-hidden="true">
      <ol class="steps">
        ${Array.from(
          { length: 3 },
          () => html`<li><span class="step"><span class="marker"></span><span class="name">&nbsp;</span><span class="facts"><span>&nbsp;<br />&nbsp;</span></span></span></li>`,
        )}
      </ol>
      <div class="subhead">&nbsp;</div>
      <ul class="related">
        ${rows(3)}
      </ul>
      <details><summary>&nbsp;</summary></details>
      <details><summary>&nbsp;</summary></details>
      ${placeholderSources(200)}
    </div>`;
  }

  private renderSteps(): unknown {
    const lang = this.loader.profile!.lang;
    return html`<ol class="steps" part="steps" @keydown=${this.handleKeydown}>
      ${this.steps.map((step, i) => {
        const open = this.open === step.id;
        return html`<li>
          <button
            class="step"
            part="step"
            id="step-${i}"
            tabindex=${i === this.focusIndex ? 0 : -1}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="details-${i}"
            aria-current=${ifDefined(step.id === this.currentId ? 'step' : undefined)}
            @click=${() => this.handleSelect(step, i)}
          >
            <!-- A no-break space ties the chevron to the title's last word: it never wraps alone. -->
            <span class="marker" part="marker" aria-hidden="true">${i + 1}</span>
            <span class="name"
              >${isolated(step.title, step.id.startsWith('entry-') ? undefined : lang)}&nbsp;<span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span></span
            >
            <span class="facts">${this.facts(step)}</span>
          </button>
          <div class="details" part="details" id="details-${i}" ?hidden=${!open} lang=${lang}>
            ${step.education && step.kind !== 'training' ? html`<p>${isolated(step.education)}</p>` : nothing}
            ${step.description ? html`<p>${isolated(step.description)}</p>` : nothing}
          </div>
        </li>`;
      })}
    </ol>`;
  }

  /**
   * "Median pay $39,180", "Job growth +13.5%": two facts side by side, or one above the other when
   * they do not fit, with no separator that could start or end a line (screen readers hear a comma).
   * A missing figure reads "—" (and "not available" aloud).
   */
  private facts(step: { kind?: string; medianAnnual?: number | null; growthPercent?: number | null }): unknown {
    const { strings } = this.i18n;
    if (step.kind === 'training') return isolated((step as CareerStep).education ?? '', this.loader.profile!.lang);
    const pay = step.medianAnnual == null ? '' : formatCurrency(step.medianAnnual, this.i18n.locale);
    const growth = step.growthPercent == null ? '' : formatPercent(step.growthPercent, this.i18n.locale, true);
    // Label and figure as one text where there is a figure: Chromium leaves a space that stands
    // alone between two bindings out of a button's accessible name ("Median pay$39,180").
    const fact = (label: string, value: string): unknown =>
      value ? `${label} ${value}` : html`${label} <span aria-hidden="true">—</span><span class="vh">${strings.notAvailable}</span>`;
    return html`<span>${fact(strings.medianPay, pay)}</span><span class="vh">, </span><span>${fact(strings.growth, growth)}</span>`;
  }

  private renderRelated(careers: { title: string; medianAnnual: number | null; growthPercent: number | null }[]): unknown {
    const level = headingLevel(this.headingLevel, 2);
    return html`<div class="subhead" role="heading" aria-level=${level}>${this.i18n.strings.related}</div>
      <ul class="related" part="related">
        ${careers.map((c) => html`<li><span class="name" lang=${this.loader.profile!.lang}>${isolated(c.title)}</span><br /><span class="facts">${this.facts(c)}</span></li>`)}
      </ul>`;
  }

  private renderList(title: string, list?: TextList): unknown {
    return list?.items.length
      ? html`<details>
          <summary>${title}</summary>
          <ul lang=${this.loader.profile!.lang}>
            ${list.items.map((item) => html`<li>${isolated(item)}</li>`)}
          </ul>
        </details>`
      : nothing;
  }

  private handleSelect(step: CareerStep, index: number): void {
    this.focusIndex = index;
    const opening = this.open !== step.id;
    this.open = opening ? step.id : undefined;
    // Opening a step selects it; closing it again is not a selection.
    if (opening) this.dispatchEvent(new MrtStepSelectEvent(step.id, step.title));
  }

  /** Arrow keys move between steps (one tab stop for the list), Home and End jump to the ends. */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return; // browser and screen-reader shortcuts
    const count = this.steps.length;
    const moves: Record<string, number> = {
      ArrowRight: this.focusIndex + 1,
      ArrowDown: this.focusIndex + 1,
      ArrowLeft: this.focusIndex - 1,
      ArrowUp: this.focusIndex - 1,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined || !count) return;
    event.preventDefault();
    this.focusIndex = Math.min(count - 1, Math.max(0, next));
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(`step-${this.focusIndex}`)?.focus());
  }
}

define('mrt-career-path', MrtCareerPath);

declare global {
  interface HTMLElementTagNameMap {
    'mrt-career-path': MrtCareerPath;
  }
}
