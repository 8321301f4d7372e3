import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCurrency, formatPercent } from '../../data/format.js';
import type { CareerStep, DataProblem, OccupationProfile, TextList } from '../../data/types.js';
import { MrtStepSelectEvent } from '../../events/step-select.js';
import { define } from '../../internal/define.js';
import { stringsFor } from '../../internal/i18n.js';
import type { Strings } from '../../internal/i18n.js';
import { localeOf } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { renderSources, renderStatus } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
import { ProfileController } from '../../internal/profile-controller.js';
import { themeStyles } from '../../internal/theme.styles.js';

const checkPath = (profile: OccupationProfile): DataProblem[] =>
  profile.careerPath?.steps.length ? [] : [{ path: 'careerPath', message: 'this profile has no career path' }];

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
 * @cssprop [--mrt-font-size=1rem] - Base font size.
 */
export class MrtCareerPath extends LitElement {
  static override styles = [
    themeStyles,
    css`
      .steps {
        display: grid;
        gap: 12px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .step {
        position: relative;
        display: grid;
        grid-template-columns: 36px 1fr;
        gap: 0 8px;
        width: 100%;
        padding: 0;
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        text-align: start;
        cursor: pointer;
      }
      .marker {
        display: grid;
        place-items: center;
        width: 36px;
        height: 36px;
        border: 2px solid var(--_muted);
        border-radius: 50%;
        background: var(--_surface);
        font-weight: 700;
      }
      [aria-current] .marker {
        border-color: var(--_accent);
        background: var(--_accent);
        color: var(--_accent-text);
      }
      .name {
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .facts,
      .details {
        grid-column: 2;
        color: var(--_muted);
        font-size: 0.875em;
      }
      .details {
        margin: 4px 0 0 44px;
        color: var(--_text);
      }
      .details p {
        margin: 0 0 4px;
      }
      h3,
      summary {
        margin: 16px 0 4px;
        font-size: 1em;
      }
      .related {
        margin: 0;
        padding-inline-start: 20px;
      }
      @container (min-width: 600px) {
        .steps {
          grid-auto-flow: column;
          grid-auto-columns: 1fr;
        }
        /* Circle on top, words below, a line from circle to circle. */
        .step {
          grid-template-columns: 1fr;
        }
        .facts,
        .details {
          grid-column: 1;
          margin-inline-start: 0;
        }
        .steps li:not(:last-child) .step::after {
          content: '';
          position: absolute;
          top: 18px;
          left: 44px;
          right: -4px;
          border-top: 2px solid var(--_muted);
        }
      }
      @media (forced-colors: active) {
        [aria-current] .marker {
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
      }
    `,
  ];

