import { LitElement, html } from 'lit';
import type { PropertyValues } from 'lit';
import type { DataProblem, OccupationProfile, StateRow } from '../../data/types.js';
import { MrtStateSelectEvent } from '../../events/state-select.js';
import { define } from '../../internal/define.js';
import { firstUse } from '../../internal/first-use.js';
import { fill } from '../../internal/i18n.js';
import { LocaleController } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { headingLevel, renderStatus } from '../../internal/parts.js';
import { PROFILE_PROPERTIES, ProfileController } from '../../internal/profile-controller.js';
import { themeStyles } from '../../internal/theme.styles.js';
import type { Column } from './state-wages.map.js';
import { stateStyles } from './state-wages.styles.js';
import { addStyles, attachStyledShadow, takeDrawing } from '../../internal/document-styles.js';
import { shownMetric } from '../../internal/wages.js';

export const METRICS = ['annual', 'hourly', 'employment'] as const;
export type Metric = (typeof METRICS)[number];

type Drawing = typeof import('./state-wages.map.js');
/**
 * The map and table's drawing (state-wages.map.ts), loaded when the first state map connects: in
 * the CDN file a chunk beside it (docs/decisions/0014-cdn-chunks.md). Its styles join the class's.
 */
export const loadDrawing = firstUse(() =>
  import('./state-wages.map.js').then((module) => {
    addStyles(MrtStateWages, [module.drawingStyles]);
    return module;
  }),
);

/** Problems that keep a profile's state figures from being shown. */
const checkStates = (profile: OccupationProfile): DataProblem[] =>
  profile.states?.rows.length ? [] : [{ path: 'states', message: 'this profile has no state figures' }];

/**
 * Where the job pays best: an equal-tile map of the 50 states and DC coloured
 * by the chosen figure, joined to a sortable table of the same rows, and the
 * top-paying metro areas. States not in the profile are outlined and marked,
 * never shown as zero.
 *
 * A profile that lists only the top few states (`states.coverage` 'top') shows
 * them as what they are: a ranked list with a bar per state from zero, and the
 * same states marked on the map in one colour with their rank (a graded scale
 * would give the fifth-best state the palest fill, which reads as "low").
 *
 * In a wide box (from about 52em) the map and the table sit side by side; with
 * every state the table is then as tall as the map and scrolls under a sticky
 * header.
 *
 * @summary State wages: an equal-tile US map joined to a sortable table, and metro areas.
 * @tagname mrt-state-wages
 *
 * @fires mrt-state-select - The reader chose a state (click, tap or Enter on a tile or a row). `detail` is the state's row. Not fired when `selected` is set by script.
 * @fires mrt-data-error - The profile could not be loaded, or state rows in it are invalid (the valid rows still draw). `detail` lists each problem with its path.
 *
 * @csspart map - The tile map.
 * @csspart tile - One state's tile.
 * @csspart legend - The colour legend.
 * @csspart table - The table of states.
 * @csspart bar - A bar of the ranked list (a profile with the top states only).
 * @csspart metros - The metro areas.
 * @csspart message - The visible message about data problems.
 * @csspart source - The source and reference period lines.
 *
 * @cssprop [--mrt-accent=light-dark(#1d5fbf, #74a9f7)] - Focus rings; the marked tiles and the bars of a profile with the top states only.
 * @cssprop [--mrt-accent-text=light-dark(#ffffff, #0d1117)] - Rank and code on a marked tile.
 * @cssprop [--mrt-text=light-dark(#1b1f24, #e6e9ed)] - Text.
 * @cssprop [--mrt-muted=light-dark(#57606a, #a4adb8)] - Outline of states not in the dataset; codes of unmarked tiles.
 * @cssprop [--mrt-surface=light-dark(#ffffff, #16191d)] - Background.
 * @cssprop [--mrt-grid=light-dark(#d5dae0, #3a4048)] - Table rules; outline of unmarked tiles.
 * @cssprop [--mrt-font-family=inherit] - Font; the page's font by default.
 * @cssprop [--mrt-padding=16px] - Inset of the element's content (0 inside a career profile).
 */
export class MrtStateWages extends LitElement {
  static override styles = [themeStyles, ...stateStyles];

