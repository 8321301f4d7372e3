import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { scaleQuantize } from 'd3-scale';
import { formatCurrency, formatInteger } from '../../data/format.js';
import type { MetroRow, OccupationProfile, StateRow } from '../../data/types.js';
import { STATES } from '../../data/states.js';
import type { Strings } from '../../internal/i18n.js';
import { fill } from '../../internal/i18n.js';
import { isolated, renderSources } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
import { TILES, neighbour } from './state-wages.layout.js';
import type { Direction } from './state-wages.layout.js';

export { drawingStyles } from './state-wages.map.styles.js';

/**
 * The drawing of `<mrt-state-wages>`: its heading, view switch, tile map, table, metro areas and
 * sources, as pure functions of what the element holds. A module of its own so that the CDN file loads it on first use (a chunk beside
 * it: most pages show no state map); the element shows its placeholder meanwhile.
 */

export type Metric = 'annual' | 'hourly' | 'employment';
export type Column = 'rank' | 'name' | 'hourlyMean' | 'annualMean' | 'employment';
const FIELD = {
  annual: 'annualMean',
  hourly: 'hourlyMean',
  employment: 'employment',
} as const;
/** Tiles in reading order, for Home and End. */
const ORDER = Object.keys(TILES);

/** What the drawing is made from: the element's figures and choices, and what to do on input. */
export interface StateMap {
  profile: OccupationProfile;
  /** The profile's state rows by USPS code. */
  rows: ReadonlyMap<string, StateRow>;
  metric: Metric;
  view: 'both' | 'map' | 'table';
  selected?: string;
  /** The tile or row that has (or last had) focus. */
  focusCode?: string;
  sortBy: Column;
  sortUp: boolean;
  /** Level of the section's heading, 1–6. */
  level: number;
  strings: Strings;
  locale: string;
  /** The reader chose a state (click, tap, Enter, Space). */
  select(code: string): void;
  /** The reader cleared the selection (Escape). */
  clear(): void;
  sort(column: Column): void;
  /** A tile got focus (`move` false), or the keyboard moves focus to it (`move` true). */
  focus(code: string, move?: boolean): void;
  /** The reader chose what to show. */
  show(view: StateMap['view']): void;
}

/** What the map and the table share: the section's heading, which names both, and the rows. */
interface Drawn extends StateMap {
  heading: string;
  list: readonly StateRow[];
}

/** Everything `<mrt-state-wages>` shows once its profile is loaded. */
export function renderStateWages(map: StateMap): TemplateResult {
  const { profile, strings, level } = map;
  const { states, metros } = profile;
  // "Highest-paying states" for the source document's top rows, "Mean pay by state" for every state.
  const heading = states?.coverage === 'top' ? strings.statesTop : strings.statesAll;
  const sources: SourceEntry[] = [];
  if (states) sources.push({ label: strings.stateColumn, source: states.source });
  if (metros) sources.push({ label: strings.metros, source: metros.source });
  const drawn: Drawn = { ...map, heading, list: states?.rows ?? [] };
  return html`
    ${states
      ? html`<div class="head">
            <div class="title" role="heading" aria-level=${level}>${heading}</div>
            ${renderViewSwitch(map)}
          </div>
          ${renderMap(drawn)} ${renderTable(drawn)}`
      : html`<p>${strings.noStates}</p>`}
    ${metros?.rows.length ? renderMetros(metros.rows, map) : nothing}
    ${sources.length ? renderSources(sources, strings, profile.lang) : nothing}
  `;
}

function renderViewSwitch({ view, strings, show }: StateMap): TemplateResult {
  return html`<fieldset class="switch">
    <legend class="vh">${strings.viewLegend}</legend>
    ${(['both', 'map', 'table'] as const).map(
      (option) => html`<label>
        <input type="radio" name="view" value=${option} .checked=${view === option} @change=${() => show(option)} /><span
          >${strings.view[option]}</span
        >
      </label>`,
    )}
  </fieldset>`;
}

/** A figure of `metric` as text: a count for employment, dollars otherwise. */
const format = (v: number, metric: Metric, locale: string): string => (metric === 'employment' ? formatInteger(v, locale) : formatCurrency(v, locale));

/** Whether a row's figure for `metric` is a top-code (#): a floor, "$239,200 or more". */
const topCoded = (row: StateRow | undefined, metric: Metric): boolean => row?.atLeast?.includes(FIELD[metric] as 'annualMean') ?? false;

