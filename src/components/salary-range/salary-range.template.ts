import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { formatCompactCurrency, formatCurrency } from '../../data/format.js';
import { DISTRIBUTION_KEYS } from '../../data/types.js';
import type { Basis, Distribution, DistributionKey } from '../../data/types.js';
import { fill, rangeSentence } from '../../internal/i18n.js';
import type { Strings } from '../../internal/i18n.js';
import { isolated } from '../../internal/parts.js';
import { ROWS, layoutRange } from './salary-range.layout.js';

// Layouts by distribution: re-rendering (a locale change, the table toggle) reuses the maths.
const layouts = new WeakMap<Distribution, ReturnType<typeof layoutRange>>();
function layoutFor(dist: Distribution): ReturnType<typeof layoutRange> {
  if (!layouts.has(dist)) layouts.set(dist, layoutRange(dist));
  return layouts.get(dist);
}

/** What the range template needs from its host element. */
export interface RangeView {
  dist: Distribution;
  basis: Basis;
  /** The occupation, to name the figure and the table. */
  title: string;
  /** The language of the profile's text (the title). */
  lang: string;
  locale: string;
  strings: Strings;
  /**
   * Whether the figures table is shown on screen. It is always there for screen
   * readers, so the button only changes what is seen: its label says what it does.
   */
  tableShown: boolean;
  onToggleTable: () => void;
}

/** A figure as text: "$25,810", "$239,200 or more", or "not available". */
export function figureText(dist: Distribution, key: DistributionKey, locale: string, strings: Strings): string {
  const value = dist[key];
  if (value === null) return strings.notAvailable;
  const text = formatCurrency(value, locale);
  return dist.atLeast?.includes(key) ? fill(strings.orMore, text) : text;
}

/** The text equivalent of the bar, "Half earn more than $39,180 a year; …", from the figures it can state. */
function sentenceOf(dist: Distribution, basis: Basis, locale: string, strings: Strings): string {
  // A top-coded figure ("$115 or more") cannot stand in "more than …": its clause is left out.
  const value = (key: DistributionKey): string =>
    dist[key] === null || dist.atLeast?.includes(key) ? '' : formatCurrency(dist[key], locale);
  return rangeSentence(strings, basis, value('median'), value('p10'), value('p90'));
}

/** The range figure's rows while data load: chart, two lines of sentence, the toggle, and (alone) the source line. */
export const placeholderRange = (source = true): TemplateResult =>
  html`<div aria-hidden="true">
    <svg class="chart" width="100%" height=${ROWS.height}></svg>
    <p class="sentence">&nbsp;<br />&nbsp;</p>
    <p class="toggle">&nbsp;</p>
    ${source ? html`<div class="source"><p>&nbsp;</p></div>` : nothing}
  </div>`;

/** The salary-range figure: SVG bar, sentence, and the five percentiles as a table. */
export function renderRange(view: RangeView): TemplateResult {
  const { dist, basis, locale, strings, tableShown } = view;
  const layout = layoutFor(dist);
  const figure = (key: DistributionKey): string => figureText(dist, key, locale, strings);
  const x = layout?.x;
  const at = (v: number): string => `${v}%`;
  const vline = (v: number, reach: number, cls: string, part = cls): TemplateResult =>
    svg`<line class=${cls || nothing} part=${part || nothing} x1=${at(v)} x2=${at(v)} y1=${ROWS.bar - reach} y2=${ROWS.bar + reach}></line>`;
  const label = (v: number, y: number, anchor: string, name: string, value: string, cls = 'label'): TemplateResult =>
    svg`<text class=${cls} x=${at(v)} y=${y} text-anchor=${anchor}>${name ? svg`<tspan class="name">${name}</tspan> ` : nothing}${value}</text>`;
  const chart =
    layout && x
      ? svg`
        <g class="grid">
          ${layout.ticks.map(
            (t) => svg`${vline(t.x, 20, '')}<text x=${at(t.x)} y=${ROWS.ticks} text-anchor="middle">${formatCompactCurrency(t.value, locale)}</text>`,
          )}
        </g>
        ${x.p10 != null && x.p90 != null
          ? svg`<line class="whisker" part="whisker" x1=${at(x.p10)} x2=${at(x.p90)} y1=${ROWS.bar} y2=${ROWS.bar}></line>
            ${vline(x.p10, 6, 'whisker')}${vline(x.p90, 6, 'whisker')}`
          : nothing}
        ${x.p25 != null && x.p75 != null
          ? svg`<rect class="box" part="box" x=${at(x.p25)} width=${at(x.p75 - x.p25)} y=${ROWS.bar - ROWS.box / 2} height=${ROWS.box} rx="2"></rect>`
          : nothing}
        ${x.mean == null
          ? nothing
          : svg`${vline(x.mean, 13, 'mean-halo', '')}${vline(x.mean, 12, 'mean')}
            ${label(x.mean, ROWS.mean, layout.meanAnchor, strings.mean, figure('mean'))}`}
        ${x.median == null
          ? nothing
          : svg`<circle class="median" part="median" cx=${at(x.median)} cy=${ROWS.bar} r="8"></circle>
            ${label(x.median, ROWS.medianName, layout.medianAnchor, '', strings.percentile.median, 'label name')}
            ${label(x.median, ROWS.medianValue, layout.medianAnchor, '', figure('median'), 'label value')}`}
        ${x.p10 == null ? nothing : label(x.p10, ROWS.ends, 'start', strings.endLabel.p10, figure('p10'))}
        ${x.p90 == null ? nothing : label(x.p90, ROWS.ends, 'end', strings.endLabel.p90, figure('p90'))}`
      : nothing;
  // The table is hidden on screen by its wrapper: a table never shrinks to the 1 px of `.vh`.
  return html`
    <figure class="range" part="range">
      <svg class="chart" part="chart" width="100%" height=${ROWS.height} aria-hidden="true">
        ${chart}
      </svg>
      <figcaption class="sentence" part="sentence">${sentenceOf(dist, basis, locale, strings)}</figcaption>
    </figure>
    <button class="toggle" type="button" @click=${view.onToggleTable}>
      ${tableShown ? strings.hideTable : strings.showTable}
    </button>
    <div class=${tableShown ? 'figures-wrap' : 'figures-wrap vh'}>
      <table class="figures" part="table">
        <caption>
          ${isolated(view.title, view.lang)}: ${strings.tableCaption[basis]}
        </caption>
        <thead>
          <tr>
            <th scope="col">${strings.figureColumn}</th>
            <th scope="col">${strings.amountColumn} (${strings.per[basis]})</th>
          </tr>
        </thead>
        <tbody>
          ${DISTRIBUTION_KEYS.map(
            (key) => html`<tr>
              <th scope="row">${key === 'mean' ? strings.mean : strings.percentile[key]}</th>
              <td>${figure(key)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}
