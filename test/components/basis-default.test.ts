// Which pay an element opens on. BLS publishes some occupations on one basis only (actors: hourly;
// teachers: annual): every element that shows pay opens on the basis that has figures, unless the
// page set one, and never on "not available" while the other basis has figures.
import { expect, fixture, html } from '@open-wc/testing';
import base from '../../data/medical-records-technician.json';
import specialists from '../../data/medical-records-specialists.json';
import '../../src/components/career-profile/career-profile.js';
import '../../src/components/salary-card/salary-card.js';
import '../../src/components/salary-range/salary-range.js';
import '../../src/components/state-wages/state-wages.js';
import { formatCurrency } from '../../src/data/format.js';
import { $, settled, textOf } from '../helpers.js';

type Loose = Record<string, unknown> & { wages: Record<string, unknown>; states: { rows: Record<string, unknown>[] } };

/** The default profile with one basis taken away everywhere (national figures and state means). */
function onlyBasis(kept: 'annual' | 'hourly', from: unknown = base): Loose {
  const p = JSON.parse(JSON.stringify(from)) as Loose;
  const gone = kept === 'annual' ? 'hourly' : 'annual';
  p.wages[gone] = null;
  for (const row of p.states.rows) row[`${gone}Mean`] = null;
  return p;
}

const median = (p: Loose, basis: 'annual' | 'hourly'): string => formatCurrency((p.wages[basis] as { median: number }).median, 'en-US');

describe('the pay an element opens on', () => {
  for (const kept of ['annual', 'hourly'] as const) {
    const profile = onlyBasis(kept);
    const gone = kept === 'annual' ? 'Hourly' : 'Annual';
    for (const tag of ['mrt-salary-card', 'mrt-salary-range', 'mrt-career-profile'] as const) {
      it(`<${tag}> with ${kept} figures only opens on them, with no "not available" message`, async () => {
        const el = await fixture<HTMLElement & { data?: unknown }>(html`<div></div>`);
        const widget = document.createElement(tag) as HTMLElement & { data?: unknown };
        widget.data = profile;
        el.append(widget);
        await settled(widget);
        for (const part of widget.shadowRoot!.querySelectorAll<HTMLElement>('.part')) await settled(part);
        const text = textOf(widget);
        expect(text).to.contain(median(profile, kept));
        expect(text).not.to.contain(`${gone} pay figures are not available`);
      });
    }

    it(`<mrt-state-wages> with ${kept} state means only colours the map by them (every state) and ranks by them (the top five)`, async () => {
      const all = onlyBasis(kept, specialists);
      const el = await fixture<HTMLElement>(html`<mrt-state-wages .data=${all}></mrt-state-wages>`);
      await settled(el);
      // The legend gives the lowest and highest figure the map of the 50 states and DC is coloured by.
      const values = all.states.rows
        .filter((r) => !['AS', 'GU', 'MP', 'PR', 'VI'].includes(r['code'] as string))
        .map((r) => r[`${kept}Mean`])
        .filter((v): v is number => typeof v === 'number');
      const legend = el.shadowRoot!.querySelector('[part~="legend"]')!.textContent!;
      expect(legend).to.contain(formatCurrency(Math.min(...values), 'en-US')).and.contain(formatCurrency(Math.max(...values), 'en-US'));
      // The top five are ranked by the figure shown: all five ranked and marked, in its order.
      const top = await fixture<HTMLElement>(html`<mrt-state-wages .data=${profile}></mrt-state-wages>`);
      await settled(top);
      expect(top.shadowRoot!.querySelector('[part~="legend"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Top 5 states by mean pay, as listed in the source');
      const byFigure = [...profile.states.rows].sort((a, b) => (b[`${kept}Mean`] as number) - (a[`${kept}Mean`] as number)).map((r) => r['code']);
      const ranked = [...top.shadowRoot!.querySelectorAll<HTMLElement>('.tile.marked')].sort((a, b) => Number(a.textContent!.match(/\d+/)![0]) - Number(b.textContent!.match(/\d+/)![0]));
      expect(ranked.map((t) => t.dataset['code'])).to.deep.equal(byFigure);
    });
  }

  it('a basis the page set is kept, and says plainly that its figures are not available', async () => {
    const profile = onlyBasis('hourly');
    const el = await fixture<HTMLElement>(html`<mrt-salary-range basis="annual" .data=${profile}></mrt-salary-range>`);
    await settled(el);
    expect(textOf(el)).to.contain('Annual pay figures are not available');
  });

  it('the card’s switch marks the basis it opened on, and the reader’s choice holds from then on', async () => {
    const profile = onlyBasis('hourly');
    const el = await fixture<HTMLElement & { basis?: string }>(html`<mrt-salary-card .data=${profile}></mrt-salary-card>`);
    await settled(el);
    const radio = (value: string): HTMLInputElement => $(el, `input[value="${value}"]`) as HTMLInputElement;
    expect(radio('hourly').checked).to.equal(true);
    radio('annual').click();
    await settled(el);
    expect(el.basis).to.equal('annual');
    expect(radio('annual').checked).to.equal(true);
    expect(textOf(el)).to.contain('Annual pay figures are not available');
  });
});

describe('a basis or metric the page removes', () => {
  it('goes back to the default (removing the attribute gives null, which is unset, not "null"), with no warning', async () => {
    const hourly = onlyBasis('hourly');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      for (const tag of ['mrt-salary-card', 'mrt-salary-range'] as const) {
        const el = await fixture<HTMLElement & { data?: unknown }>(html`<div></div>`);
        const widget = document.createElement(tag) as HTMLElement & { data?: unknown };
        widget.setAttribute('basis', 'annual');
        widget.data = hourly;
        el.append(widget);
        await settled(widget);
        expect(textOf(widget)).to.contain('Annual pay figures are not available');
        widget.removeAttribute('basis');
        await settled(widget);
        expect(textOf(widget), tag).to.contain(median(hourly, 'hourly')).and.not.contain('not available');
      }
      const all = onlyBasis('hourly', specialists);
      const map = await fixture<HTMLElement>(html`<mrt-state-wages metric="annual" .data=${all}></mrt-state-wages>`);
      await settled(map);
      map.removeAttribute('metric');
      await settled(map);
      expect(map.shadowRoot!.querySelector('[part~="legend"]')!.textContent).to.match(/\$\d+\.\d\d/);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('a metric with no figures says so in the marked map’s legend, never "Top 0 states"', async () => {
    const el = await fixture<HTMLElement>(html`<mrt-state-wages metric="hourly" .data=${onlyBasis('annual')}></mrt-state-wages>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="legend"]')!.textContent!.trim()).to.equal('Hourly pay figures are not available.');
  });
});