/** Value text of a row's figure for `metric`, or undefined when missing. */
function value(row: StateRow | undefined, metric: Metric, { locale, strings }: StateMap): string | undefined {
  const v = row?.[FIELD[metric]];
  if (v == null) return undefined;
  return topCoded(row, metric) ? fill(strings.orMore, format(v, metric, locale)) : format(v, metric, locale);
}

/** A tile's or the detail line's figure in words: "$58,900 a year", "not available", "not in this dataset". */
function describe(row: StateRow | undefined, map: StateMap): string {
  const { metric, strings } = map;
  if (!row) return strings.notInData;
  const text = value(row, metric, map);
  if (text === undefined) return strings.notAvailable;
  return metric === 'employment' ? `${strings.employed} ${text}` : `${text} ${strings.per[metric]}`;
}

/** The equal-tile map coloured by `metric` in five equal steps between the lowest and highest figure, with its legend. */
function renderMap(map: Drawn): TemplateResult {
  const { rows, metric, selected, focusCode, strings, locale } = map;
  // The scale spans the states on the map; territories are in the table only.
  const values = [...rows.values()]
    .filter((r) => Object.hasOwn(TILES, r.code))
    .map((r) => r[FIELD[metric]])
    .filter((v): v is number => v != null);
  const scale = scaleQuantize<number>()
    .domain([Math.min(...values), Math.max(...values)])
    .range([0, 1, 2, 3, 4]);
  // The tab stop is always on a tile, even when a territory (table only) is selected.
  const focus = [focusCode, selected].find((c) => c && Object.hasOwn(TILES, c)) ?? ORDER.find((c) => rows.has(c)) ?? ORDER[0];
  const top = [...rows.values()].filter((r) => Object.hasOwn(TILES, r.code) && topCoded(r, metric));
  const shownCode = [focusCode, selected].find((c) => c && (Object.hasOwn(TILES, c) || rows.has(c)));
  // The legend names the lowest and highest figures only: five equal steps between them, no invented boundaries.
  return html`<div class=${map.view === 'table' ? 'vh' : map.view === 'map' ? 'only' : ''}>
    <div class="map scroller" part="map" role="group" aria-label=${map.heading} @keydown=${(event: KeyboardEvent) => handleKeydown(event, map)}>
      ${Object.entries(TILES).map(([code, [x, y]]) => {
        const row = rows.get(code);
        const v = row?.[FIELD[metric]];
        return html`<button
          part="tile"
          class="tile c${x} r${y} ${v == null ? 'missing' : `bin-${scale(v)}`} ${topCoded(row, metric) ? 'top' : ''}"
          data-code=${code}
          tabindex=${code === focus ? 0 : -1}
          aria-pressed=${code === selected ? 'true' : 'false'}
          @click=${() => map.select(code)}
          @focus=${() => map.focus(code)}
        >
          ${code}<span class="vh"> ${isolated(row?.name ?? STATES[code])}: ${describe(row, map)}</span>
        </button>`;
      })}
    </div>
    <p class="detail" aria-hidden="true">
      ${shownCode ? html`${isolated(rows.get(shownCode)?.name ?? STATES[shownCode])}: ${describe(rows.get(shownCode), map)}` : html`&nbsp;`}
    </p>
    <div class="legend" part="legend" aria-hidden="true">
      ${values.length
        ? html`<span>${format(Math.min(...values), metric, locale)}</span>
            ${[0, 1, 2, 3, 4].map((bin) => html`<span class="swatch bin-${bin}"></span>`)}
            <span>${format(Math.max(...values), metric, locale)}</span>`
        : nothing}
      ${top.length ? html`<span><span class="swatch top bin-4"></span> ${value(top[0], metric, map)}</span>` : nothing}
      <span><span class="swatch missing"></span> ${strings.notInData}</span>
    </div>
  </div>`;
}