  static override properties = {
    occupation: {},
    src: {},
    data: { attribute: false },
    srcTimeout: { attribute: 'src-timeout', type: Number },
    locale: {},
    theme: { reflect: true },
    current: {},
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

  private open?: string;
  private focusIndex = 0;
  private readonly loader = new ProfileController(this, {
    sections: ['careerPath', 'related', 'qualities', 'workEnvironment'],
    check: checkPath,
  });
  private resolvedLocale = 'en-US';
  private strings: Strings = stringsFor('en-US');

  protected override willUpdate(): void {
    this.resolvedLocale = localeOf(this, this.locale);
    this.strings = stringsFor(this.resolvedLocale);
  }

  protected override render(): unknown {
    const { profile, status } = this.loader;
    const path = profile?.careerPath;
    const sources: SourceEntry[] = [];
    if (path) sources.push({ label: this.strings.careerPath, source: path.source });
    if (profile?.related) sources.push({ label: this.strings.related, source: profile.related.source });
    return html`
      ${renderStatus(this.loader, this.strings)}
      ${status === 'loading' ? this.renderPlaceholder() : nothing}
      ${path ? this.renderSteps(path.steps, profile) : status === 'ready' ? html`<p>${this.strings.noPath}</p>` : nothing}
      ${profile?.related?.careers.length ? this.renderRelated(profile.related.careers) : nothing}
      ${profile ? [this.renderList(this.strings.qualities, profile.qualities), this.renderList(this.strings.workEnvironment, profile.workEnvironment)] : nothing}
      ${sources.length ? renderSources(sources, this.strings) : nothing}
    `;
  }

  private renderSteps(steps: CareerStep[], profile: OccupationProfile): unknown {
    const current = this.current ?? (steps.find((s) => s.id === profile.id || s.soc === profile.soc) ?? steps[0]).id;
    return html`<ol class="steps" part="steps" @keydown=${this.handleKeydown}>
      ${steps.map((step, i) => {
        const open = this.open === step.id;
        return html`<li>
          <button
            class="step"
            part="step"
            id="step-${i}"
            tabindex=${i === this.focusIndex ? 0 : -1}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="details-${i}"
            aria-current=${ifDefined(step.id === current ? 'step' : undefined)}
            @click=${() => this.handleSelect(step, i)}
          >
            <span class="marker" part="marker" aria-hidden="true">${i + 1}</span>
            <span class="name">${step.title}</span>
            <span class="facts">${this.facts(step)}</span>
          </button>
          <div class="details" part="details" id="details-${i}" ?hidden=${!open}>
            ${step.education && step.kind !== 'training' ? html`<p>${step.education}</p>` : nothing}
            ${step.description ? html`<p>${step.description}</p>` : nothing}
          </div>
        </li>`;
      })}
    </ol>`;
  }

  /** While a `src` loads: the usual rows (three steps, three related careers, two details, sources), empty. */
  private renderPlaceholder(): unknown {
    const rows = (n: number): unknown => Array.from({ length: n }, () => html`<li><br /><br /></li>`);
    return html`<div aria-hidden="true">
      <ol class="steps">
        ${Array.from(
          { length: 3 },
          () => html`<li><span class="step"><span class="marker"></span><span class="name">&nbsp;</span><span class="facts">&nbsp;<br />&nbsp;</span></span></li>`,
        )}
      </ol>
      <h3>&nbsp;</h3>
      <ul class="related">
        ${rows(3)}
      </ul>
      <details><summary>&nbsp;</summary></details>
      <details><summary>&nbsp;</summary></details>
      <div class="source"><p><br /><br /><br /></p></div>
    </div>`;
  }

  /** "Median pay $39,180 · Job growth +13.5%"; a missing figure reads "—" (and "not available" aloud). */
  private facts(step: { kind?: string; medianAnnual?: number | null; growthPercent?: number | null }): unknown {
    const { strings } = this;
    if (step.kind === 'training') return (step as CareerStep).education ?? nothing;
    const missing = html`<span aria-hidden="true">—</span><span class="vh">${strings.notAvailable}</span>`;
    return html`${strings.medianPay}
      ${step.medianAnnual == null ? missing : formatCurrency(step.medianAnnual, this.resolvedLocale)} ·
      ${strings.growth}
      ${step.growthPercent == null ? missing : formatPercent(step.growthPercent, this.resolvedLocale, true)}`;
  }

  private renderRelated(careers: { title: string; medianAnnual: number | null; growthPercent: number | null }[]): unknown {
    return html`<h3>${this.strings.related}</h3>
      <ul class="related" part="related">
        ${careers.map((c) => html`<li><span class="name">${c.title}</span><br /><span class="facts">${this.facts(c)}</span></li>`)}
      </ul>`;
  }

  private renderList(title: string, list?: TextList): unknown {
    return list?.items.length
      ? html`<details>
          <summary>${title}</summary>
          <ul>
            ${list.items.map((item) => html`<li>${item}</li>`)}
          </ul>
        </details>`
      : nothing;
  }

  private handleSelect(step: CareerStep, index: number): void {
    this.focusIndex = index;
    this.open = this.open === step.id ? undefined : step.id;
    this.dispatchEvent(new MrtStepSelectEvent(step.id, step.title));
  }

  /** Arrow keys move between steps (one tab stop for the list), Home and End jump to the ends. */
  private handleKeydown(event: KeyboardEvent): void {
    const count = this.loader.profile?.careerPath?.steps.length ?? 0;
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
