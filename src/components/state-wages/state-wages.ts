import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { scaleQuantize } from 'd3-scale';
import { formatCurrency, formatInteger } from '../../data/format.js';
import type { DataProblem, OccupationProfile, StateRow } from '../../data/types.js';
import { MrtStateSelectEvent } from '../../events/state-select.js';
import { define } from '../../internal/define.js';
import { LocaleController } from '../../internal/locale.js';
import type { Theme } from '../../internal/locale.js';
import { headingLevel, isolated, renderSources, renderStatus } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
import { PROFILE_PROPERTIES, ProfileController } from '../../internal/profile-controller.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { STATES } from '../../data/states.js';
import { TILES, neighbour } from './state-wages.layout.js';
import type { Direction } from './state-wages.layout.js';
import { stateStyles } from './state-wages.styles.js';
import { attachStyledShadow } from '../../internal/document-styles.js';

export const METRICS = ['annual', 'hourly', 'employment'] as const;
export type Metric = (typeof METRICS)[number];
const FIELD = { annual: 'annualMean', hourly: 'hourlyMean', employment: 'employment' } as const;
type Column = 'rank' | 'name' | 'hourlyMean' | 'annualMean' | 'employment';
/** Tiles in reading order, for Home and End. */
const ORDER = Object.keys(TILES);

/** Problems that keep a profile's state figures from being shown. */
const checkStates = (profile: OccupationProfile): DataProblem[] =>
  profile.states?.rows.length ? [] : [{ path: 'states', message: 'this profile has no state figures' }];