/** The table of every row, ranked by `metric` and sortable by any column. */
function renderTable(map: Drawn): TemplateResult {
  const { list, strings, locale, sortBy, sortUp, selected } = map;
  const field = FIELD[map.metric];
  // Ranks among the 50 states and DC, for real figures only; equal figures share a rank (1, 2, 2, 4),
  // said as a tie. A top-coded mean ranks at its top-code: among the highest, tied with the others.
  // Territories are listed apart, unranked.
  const ranked = list.filter((r) => Object.hasOwn(TILES, r.code));
  const territories = list.filter((r) => !Object.hasOwn(TILES, r.code));
  const rank = new Map<string, number>();
  const counts = new Map<number, number>();
  for (const r of ranked) {
    const v = r[field];
    if (v == null) continue;
    const n = 1 + ranked.filter((o) => (o[field] ?? -Infinity) > v).length;
    rank.set(r.code, n);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const rankText = (code: string): string => {
    const n = rank.get(code);
    return n === undefined ? '—' : counts.get(n)! > 1 ? fill(strings.tied, n) : String(n);
  };
  const key = (r: StateRow): number | string | null => (sortBy === 'rank' ? (rank.get(r.code) ?? null) : sortBy === 'name' ? r.name : r[sortBy]);
  const sort = (rows: StateRow[]): StateRow[] =>
    [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1; // missing figures always last
      const order = typeof x === 'string' ? x.localeCompare(String(y), locale) : x - (y as number);
      return sortUp ? order : -order;
    });
  // The figure the map is coloured by comes first after the name, so a narrow table shows it unscrolled.
  const figures: [Metric, string][] = [
    ['annual', `${strings.meanPay} (${strings.per.annual})`],
    ['hourly', `${strings.meanPay} (${strings.per.hourly})`],
  ];
  if (list.some((r) => r.employment !== null)) figures.push(['employment', strings.employed]);
  figures.sort(([a], [b]) => Number(b === map.metric) - Number(a === map.metric));
  const columns: [Column, string][] = [
    ['rank', strings.rank],
    ['name', strings.stateColumn],
    ...figures.map(([m, label]): [Column, string] => [FIELD[m], label]),
  ];
  const row = (r: StateRow): TemplateResult => html`<tr class=${r.code === selected ? 'selected' : ''}>
    <td>${rankText(r.code)}</td>
    <th scope="row">
      <button class="row" aria-pressed=${r.code === selected ? 'true' : 'false'} @click=${() => map.select(r.code)}>${isolated(r.name)}</button>
    </th>
    ${figures.map(([m]) => html`<td>${value(r, m, map) ?? strings.notAvailable}</td>`)}
  </tr>`;
  // Named apart from the table's caption and the map: it is the box that scrolls.
  return html`<div class="table-wrap scroller ${map.view === 'map' ? 'vh' : ''}" role="group" aria-label="${strings.view.table}: ${map.heading}">
    <table part="table">
      <caption class="vh">${map.heading}</caption>
      <thead>
        <tr>
          ${columns.map(
            ([column, label]) => html`<th scope="col" aria-sort=${sortBy === column ? (sortUp ? 'ascending' : 'descending') : 'none'}>
              <button class="sort" @click=${() => map.sort(column)}>
                ${label}<span class="arrow" aria-hidden="true">${sortBy === column ? (sortUp ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${sort(ranked).map(row)}
      </tbody>
      ${territories.length
        ? html`<tbody>
            <tr>
              <th scope="rowgroup" colspan=${columns.length} class="group">${strings.territories}</th>
            </tr>
            ${sort(territories).map(row)}
          </tbody>`
        : nothing}
    </table>
  </div>`;
}

function renderMetros(rows: MetroRow[], { strings, locale, level }: StateMap): TemplateResult {
  const pay = (v: number | null, per: string): string => (v == null ? strings.notAvailable : `${formatCurrency(v, locale)} ${per}`);
  return html`<div class="subhead" role="heading" aria-level=${Math.min(6, level + 1)}>${strings.metros}</div>
    <ol class="metros" part="metros">
      ${rows.map((m) => html`<li>${isolated(m.name)}: ${pay(m.annualMean, strings.per.annual)} (${pay(m.hourlyMean, strings.per.hourly)})</li>`)}
    </ol>`;
}

/** One tab stop: arrows move in map geography, Home/End to the first and last tile, Escape clears. */
function handleKeydown(event: KeyboardEvent, map: StateMap): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const from = (event.target as HTMLElement).dataset['code'] ?? '';
  let next: string | undefined;
  if (event.key === 'Home') next = ORDER[0];
  else if (event.key === 'End') next = ORDER[ORDER.length - 1];
  else if (event.key === 'Escape') {
    if (map.selected === undefined) return; // leave Escape to the page (a dialog, say)
    map.clear();
  } else if (event.key.startsWith('Arrow')) next = neighbour(from, event.key as Direction) ?? from;
  else return;
  event.preventDefault();
  if (next) map.focus(next, true);
}
