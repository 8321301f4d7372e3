import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { scaleQuantize } from 'd3-scale';
import { formatCurrency, formatInteger, pluralForm } from '../../data/format.js';
import type { MetroRow, OccupationProfile, StateRow } from '../../data/types.js';
import { STATES } from '../../data/states.js';
import type { Strings } from '../../internal/i18n.js';
import { fill } from '../../internal/i18n.js';
import { isolated, renderSources } from '../../internal/parts.js';
import type { SourceEntry } from '../../internal/parts.js';
import { TILES, barPercent, neighbour, rankBy } from './state-wages.layout.js';
import type { Direction, Ranking } from './state-wages.layout.js';

import { ROOM } from './state-wages.map.styles.js';

export { drawingStyles } from './state-wages.map.styles.js';

/**
 * The drawing of `<mrt-state-wages>`: its heading, view switch, tile map, table, metro areas and
 * sources, as pure functions of what the element holds. A module of its own so that the CDN file loads it on first use (a chunk beside
 * it: most pages show no state map); the element shows its placeholder meanwhile.
 *
 * Two kinds of profile, two drawings:
 * - every state (`states.coverage` 'all'): the map graded in five steps, with the table beside it;
 * - the top few only ('top'): a graded map would give the third to fifth highest-paying states its
 *   palest step, which reads as "low". Instead they are marked on the map in one colour with their
 *   rank, and the table is a ranked list with a zero-based bar per state.
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

/** What the map and the table share: the section's heading, which names both, the rows and their ranks. */
interface Drawn extends StateMap {
  heading: string;
  list: readonly StateRow[];
  /** Whether the profile lists only the top states (`coverage` 'top'). */
  top: boolean;
  /** Ranks of the 50 states and DC by `metric`; territories are not ranked. */
  ranking: Ranking;
}

