import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { formatCompactCurrency, formatCurrency } from '../../data/format.js';
import { DISTRIBUTION_KEYS } from '../../data/types.js';
import type { Basis, Distribution, DistributionKey } from '../../data/types.js';
import { fill, rangeSentence } from '../../internal/i18n.js';
import type { Strings } from '../../internal/i18n.js';
import { isolated, placeholderSources } from '../../internal/parts.js';
import { BAR, layoutRange } from './salary-range.layout.js';

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

/**
 * A label placed over `x` percent of the chart's width by CSS alone (`.at.xN`, whole percents; see
 * the range styles): its own point at `x` percent of its width sits there, so it stays inside the
 * chart at any width and with any font. A class, not a style attribute, which a strict
 * Content-Security-Policy would block.
 */
const at = (x: number, content: unknown, cls = ''): TemplateResult => html`<span class="at x${Math.round(x)} ${cls}">${content}</span>`;

/** Percent of the width between two ticks: each tick's label gets that much room, centred on it. */
const tickSpacing = (ticks: { x: number }[]): number => (ticks.length > 1 ? ticks[1]!.x - ticks[0]!.x : 100);

/** The range figure's rows while data load: labels, bar, labels, sentence, toggle, and (alone) the source line. */
export const placeholderRange = (source = true): TemplateResult =>
  html`<div aria-hidden="true">
    <div class="chart">
      <div class="row name">&nbsp;</div>
      <div class="row value">&nbsp;</div>
      <svg class="plot" width="100%" height=${BAR.height}></svg>
      <div class="row ends">&nbsp;</div>
      <div class="row">&nbsp;</div>
      <div class="row ticks">&nbsp;</div>
    </div>
    <p class="sentence">&nbsp;<br />&nbsp;</p>
    <p class="toggle">&nbsp;</p>
    ${source ? placeholderSources(95, false) : nothing}
  </div>`;

/**
 * The salary-range figure: the bar (SVG, positions in percent), its labels (HTML, one row each, so
 * none can meet another), the sentence, and the five percentiles and the mean as a table.
 */
export function renderRange(view: RangeView): TemplateResult {
  const { dist, basis, locale, strings } = view;
  const layout = layoutFor(dist);
  const figure = (key: DistributionKey): string => figureText(dist, key, locale, strings);
  const x = layout?.x;
  const pct = (v: number): string => `${v}%`;
  const vline = (v: number, reach: number, cls: string, part = cls): TemplateResult =>
    svg`<line class=${cls || nothing} part=${part || nothing} x1=${pct(v)} x2=${pct(v)} y1=${BAR.middle - reach} y2=${BAR.middle + reach}></line>`;
  // The 10th and 90th share a row: one at each end, the 90th wrapping under the 10th when both do not fit.
  const end = (key: 'p10' | 'p90'): unknown =>
    x?.[key] == null ? nothing : html`<span class="label ${key}"><span class="name">${strings.endLabel[key]}</span> ${figure(key)}</span>`;
  const chart =
    layout && x
      ? html`
          ${x.median == null
            ? nothing
            : html`<div class="row name">${at(x.median, strings.percentile.median, 'label')}</div>
                <div class="row value">${at(x.median, figure('median'), 'label')}</div>`}
          <svg class="plot" part="chart" width="100%" height=${BAR.height}>
            <g class="grid">${layout.ticks.map((t) => vline(t.x, BAR.middle, ''))}</g>
            ${x.p10 != null && x.p90 != null
              ? svg`<line class="whisker" part="whisker" x1=${pct(x.p10)} x2=${pct(x.p90)} y1=${BAR.middle} y2=${BAR.middle}></line>
                ${vline(x.p10, 6, 'whisker')}${vline(x.p90, 6, 'whisker')}`
              : nothing}
            ${x.p25 != null && x.p75 != null
              ? svg`<rect class="box" part="box" x=${pct(x.p25)} width=${pct(x.p75 - x.p25)} y=${BAR.middle - BAR.box / 2} height=${BAR.box} rx="2"></rect>`
              : nothing}
            ${x.mean == null ? nothing : svg`${vline(x.mean, 13, 'mean-halo', '')}${vline(x.mean, 12, 'mean')}`}
            ${x.median == null ? nothing : svg`<circle class="median" part="median" cx=${pct(x.median)} cy=${BAR.middle} r="8"></circle>`}
          </svg>
          ${x.p10 == null && x.p90 == null ? nothing : html`<div class="row ends">${end('p10')}${end('p90')}</div>`}
          ${x.mean == null
            ? nothing
            : html`<div class="row">${at(x.mean, html`<span class="name">${strings.mean}</span> ${figure('mean')}`, 'label')}</div>`}
          <div class="row ticks w${Math.floor(tickSpacing(layout.ticks))}">
            ${layout.ticks.map((t) => at(t.x, formatCompactCurrency(t.value, locale), 'tick'))}
          </div>
        `
      : nothing;
  // The table in a native disclosure: it opens without script (a pre-rendered snippet's too), keeps
  // its state across renders (Lit binds nothing on it), and costs no style or layout while closed.
  // Its summary says what it does: "Show the figures", then "Hide the figures" (styles).
  return html`
    <figure class="range" part="range">
      <div class="chart" aria-hidden="true">${chart}</div>
      <figcaption class="sentence" part="sentence">${sentenceOf(dist, basis, locale, strings)}</figcaption>
    </figure>
    <details class="figures-details">
      <summary class="toggle"><span class="show">${strings.showTable}</span><span class="hide">${strings.hideTable}</span></summary>
      <div class="figures-wrap">
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
    </details>
  `;
}