  static override properties = {
    ...PROFILE_PROPERTIES,
    metric: {},
    view: { reflect: true },
    selected: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    // `attribute: false` keeps this internal state out of the manifest's attributes.
    focusCode: { state: true, attribute: false },
    sortBy: { state: true, attribute: false },
    sortUp: { state: true, attribute: false },
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
   * The figure that colours the map: `annual` (mean pay), `hourly` (mean pay) or `employment`. With the
   * top states only, the pay they are ranked and drawn by (`employment`: annual pay). Unset: annual,
   * or hourly where the rows have hourly means only.
   */
  metric?: Metric;
  /** `both`, `map` or `table`; the table is always there for screen readers. */
  view: 'both' | 'map' | 'table' = 'both';
  /** USPS code of the selected state (`NJ`), shown in the map and the table. */
  selected?: string;
  /** Level of the heading, 1–6; the metro areas' heading is one below. */
  headingLevel = 2;

  private focusCode?: string;
  private sortBy: Column = 'rank';
  private sortUp = true;
  // `ready`: the drawing's code too, so the placeholder stays until it is here (or could not be loaded).
  private readonly loader = new ProfileController(this, { sections: ['states', 'metros'], check: checkStates, ready: () => this.i18n.ready && this.drawn !== undefined });
  private readonly i18n = new LocaleController(this);
  private rows = new Map<string, StateRow>();
  private shownMetric: Metric = 'annual';
  private sourceRows?: StateRow[];
  /** The drawing once loaded, or why it could not be. */
  private drawn?: Drawing | { error: string };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.drawn) takeDrawing(this, loadDrawing, (drawn) => (this.drawn = drawn));
  }

  /** The shadow root, styled in whatever document the element is in (it may move to an iframe's). */
  protected override createRenderRoot(): ShadowRoot {
    return attachStyledShadow(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A removed attribute (null) is unset: the default comes back (shownMetric).
    if (changed.has('metric') && this.metric != null && !(METRICS as readonly string[]).includes(this.metric)) {
      console.warn(`<mrt-state-wages>: metric="${this.metric}" is not annual, hourly or employment; showing annual mean pay.`);
      this.metric = 'annual';
    }
  }

  /**
   * Rows by code, from the profile the controller has just loaded (it runs after willUpdate), and
   * the figure shown: `metric`, else annual, or hourly where the rows have hourly means only (an
   * occupation BLS publishes hourly only would otherwise show every state as missing).
   */
  protected override update(changed: PropertyValues<this>): void {
    const rows = this.loader.profile?.states?.rows;
    if (rows !== this.sourceRows || changed.has('metric')) this.shownMetric = shownMetric(this.metric ?? undefined, rows);
    if (rows !== this.sourceRows) {
      this.sourceRows = rows;
      this.rows = new Map(rows?.map((r) => [r.code, r]));
    }
    super.update(changed);
  }

  protected override render(): unknown {
    const { profile } = this.loader;
    const { drawn } = this;
    return html`
      ${renderStatus(this.loader, this.i18n.strings)}
      ${!profile || !drawn
        ? html`<div class="map placeholder" aria-hidden="true"></div>`
        : 'error' in drawn
          ? html`<p class="message" part="message">
              ${fill(this.i18n.strings.loadFailed, `the state map did not load (${drawn.error}); keep the files of dist/cdn/ together`)}
            </p>`
          : drawn.renderStateWages({
              profile,
              rows: this.rows,
              metric: this.shownMetric,
              view: this.view,
              selected: this.selected,
              focusCode: this.focusCode,
              sortBy: this.sortBy,
              sortUp: this.sortUp,
              level: headingLevel(this.headingLevel, 2),
              strings: this.i18n.strings,
              locale: this.i18n.locale,
              select: (code) => this.handleSelect(code),
              clear: () => (this.selected = undefined),
              sort: (column) => this.handleSort(column),
              focus: (code, move) => this.handleFocus(code, move),
              show: (view) => (this.view = view),
            })}
    `;
  }

  private handleSelect(code: string): void {
    this.selected = code;
    this.focusCode = code;
    const row = this.rows.get(code);
    if (row) this.dispatchEvent(new MrtStateSelectEvent(row));
  }

  private handleSort(column: Column): void {
    this.sortUp = this.sortBy === column ? !this.sortUp : column === 'rank' || column === 'name';
    this.sortBy = column;
  }

  /** A tile got focus, or the arrow keys move focus to it (one tab stop: state-wages.map.ts). */
  private handleFocus(code: string, move = false): void {
    this.focusCode = code;
    if (move) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`[data-code="${code}"]`)?.focus());
  }
}

define('mrt-state-wages', MrtStateWages);

declare global {
  interface HTMLElementTagNameMap {
    'mrt-state-wages': MrtStateWages;
  }
}