/**
 * Where the job pays best: an equal-tile map of the 50 states and DC coloured
 * by the chosen figure, joined to a sortable table of the same rows, and the
 * top-paying metro areas. States not in the profile are outlined and marked,
 * never shown as zero.
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
 * @csspart metros - The metro areas.
 * @csspart message - The visible message about data problems.
 * @csspart source - The source and reference period lines.
 *
 * @cssprop [--mrt-accent=light-dark(#1d5fbf, #74a9f7)] - Selection and focus rings.
 * @cssprop [--mrt-text=light-dark(#1b1f24, #e6e9ed)] - Text.
 * @cssprop [--mrt-muted=light-dark(#57606a, #a4adb8)] - Outline of states not in the dataset.
 * @cssprop [--mrt-surface=light-dark(#ffffff, #16191d)] - Background.
 * @cssprop [--mrt-grid=light-dark(#d5dae0, #3a4048)] - Table rules.
 * @cssprop [--mrt-font-family=inherit] - Font; the page's font by default.
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
  /** The figure that colours the map: `annual` (mean pay), `hourly` (mean pay) or `employment`. */
  metric: Metric = 'annual';
  /** `both`, `map` or `table`; the table is always there for screen readers. */
  view: 'both' | 'map' | 'table' = 'both';
  /** USPS code of the selected state (`NJ`), shown in the map and the table. */
  selected?: string;
  /** Level of the heading, 1–6; the metro areas' heading is one below. */
  headingLevel = 2;

  private focusCode?: string;
  private sortBy: Column = 'rank';
  private sortUp = true;
  private readonly loader = new ProfileController(this, { sections: ['states', 'metros'], check: checkStates, ready: () => this.i18n.ready });
  private readonly i18n = new LocaleController(this);
  private rows = new Map<string, StateRow>();
  private sourceRows?: StateRow[];

  /** The shadow root, styled in whatever document the element is in (it may move to an iframe's). */
  protected override createRenderRoot(): ShadowRoot {
    return attachStyledShadow(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('metric') && !(METRICS as readonly string[]).includes(this.metric)) {
      console.warn(`<mrt-state-wages>: metric="${this.metric}" is not annual, hourly or employment; showing annual mean pay.`);
      this.metric = 'annual';
    }
  }

  /** Rows by code, from the profile the controller has just loaded (it runs after willUpdate). */
  protected override update(changed: PropertyValues<this>): void {
    const rows = this.loader.profile?.states?.rows;
    if (rows !== this.sourceRows) {
      this.sourceRows = rows;
      this.rows = new Map(rows?.map((r) => [r.code, r]));
    }
    super.update(changed);
  }

  protected override render(): unknown {
    const { profile, status } = this.loader;
    const states = profile?.states;
    const level = headingLevel(this.headingLevel, 2);
    // "Highest-paying states" for the source document's top rows, "Mean pay by state" for every state.
    const heading = states?.coverage === 'top' ? this.i18n.strings.statesTop : this.i18n.strings.statesAll;
    const sources: SourceEntry[] = [];
    if (states) sources.push({ label: this.i18n.strings.stateColumn, source: states.source });
    if (profile?.metros) sources.push({ label: this.i18n.strings.metros, source: profile.metros.source });
    return html`
      ${renderStatus(this.loader, this.i18n.strings)}
      ${states
        ? html`<div class="head">
              <div class="title" role="heading" aria-level=${level}>${heading}</div>
              ${this.renderViewSwitch()}
            </div>
            ${this.renderMap(heading)} ${this.renderTable(states.rows, heading)}`
        : status === 'ready'
          ? html`<p>${this.i18n.strings.noStates}</p>`
          : html`<div class="map placeholder" aria-hidden="true"></div>`}
      ${profile?.metros?.rows.length ? this.renderMetros(profile.metros.rows, level) : nothing}
      ${sources.length ? renderSources(sources, this.i18n.strings, profile!.lang) : nothing}
    `;
  }

  private renderViewSwitch(): unknown {
    return html`<fieldset class="switch">
      <legend class="vh">${this.i18n.strings.viewLegend}</legend>
      ${(['both', 'map', 'table'] as const).map(
        (view) => html`<label>
          <input type="radio" name="view" value=${view} .checked=${this.view === view} @change=${() => (this.view = view)} /><span
            >${this.i18n.strings.view[view]}</span
          >
        </label>`,
      )}
    </fieldset>`;
  }

  /** A figure of `metric` as text: a count for employment, dollars otherwise. */
  private format(v: number, metric: Metric = this.metric): string {
    return metric === 'employment' ? formatInteger(v, this.i18n.locale) : formatCurrency(v, this.i18n.locale);
  }

  /** Value text of a row's figure for `metric`, or undefined when missing. */
  private value(row: StateRow | undefined, metric: Metric = this.metric): string | undefined {
    const v = row?.[FIELD[metric]];
    return v == null ? undefined : this.format(v, metric);
  }

  /** A tile's or the detail line's figure in words: "$58,900 a year", "not available", "not in this dataset". */
  private describe(row: StateRow | undefined): string {
    const { strings } = this.i18n;
    if (!row) return strings.notInData;
    const value = this.value(row);
    if (value === undefined) return strings.notAvailable;
    return this.metric === 'employment' ? `${strings.employed} ${value}` : `${value} ${strings.per[this.metric]}`;
  }

  private renderMap(heading: string): unknown {
    // The scale spans the states on the map; territories are in the table only.
    const values = [...this.rows.values()]
      .filter((r) => Object.hasOwn(TILES, r.code))
      .map((r) => r[FIELD[this.metric]])
      .filter((v): v is number => v != null);
    const scale = scaleQuantize<number>()
      .domain([Math.min(...values), Math.max(...values)])
      .range([0, 1, 2, 3, 4]);
    // The tab stop is always on a tile, even when a territory (table only) is selected.
    const focus = [this.focusCode, this.selected].find((c) => c && Object.hasOwn(TILES, c)) ?? ORDER.find((c) => this.rows.has(c)) ?? ORDER[0];
    const shownCode = [this.focusCode, this.selected].find((c) => c && (Object.hasOwn(TILES, c) || this.rows.has(c)));
    // The legend names the lowest and highest figures only: five equal steps between them, no invented boundaries.
    return html`<div class=${this.view === 'table' ? 'vh' : this.view === 'map' ? 'only' : ''}>
      <div class="map scroller" part="map" role="group" aria-label=${heading} @keydown=${this.handleKeydown}>
        ${Object.entries(TILES).map(([code, [x, y]]) => {
          const row = this.rows.get(code);
          const v = row?.[FIELD[this.metric]];
          return html`<button
            part="tile"
            class="tile c${x} r${y} ${v == null ? 'missing' : `bin-${scale(v)}`}"
            data-code=${code}
            tabindex=${code === focus ? 0 : -1}
            aria-pressed=${code === this.selected ? 'true' : 'false'}
            @click=${() => this.handleSelect(code)}
            @focus=${() => (this.focusCode = code)}
          >
            ${code}<span class="vh"> ${isolated(row?.name ?? STATES[code])}: ${this.describe(row)}</span>
          </button>`;
        })}
      </div>
      <p class="detail" aria-hidden="true">
        ${shownCode ? html`${isolated(this.rows.get(shownCode)?.name ?? STATES[shownCode])}: ${this.describe(this.rows.get(shownCode))}` : html`&nbsp;`}
      </p>
      <div class="legend" part="legend" aria-hidden="true">
        ${values.length
          ? html`<span>${this.format(Math.min(...values))}</span>
              ${[0, 1, 2, 3, 4].map((bin) => html`<span class="swatch bin-${bin}"></span>`)}
              <span>${this.format(Math.max(...values))}</span>`
          : nothing}
        <span><span class="swatch missing"></span> ${this.i18n.strings.notInData}</span>
      </div>
    </div>`;
  }

  private renderTable(rows: StateRow[], heading: string): unknown {
    const { strings } = this.i18n;
    const metric = FIELD[this.metric];
    // Ranks for real figures only; equal figures share a rank (1, 2, 2, 4).
    const rank = new Map<string, number>();
    for (const r of rows) {
      const v = r[metric];
      if (v != null) rank.set(r.code, 1 + rows.filter((o) => (o[metric] ?? -Infinity) > v).length);
    }
    const key = (r: StateRow): number | string | null =>
      this.sortBy === 'rank' ? (rank.get(r.code) ?? null) : this.sortBy === 'name' ? r.name : r[this.sortBy];
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1; // missing figures always last
      const order = typeof x === 'string' ? x.localeCompare(String(y), this.i18n.locale) : x - (y as number);
      return this.sortUp ? order : -order;
    });
    // The figure the map is coloured by comes first after the name, so a narrow table shows it unscrolled.
    const figures: [Metric, string][] = [
      ['annual', `${strings.meanPay} (${strings.per.annual})`],
      ['hourly', `${strings.meanPay} (${strings.per.hourly})`],
    ];
    if (rows.some((r) => r.employment !== null)) figures.push(['employment', strings.employed]);
    figures.sort(([a], [b]) => Number(b === this.metric) - Number(a === this.metric));
    const columns: [Column, string][] = [
      ['rank', strings.rank],
      ['name', strings.stateColumn],
      ...figures.map(([m, label]): [Column, string] => [FIELD[m], label]),
    ];
    // Named apart from the table's caption and the map: it is the box that scrolls.
    return html`<div class="table-wrap scroller ${this.view === 'map' ? 'vh' : ''}" role="group" aria-label="${strings.view.table}: ${heading}">
      <table part="table">
        <caption class="vh">${heading}</caption>
        <thead>
          <tr>
            ${columns.map(
              ([column, label]) => html`<th
                scope="col"
                aria-sort=${this.sortBy === column ? (this.sortUp ? 'ascending' : 'descending') : 'none'}
              >
                <button class="sort" @click=${() => this.handleSort(column)}>
                  ${label}<span class="arrow" aria-hidden="true">${this.sortBy === column ? (this.sortUp ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${sorted.map(
            (r) => html`<tr class=${r.code === this.selected ? 'selected' : ''}>
              <td>${rank.get(r.code) ?? '—'}</td>
              <th scope="row">
                <button class="row" aria-pressed=${r.code === this.selected ? 'true' : 'false'} @click=${() => this.handleSelect(r.code)}>
                  ${isolated(r.name)}
                </button>
              </th>
              ${figures.map(([m]) => html`<td>${this.value(r, m) ?? strings.notAvailable}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderMetros(rows: { name: string; hourlyMean: number | null; annualMean: number | null }[], level: number): unknown {
    const pay = (v: number | null, per: string): string => (v == null ? this.i18n.strings.notAvailable : `${formatCurrency(v, this.i18n.locale)} ${per}`);
    return html`<div class="subhead" role="heading" aria-level=${Math.min(6, level + 1)}>${this.i18n.strings.metros}</div>
      <ol class="metros" part="metros">
        ${rows.map(
          (m) => html`<li>${isolated(m.name)}: ${pay(m.annualMean, this.i18n.strings.per.annual)} (${pay(m.hourlyMean, this.i18n.strings.per.hourly)})</li>`,
        )}
      </ol>`;
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

  /** One tab stop: arrows move in map geography, Home/End to the first and last tile, Escape clears. */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = (event.target as HTMLElement).dataset['code'] ?? '';
    let next: string | undefined;
    if (event.key === 'Home') next = ORDER[0];
    else if (event.key === 'End') next = ORDER[ORDER.length - 1];
    else if (event.key === 'Escape') {
      if (this.selected === undefined) return; // leave Escape to the page (a dialog, say)
      this.selected = undefined;
    } else if (event.key.startsWith('Arrow')) next = neighbour(from, event.key as Direction) ?? from;
    else return;
    event.preventDefault();
    if (!next) return;
    this.focusCode = next;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`[data-code="${next}"]`)?.focus());
  }
}

define('mrt-state-wages', MrtStateWages);

declare global {
  interface HTMLElementTagNameMap {
    'mrt-state-wages': MrtStateWages;
  }
}