/** Everything `<mrt-state-wages>` shows once its profile is loaded. */
export function renderStateWages(map: StateMap): TemplateResult {
  const { profile, strings, level } = map;
  const { states, metros } = profile;
  // "Highest-paying states" for the source document's top rows, "Mean pay by state" for every state.
  const top = states?.coverage === 'top';
  const heading = top ? strings.statesTop : strings.statesAll;
  const sources: SourceEntry[] = [];
  if (states) sources.push({ label: strings.stateColumn, source: states.source });
  if (metros) sources.push({ label: strings.metros, source: metros.source });
  // The top states are the highest-paying ones: ranked by pay, a year unless the hour is asked for.
  const metric = top && map.metric === 'employment' ? 'annual' : map.metric;
  const list = states?.rows ?? [];
  const ranking = rankBy(
    list.filter((r) => Object.hasOwn(TILES, r.code)),
    (r) => r[FIELD[metric]],
  );
  const drawn: Drawn = { ...map, metric, heading, list, top, ranking };
  // The map and the table side by side in a wide box (.panes: a container query in the styles).
  return html`
    ${states
      ? html`<div class="head">
            <div class="title" role="heading" aria-level=${level}>${heading}</div>
            ${renderViewSwitch(map)}
          </div>
          <div class="frame">
            <div class="panes view-${map.view} ${top ? 'coverage-top' : 'coverage-all'}">${renderMap(drawn)} ${renderTable(drawn)}</div>
          </div>`
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

/**
 * A tile's or the detail line's figure in words: "$58,900 a year", "not available", "not in this
 * dataset"; with the top states only, the rank first: "rank 3, $50,260 a year".
 */
function describe(row: StateRow | undefined, map: Drawn): string {
  const { metric, strings } = map;
  if (!row) return strings.notInData;
  const text = value(row, metric, map);
  if (text === undefined) return strings.notAvailable;
  const figure = metric === 'employment' ? `${strings.employed} ${text}` : `${text} ${strings.per[metric]}`;
  const rank = map.top ? map.ranking.rank.get(row.code) : undefined;
  return rank === undefined ? figure : `${fill(strings.rankIs, rank)}, ${figure}`;
}

/**
 * The equal-tile map with its detail line and legend: with every state, coloured by `metric` in
 * five equal steps between the lowest and highest figure; with the top states only, those marked in
 * one colour with their rank, the rest plain outlines.
 */
function renderMap(map: Drawn): TemplateResult {
  const { rows, metric, selected, focusCode, top, ranking } = map;
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
  const shownCode = [focusCode, selected].find((c) => c && (Object.hasOwn(TILES, c) || rows.has(c)));
  /** A tile's fill: its step, or with the top states only, marked or plain. */
  const look = (code: string, row: StateRow | undefined): string => {
    if (top) return ranking.rank.has(code) ? 'marked' : 'plain';
    const v = row?.[FIELD[metric]];
    return v == null ? 'missing' : `step bin-${scale(v)}`;
  };
  return html`<div class="map-pane ${map.view === 'table' ? 'vh' : map.view === 'map' ? 'only' : ''}">
    <div class="map scroller" part="map" role="group" aria-label=${map.heading} @keydown=${(event: KeyboardEvent) => handleKeydown(event, map)}>
      ${Object.entries(TILES).map(([code, [x, y]]) => {
        const row = rows.get(code);
        const rank = top ? ranking.rank.get(code) : undefined;
        // A marked tile shows its rank; its code too where the tile is big enough for both (styles).
        return html`<button
          part="tile"
          class="tile c${x} r${y} ${look(code, row)} ${topCoded(row, metric) ? 'top' : ''}"
          data-code=${code}
          tabindex=${code === focus ? 0 : -1}
          aria-pressed=${code === selected ? 'true' : 'false'}
          @click=${() => map.select(code)}
          @focus=${() => map.focus(code)}
        >
          <span class="code">${code}</span>${rank === undefined ? nothing : html`<span class="rank" aria-hidden="true">${rank}</span>`}<span class="vh">
            ${isolated(row?.name ?? STATES[code])}: ${describe(row, map)}</span
          >
        </button>`;
      })}
    </div>
    <p class="detail" aria-hidden="true">
      ${shownCode ? html`${isolated(rows.get(shownCode)?.name ?? STATES[shownCode])}: ${describe(rows.get(shownCode), map)}` : html`&nbsp;`}
    </p>
    ${top ? renderTopLegend(map) : renderStepLegend(map, values)}
  </div>`;
}

/** The graded map's legend: the lowest and highest figures only, five equal steps between them, no invented boundaries. */
function renderStepLegend(map: Drawn, values: number[]): TemplateResult {
  const { rows, metric, strings, locale } = map;
  const top = [...rows.values()].filter((r) => Object.hasOwn(TILES, r.code) && topCoded(r, metric));
  return html`<div class="legend" part="legend" aria-hidden="true">
    ${values.length
      ? html`<span>${format(Math.min(...values), metric, locale)}</span>
          ${[0, 1, 2, 3, 4].map((bin) => html`<span class="swatch step bin-${bin}"></span>`)}
          <span>${format(Math.max(...values), metric, locale)}</span>`
      : nothing}
    ${top.length ? html`<span><span class="swatch top bin-4"></span> ${value(top[0], metric, map)}</span>` : nothing}
    <span><span class="swatch missing"></span> ${strings.notInData}</span>
  </div>`;
}

/**
 * The marked map's legend, one line: "Top 5 states by mean pay, as listed in the source"; with no
 * figure of the pay shown (`metric="hourly"` on annual figures only), that it is not available.
 */
function renderTopLegend({ ranking, strings, locale, metric }: Drawn): TemplateResult {
  const { size } = ranking.rank;
  return html`<div class="legend" part="legend" aria-hidden="true">
    ${size
      ? html`<span><span class="swatch marked"></span> ${fill(pluralForm(size, strings.topLegend, locale), formatInteger(size, locale))}</span>`
      : html`<span>${fill(strings.noBasis, strings.basisName[metric === 'hourly' ? 'hourly' : 'annual'])}</span>`}
  </div>`;
}

/**
 * The table of every row, ranked by `metric` and sortable by any column. With the top states only,
 * it is the ranked list: the figure ranked by drawn as a bar on a zero-based scale, labelled at its end.
 */
function renderTable(map: Drawn): TemplateResult {
  const { list, strings, locale, sortBy, sortUp, selected, top, ranking } = map;
  // Ranks among the 50 states and DC, for real figures only; equal figures share a rank (1, 2, 2, 4),
  // said as a tie. A top-coded mean ranks at its top-code: among the highest, tied with the others.
  // Territories are listed apart, unranked.
  const ranked = list.filter((r) => Object.hasOwn(TILES, r.code));
  const territories = list.filter((r) => !Object.hasOwn(TILES, r.code));
  const rankText = (code: string): string => {
    const n = ranking.rank.get(code);
    return n === undefined ? '—' : ranking.count.get(n)! > 1 ? fill(strings.tied, n) : String(n);
  };
  const key = (r: StateRow): number | string | null => (sortBy === 'rank' ? (ranking.rank.get(r.code) ?? null) : sortBy === 'name' ? r.name : r[sortBy]);
  const sort = (rows: StateRow[]): StateRow[] =>
    [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1; // missing figures always last
      const order = typeof x === 'string' ? x.localeCompare(String(y), locale) : x - (y as number);
      return sortUp ? order : -order;
    });
  // The figure the map is coloured by comes first after the name, so a narrow table shows it unscrolled.
  // "(a year)" in a lighter weight.
  const per = (basis: 'annual' | 'hourly'): TemplateResult => html`${strings.meanPay} <span class="unit">(${strings.per[basis]})</span>`;
  const figures: [Metric, TemplateResult | string][] = [
    ['annual', per('annual')],
    ['hourly', per('hourly')],
  ];
  if (list.some((r) => r.employment !== null)) figures.push(['employment', strings.employed]);
  figures.sort(([a], [b]) => Number(b === map.metric) - Number(a === map.metric));
  const columns: [Column, TemplateResult | string][] = [
    ['rank', strings.rank],
    ['name', strings.stateColumn],
    ...figures.map(([m, label]): [Column, TemplateResult | string] => [FIELD[m], label]),
  ];
  // The ranked list's bars: zero-based, the highest figure the longest. Its labels follow the bars'
  // ends, in room kept for the longest label (.room-N: N characters).
  const field = FIELD[map.metric];
  const max = Math.max(0, ...ranked.map((r) => r[field] ?? 0));
  const room = Math.min(ROOM, Math.max(1, ...ranked.map((r) => (value(r, map.metric, map) ?? '').length)));
  const cell = (r: StateRow, m: Metric): TemplateResult => {
    const text = value(r, m, map) ?? strings.notAvailable;
    const v = r[FIELD[m]];
    if (!top || m !== map.metric || v == null || !ranking.rank.has(r.code)) return html`<td>${text}</td>`;
    return html`<td class="bar-cell">
      <span class="track room-${room}"><span class="bar w${barPercent(v, max)}" part="bar"></span><span class="value">${text}</span></span>
    </td>`;
  };
  const row = (r: StateRow): TemplateResult => html`<tr class=${r.code === selected ? 'selected' : ''}>
    <td>${rankText(r.code)}</td>
    <th scope="row">
      <button class="row" aria-pressed=${r.code === selected ? 'true' : 'false'} @click=${() => map.select(r.code)}>${isolated(r.name)}</button>
    </th>
    ${figures.map(([m]) => cell(r, m))}
  </tr>`;
  // Named apart from the table's caption and the map: it is the box that scrolls.
  return html`<div
    class="table-wrap scroller ${top ? 'ranked' : ''} ${map.view === 'map' ? 'vh' : ''}"
    role="group"
    aria-label="${strings.view.table}: ${map.heading}"
    @focusin=${bringIntoView}
  >
    <table part="table">
      <caption class="vh">${map.heading}</caption>
      <thead>
        <tr>
          ${columns.map(
            ([column, label]) => html`<th
              scope="col"
              class=${top && column === field ? 'bar-head' : ''}
              aria-sort=${sortBy === column ? (sortUp ? 'ascending' : 'descending') : 'none'}
            >
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

/**
 * A control focused in the table, brought into the scroller's view and out from under its sticky
 * header. Firefox leaves a control past the box's edge where it was, and does not keep it clear of
 * the header (scroll-padding).
 */
function bringIntoView(event: FocusEvent): void {
  const target = event.target as HTMLElement;
  const wrap = event.currentTarget as HTMLElement;
  // After the browser's own scrolling, which follows the focus event.
  queueMicrotask(() => {
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // A header cell: the cells are what is sticky (in Firefox the row group's own box stays put).
    const head = wrap.querySelector('thead th');
    const row = target.closest('tbody tr');
    if (!head || !row) return;
    const under = head.getBoundingClientRect().bottom - row.getBoundingClientRect().top;
    if (under > 0) wrap.scrollTop -= under;
  });
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
