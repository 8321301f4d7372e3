import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/state-wages/state-wages.js';
import type { MrtStateWages } from '../../../src/components/state-wages/state-wages.js';
import type { MrtStateSelectEvent } from '../../../src/events/state-select.js';
import { $, $$, itWith, settled, textOf } from '../../helpers.js';
import { brokenInvariants } from '../../hosts/invariants.js';

async function states(template = html`<mrt-state-wages occupation="medical-records-specialists"></mrt-state-wages>`): Promise<MrtStateWages> {
  const el = await fixture<MrtStateWages>(template);
  await settled(el);
  return el;
}

const tile = (el: Element, code: string): HTMLButtonElement => $<HTMLButtonElement>(el, `[data-code="${code}"]`)!;
const bin = (el: Element, code: string): number => Number(tile(el, code).className.match(/bin-(\d)/)?.[1] ?? -1);
const focused = (el: Element): string | undefined => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['code'];
/** What a tile says to a screen reader: its code and its visually hidden text (the rank mark is hidden from it). */
const said = (t: Element): string =>
  [...t.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && !(n as Element).matches('[aria-hidden="true"]')))
    .map((n) => n.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
const $rank = (t: Element): string | undefined => t.querySelector('.rank')?.textContent?.trim();

/** The element in a column `width` px wide. */
async function statesIn(width: number, template = html`<mrt-state-wages occupation="medical-records-specialists"></mrt-state-wages>`): Promise<MrtStateWages> {
  const wrapper = await fixture(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('mrt-state-wages')!;
  await settled(el);
  return el;
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function ratio(a: string, b: string): number {
  const luminance = (color: string): number => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('<mrt-state-wages>', () => {
  it('draws 51 equal tiles, one per state and DC', async () => {
    const el = await states();
    const tiles = $$<HTMLElement>(el, '.tile');
    expect(tiles).to.have.length(51);
    const sizes = new Set(tiles.map((t) => Math.round(t.getBoundingClientRect().width)));
    expect(sizes.size).to.equal(1);
  });

  it('colours order with the values: darker steps for higher pay', async () => {
    const el = await states();
    expect(bin(el, 'DC')).to.equal(4); // $70,900, the highest
    expect(bin(el, 'MS')).to.equal(0); // $42,440, the lowest state
    expect(bin(el, 'WA')).to.be.at.least(bin(el, 'TX'));
    expect(bin(el, 'TX')).to.be.at.least(bin(el, 'AL'));
  });

  it('with the top states only, marks them in one colour with their rank; the others are plain, never graded or zero', async () => {
    const el = await states(html`<mrt-state-wages></mrt-state-wages>`);
    expect($(el, '.title')!.textContent!.trim()).to.equal('Highest-paying states');
    expect($$(el, '.tile[class*="bin-"], .tile.missing')).to.have.length(0);
    const marked = $$<HTMLElement>(el, '.tile.marked');
    expect(marked.map((t) => [t.dataset['code'], $rank(t)])).to.deep.equal([
      ['AK', '2'],
      ['NJ', '1'],
      ['CA', '3'],
      ['MD', '5'],
      ['DC', '4'],
    ]);
    // One fill for all five: the fifth is marked as plainly as the first.
    expect(new Set(marked.map((t) => getComputedStyle(t).backgroundColor)).size).to.equal(1);
    expect(tile(el, 'TX').classList.contains('plain')).to.equal(true);
    expect(getComputedStyle(tile(el, 'TX')).borderStyle).to.equal('solid');
    expect(said(tile(el, 'TX'))).to.equal('TX Texas: not in this dataset');
    expect(said(tile(el, 'NJ'))).to.equal('NJ New Jersey: rank 1, $58,080 a year');
    expect($(el, '[part="legend"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Top 5 states by mean pay, as listed in the source');
    expect(textOf(el)).to.contain('San Jose, CA: $66,690 a year ($32.06 an hour)');
  });

  it('the marked map’s legend counts its states in words for one and for many, in English and Spanish', async () => {
    const profile = await (await fetch(new URL('../../../data/medical-records-technician.json', import.meta.url))).json();
    const legend = (el: Element): string => $(el, '[part="legend"]')!.textContent!.replace(/\s+/g, ' ').trim();
    for (const [count, locale, expected] of [
      [1, 'en', 'Top state by mean pay, as listed in the source'],
      [2, 'en', 'Top 2 states by mean pay, as listed in the source'],
      [1, 'es', 'El estado con el salario promedio más alto, según la fuente'],
      [3, 'es', 'Los 3 estados con el salario promedio más alto, según la fuente'],
    ] as const) {
      const data = { ...profile, states: { ...profile.states, rows: profile.states.rows.slice(0, count) } };
      const el = await states(html`<mrt-state-wages locale=${locale} .data=${data}></mrt-state-wages>`);
      expect(legend(el)).to.equal(expected);
    }
  });

  it('with the top states only, the table is a ranked list with the source document’s figures', async () => {
    const profile = await (await fetch(new URL('../../../data/medical-records-technician.json', import.meta.url))).json();
    const el = await states(html`<mrt-state-wages></mrt-state-wages>`);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    // data/medical-records-technician.json lists the five in order of mean pay.
    expect(rows).to.deep.equal([
      ['1', 'New Jersey', '$58,080', '$27.92'],
      ['2', 'Alaska', '$54,170', '$26.04'],
      ['3', 'California', '$50,260', '$24.17'],
      ['4', 'District of Columbia', '$50,070', '$24.07'],
      ['5', 'Maryland', '$49,390', '$23.75'],
    ]);
    expect(rows.map((r) => r[1])).to.deep.equal(profile.states.rows.map((r: { name: string }) => r.name));
    expect(rows.map((r) => r[2])).to.deep.equal(profile.states.rows.map((r: { annualMean: number }) => `$${r.annualMean.toLocaleString('en-US')}`));
  });

  for (const width of [280, 600, 1000]) {
    it(`at ${width} px the ranked list's bars start at zero, their lengths in proportion to the figures, each labelled at its end`, async () => {
      const el = await statesIn(width, html`<mrt-state-wages></mrt-state-wages>`);
      const values = [58080, 54170, 50260, 50070, 49390];
      const bars = $$<HTMLElement>(el, '.bar').map((b) => b.getBoundingClientRect());
      const labels = $$<HTMLElement>(el, '.value').map((v) => v.getBoundingClientRect());
      const cells = $$<HTMLElement>(el, '.bar-cell').map((c) => c.getBoundingClientRect());
      expect(bars).to.have.length(5);
      expect(bars[0].width, 'the longest bar').to.be.at.least(40);
      bars.forEach((bar, i) => {
        expect(bar.left, 'one zero line').to.be.closeTo(bars[0].left, 0.5);
        // Whole percentages: within 1 % of the longest.
        expect(bar.width / bars[0].width, `bar ${i + 1}`).to.be.closeTo(values[i] / values[0], 0.01);
        expect(labels[i].right, 'label inside its cell').to.be.at.most(cells[i].right + 0.5);
        if (labels[i].left >= bar.right) expect(labels[i].left - bar.right, 'label just after the bar').to.be.below(8);
        else expect(labels[i].bottom, 'label just above the bar').to.be.at.most(bar.top + 1);
      });
      const wrap = $<HTMLElement>(el, '.table-wrap')!;
      expect(wrap.scrollWidth, 'no sideways scroll').to.be.at.most(wrap.clientWidth);
      expect(brokenInvariants(el, { inheritedSize: 16 })).to.deep.equal([]);
    });
  }

  for (const width of [900, 1200]) {
    it(`in Spanish at ${width} px the ranked list fits beside the map`, async () => {
      const el = await statesIn(width, html`<mrt-state-wages locale="es"></mrt-state-wages>`);
      const wrap = $<HTMLElement>(el, '.table-wrap')!;
      expect(wrap.getBoundingClientRect().left, 'beside the map').to.be.at.least($(el, '.map-pane')!.getBoundingClientRect().right);
      expect(wrap.scrollWidth, 'no sideways scroll').to.be.at.most(wrap.clientWidth);
      expect(brokenInvariants(el, { inheritedSize: 16 })).to.deep.equal([]);
    });
  }

  it('a marked tile shows its code and rank when the map is wide, its rank alone when narrow, inside the tile', async () => {
    for (const [width, code] of [
      [1000, true],
      [280, false],
    ] as const) {
      const el = await statesIn(width, html`<mrt-state-wages view="map"></mrt-state-wages>`);
      const t = tile(el, 'DC');
      const box = t.getBoundingClientRect();
      const codeBox = t.querySelector('.code')!.getBoundingClientRect();
      const rankBox = t.querySelector('.rank')!.getBoundingClientRect();
      expect(codeBox.width > 1, `${width} px: code shown`).to.equal(code);
      for (const part of code ? [codeBox, rankBox] : [rankBox]) {
        expect(part.top).to.be.at.least(box.top);
        expect(part.bottom).to.be.at.most(box.bottom);
        expect(part.left).to.be.at.least(box.left - 2); // a wide font may reach into the 2 px gap
        expect(part.right).to.be.at.most(box.right + 2);
      }
      expect(box.width, 'WCAG 2.5.8').to.be.at.least(22);
      expect(parseFloat(getComputedStyle(t.querySelector('.rank')!).fontSize)).to.be.at.least(12);
    }
  });

  it('with the top states only, the view switch shows the map, the list or both, and the list stays for screen readers', async () => {
    const el = await states(html`<mrt-state-wages view="map"></mrt-state-wages>`);
    expect($(el, '.table-wrap')!.classList.contains('vh')).to.equal(true);
    expect($$(el, 'tbody th[scope="row"]')).to.have.length(5);
    $<HTMLInputElement>(el, 'input[value="table"]')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    expect($(el, '.map-pane')!.classList.contains('vh')).to.equal(true);
    expect($(el, '.table-wrap')!.classList.contains('vh')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('with the top states only, ranks by the hour with metric="hourly", and by the year with metric="employment"', async () => {
    const hourly = await states(html`<mrt-state-wages metric="hourly"></mrt-state-wages>`);
    expect($$(hourly, 'thead th').map((th) => th.textContent!.replace(/[▲▼]/g, '').replace(/\s+/g, ' ').trim())).to.deep.equal(['Rank', 'State', 'Mean pay (an hour)', 'Mean pay (a year)']);
    expect($$(hourly, '.bar-cell').map((c) => c.textContent!.trim())[4]).to.equal('$23.75');
    expect(said(tile(hourly, 'MD'))).to.equal('MD Maryland: rank 5, $23.75 an hour');
    const employment = await states(html`<mrt-state-wages metric="employment"></mrt-state-wages>`);
    expect($$(employment, '.tile.marked')).to.have.length(5);
    expect(said(tile(employment, 'NJ'))).to.equal('NJ New Jersey: rank 1, $58,080 a year');
  });

  it('with the top states only: text 4.5:1 on the marked tiles, bars and marks 3:1 against the surface, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await states(html`<mrt-state-wages theme=${theme}></mrt-state-wages>`);
      const surface = getComputedStyle(el).backgroundColor;
      const marked = getComputedStyle(tile(el, 'MD'));
      expect(ratio(marked.color, marked.backgroundColor), `${theme}: rank on its tile`).to.be.at.least(4.5);
      expect(ratio(marked.backgroundColor, surface), `${theme}: marked tile`).to.be.at.least(3);
      expect(ratio(getComputedStyle($(el, '.bar')!).backgroundColor, surface), `${theme}: bar`).to.be.at.least(3);
      expect(ratio(getComputedStyle(tile(el, 'TX')).color, surface), `${theme}: code of a plain tile`).to.be.at.least(4.5);
    }
  });

  it('ranks the table by the metric and sorts by each column', async () => {
    const el = await states();
    const names = (): string[] => $$(el, 'tbody th').map((th) => th.textContent!.trim());
    expect(names().slice(0, 3)).to.deep.equal(['District of Columbia', 'Washington', 'California']);
    const header = (i: number): HTMLElement => $$<HTMLElement>(el, 'thead th')[i];
    expect(header(0).getAttribute('aria-sort')).to.equal('ascending');
    header(1).querySelector('button')!.click();
    await el.updateComplete;
    expect(header(1).getAttribute('aria-sort')).to.equal('ascending');
    expect(names()[0]).to.equal('Alabama');
    header(1).querySelector('button')!.click();
    await el.updateComplete;
    expect(header(1).getAttribute('aria-sort')).to.equal('descending');
    expect(names()[0]).to.equal('Wyoming');
  });

  it('keeps the selection in sync between map and table, and fires mrt-state-select', async () => {
    const el = await states();
    const event = oneEvent(el, 'mrt-state-select') as Promise<MrtStateSelectEvent>;
    tile(el, 'NJ').click();
    const { detail } = await event;
    await el.updateComplete;
    expect(detail).to.deep.equal({ code: 'NJ', name: 'New Jersey', hourlyMean: 30.24, annualMean: 62900, employment: null });
    expect(el.getAttribute('selected')).to.equal('NJ');
    expect(tile(el, 'NJ').getAttribute('aria-pressed')).to.equal('true');
    expect($(el, 'tr.selected th')!.textContent!.trim()).to.equal('New Jersey');
    expect($(el, '.detail')!.textContent!.trim()).to.equal('New Jersey: $62,900 a year');
    $$<HTMLButtonElement>(el, 'button.row').find((b) => b.textContent!.trim() === 'Texas')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal('TX');
    expect(tile(el, 'TX').getAttribute('aria-pressed')).to.equal('true');
  });

  it('does not fire mrt-state-select when selected is set by script', async () => {
    const el = await states();
    let fired = 0;
    el.addEventListener('mrt-state-select', () => fired++);
    el.selected = 'CA';
    await el.updateComplete;
    expect(tile(el, 'CA').getAttribute('aria-pressed')).to.equal('true');
    expect(fired).to.equal(0);
  });

  it('is one tab stop; arrows move in map geography, Home/End jump, Escape clears', async () => {
    const el = await states();
    expect($$<HTMLElement>(el, '.tile').filter((t) => t.tabIndex === 0)).to.have.length(1);
    tile(el, 'NJ').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)).to.equal('PA');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)).to.equal('MI');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)).to.equal('FL');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)).to.equal('AK');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('AK');
    expect($(el, '.detail')!.textContent!.trim()).to.equal('Alaska: $58,900 a year');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
  });

  it('colours by hourly pay with metric="hourly", and the table stays for screen readers with view="map"', async () => {
    const el = await states(html`<mrt-state-wages occupation="medical-records-specialists" metric="hourly" view="map"></mrt-state-wages>`);
    expect(tile(el, 'DC').textContent).to.contain('$34.09 an hour');
    expect($(el, '.table-wrap')!.classList.contains('vh')).to.equal(true);
    expect($$(el, 'tbody th[scope="row"]')).to.have.length(54);
    await expect(el).to.be.accessible();
  });

  it('keeps the map in the tab order when a territory is selected', async () => {
    const el = await states();
    $$<HTMLButtonElement>(el, 'button.row').find((b) => b.textContent!.trim() === 'Puerto Rico')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal('PR');
    expect($$<HTMLElement>(el, '.tile').filter((t) => t.tabIndex === 0)).to.have.length(1);
  });

  it('ranks real figures only, ties share a rank, missing figures sort last', async () => {
    const el = await states(html`<mrt-state-wages occupation="medical-records-specialists" metric="employment"></mrt-state-wages>`);
    expect($$(el, 'tbody td:first-child').every((td) => td.textContent === '—')).to.equal(true);
    expect(tile(el, 'TX').textContent).to.contain('Texas: not available');
    const annual = await states();
    const rankOf = (name: string): string =>
      $$(annual, 'tbody tr').find((tr) => tr.querySelector('th')!.textContent!.trim() === name)!.querySelector('td')!.textContent!;
    expect(rankOf('Massachusetts')).to.equal(rankOf('Oregon')); // both $58,890
  });

  it('Escape with nothing selected is left to the page', async () => {
    const el = await states();
    tile(el, 'NJ').focus();
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    tile(el, 'NJ').dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('shows the focused state in the detail line, even one not in the dataset', async () => {
    const el = await states(html`<mrt-state-wages></mrt-state-wages>`);
    tile(el, 'NJ').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect($(el, '.detail')!.textContent!.trim()).to.equal('Pennsylvania: not in this dataset');
  });

  it('lists territories in the table, apart and unranked: the 50 states and DC are ranked 1–51 (issue 13)', async () => {
    const el = await states();
    const [ranked, territories] = $$(el, 'tbody');
    const names = (body: Element): string[] => [...body.querySelectorAll('th[scope="row"]')].map((th) => th.textContent!.trim());
    expect(names(territories)).to.deep.equal(['Guam', 'Puerto Rico', 'Virgin Islands']);
    expect(territories.querySelector('th[scope="rowgroup"]')!.textContent!.trim()).to.equal('Territories (not ranked)');
    expect([...territories.querySelectorAll('td:first-child')].map((td) => td.textContent)).to.deep.equal(['—', '—', '—']);
    expect(names(ranked)).to.have.length(51);
    const last = ranked.querySelectorAll('tr')[50];
    // FIGURES section 2: Mississippi $42,440 is the lowest of the 50 states and DC.
    expect(last.querySelector('th')!.textContent!.trim()).to.equal('Mississippi');
    expect(last.querySelector('td')!.textContent).to.equal('51');
  });

  it('ranks a top-coded mean (#) among the highest as "or more", states the tie, and marks its tile', async () => {
    const base = await (await fetch(new URL('../../../data/medical-records-specialists.json', import.meta.url))).json();
    for (const code of ['NJ', 'NY']) {
      const row = base.states.rows.find((r: { code: string }) => r.code === code);
      Object.assign(row, { annualMean: 239200, hourlyMean: 115, atLeast: ['hourlyMean', 'annualMean'] });
    }
    const el = await states(html`<mrt-state-wages .data=${base}></mrt-state-wages>`);
    const rows = $$(el, 'tbody tr').slice(0, 3).map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[0]).to.deep.equal(['1, tied', 'New Jersey', '$239,200 or more', '$115 or more'].slice(0, rows[0].length));
    expect(rows[1][0]).to.equal('1, tied');
    expect(rows[2].slice(0, 2)).to.deep.equal(['3', 'District of Columbia']);
    expect(tile(el, 'NJ').classList.contains('top')).to.equal(true);
    expect(tile(el, 'DC').classList.contains('top')).to.equal(false);
    expect(tile(el, 'NJ').textContent).to.contain('$239,200 or more a year');
    expect($(el, '[part="legend"]')!.textContent).to.contain('$239,200 or more');
  });

  it('is accessible (axe) in light and dark, table shown or hidden', async () => {
    for (const theme of ['light', 'dark']) {
      for (const view of ['both', 'map']) {
        const el = await states(html`<mrt-state-wages occupation="medical-records-specialists" theme=${theme} view=${view}></mrt-state-wages>`);
        await expect(el).to.be.accessible();
      }
    }
  });

  it('puts the figure the map is coloured by first after the name, so a narrow table shows it', async () => {
    const heads = async (metric: string): Promise<string[]> => {
      const el = await states(html`<mrt-state-wages occupation="medical-records-specialists" metric=${metric}></mrt-state-wages>`);
      return $$(el, 'thead th').map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
    };
    expect(await heads('annual')).to.deep.equal(['Rank', 'State', 'Mean pay (a year)', 'Mean pay (an hour)']);
    expect(await heads('hourly')).to.deep.equal(['Rank', 'State', 'Mean pay (an hour)', 'Mean pay (a year)']);
  });

  it('at 280 px the table scrolls in a named group, and a focus ring inside it is never cut off', async () => {
    const wrapper = await fixture(html`<div style="width: 280px"><mrt-state-wages occupation="medical-records-specialists"></mrt-state-wages></div>`);
    const el = wrapper.querySelector('mrt-state-wages')!;
    await settled(el);
    const scroller = $<HTMLElement>(el, '.table-wrap')!;
    expect(scroller.getAttribute('role')).to.equal('group');
    expect(scroller.getAttribute('aria-label')).to.equal('Table: Mean pay by state');
    // Buttons focused by keyboard: each ring (outline and offset) inside the scroller's visible box.
    const buttons = $$<HTMLButtonElement>(el, '.table-wrap button').slice(0, 6);
    $<HTMLElement>(el, '.switch input:checked')!.focus();
    // Every sort button (the rightmost sits past the scroller's edge at 280 px) and the first rows.
    for (const button of buttons) {
      for (let tabs = 0; el.shadowRoot!.activeElement !== button; tabs++) {
        expect(tabs, `${button.textContent} reached by Tab`).to.be.below(80);
        await sendKeys({ press: 'Tab' });
      }
      const style = getComputedStyle(button);
      const ring = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const box = button.getBoundingClientRect();
      // The scroller's visible box, inside its borders and scroll bar.
      const outer = scroller.getBoundingClientRect();
      const clip = { left: outer.left + scroller.clientLeft, top: outer.top + scroller.clientTop, right: outer.left + scroller.clientLeft + scroller.clientWidth, bottom: outer.top + scroller.clientTop + scroller.clientHeight };
      const name = button.textContent!.trim();
      expect(style.outlineStyle, name).to.equal('solid');
      expect(box.left - ring, `${name}: left edge of its ring`).to.be.at.least(clip.left - 0.5);
      expect(box.top - ring, `${name}: top edge`).to.be.at.least(clip.top - 0.5);
      expect(box.right + ring, `${name}: right edge`).to.be.at.most(clip.right + 0.5);
      expect(box.bottom + ring, `${name}: bottom edge`).to.be.at.most(clip.bottom + 0.5);
    }
  });

  it('fits 280 px without scrolling the page sideways', async () => {
    const wrapper = await fixture(html`<div style="width: 280px"><mrt-state-wages occupation="medical-records-specialists"></mrt-state-wages></div>`);
    const el = wrapper.querySelector('mrt-state-wages')!;
    await settled(el);
    expect(el.getBoundingClientRect().width).to.equal(280);
    expect($(el, '.map')!.scrollWidth).to.be.at.most(280);
  });

  it('in a wide box puts the table beside the map, no taller than it; narrow, below it', async () => {
    const wide = await statesIn(1000);
    const map = $<HTMLElement>(wide, '.map-pane')!.getBoundingClientRect();
    const wrap = $<HTMLElement>(wide, '.table-wrap')!;
    const table = wrap.getBoundingClientRect();
    expect(table.left, 'beside').to.be.at.least(map.right);
    expect(table.top).to.be.closeTo(map.top, 1);
    expect(table.height, 'bounded by the map').to.be.closeTo(map.height, 1);
    expect(wrap.scrollHeight, 'the 54 rows scroll').to.be.above(wrap.clientHeight * 2);
    expect(wrap.getAttribute('aria-label'), 'a named scroller').to.equal('Table: Mean pay by state');
    const narrow = await statesIn(600);
    const below = $<HTMLElement>(narrow, '.table-wrap')!;
    expect(below.getBoundingClientRect().top, 'below').to.be.at.least($<HTMLElement>(narrow, '.map-pane')!.getBoundingClientRect().bottom);
    expect(below.scrollHeight, 'every row shown').to.be.at.most(below.clientHeight + 1);
    const top = await statesIn(1000, html`<mrt-state-wages></mrt-state-wages>`);
    expect($(top, '.table-wrap')!.getBoundingClientRect().left, 'the ranked list beside the map').to.be.at.least($(top, '.map-pane')!.getBoundingClientRect().right);
  });

  it('keeps the header of a scrolled table in sight, and a row focused under it scrolls out from under it', async () => {
    const el = await statesIn(1000);
    const wrap = $<HTMLElement>(el, '.table-wrap')!;
    const head = $<HTMLElement>(el, 'thead th')!;
    wrap.scrollTop = 600;
    await new Promise(requestAnimationFrame);
    expect(wrap.scrollTop).to.equal(600);
    expect(head.getBoundingClientRect().top, 'header at the top of the scroller').to.be.closeTo(wrap.getBoundingClientRect().top, 1);
    // The row just under the header, focused (by Tab or a screen reader): it moves into sight.
    const bottom = head.getBoundingClientRect().bottom;
    const under = $$<HTMLElement>(el, 'tbody tr').find((tr) => tr.getBoundingClientRect().bottom > bottom - 4)!;
    expect(under.getBoundingClientRect().top, 'a row partly under the header').to.be.below(bottom);
    under.querySelector('button')!.focus();
    await new Promise(requestAnimationFrame);
    expect(under.getBoundingClientRect().top, 'focused row below the header').to.be.at.least(head.getBoundingClientRect().bottom - 0.5);
  });

  for (const width of [280, 1000]) {
    for (const occupation of ['medical-records-technician', 'medical-records-specialists']) {
      it(`${occupation} at ${width} px: no overlap, nothing cut off, text and targets large enough`, async () => {
        const el = await statesIn(width, html`<mrt-state-wages occupation=${occupation}></mrt-state-wages>`);
        expect(brokenInvariants(el, { inheritedSize: 16 })).to.deep.equal([]);
      });
    }
  }

  itWith('forced-colours emulation', 'keeps its tiles and focus ring visible in forced colours, and passes axe', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await states();
      expect(getComputedStyle(tile(el, 'DC')).forcedColorAdjust).to.equal('none');
      tile(el, 'NJ').focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(getComputedStyle(tile(el, 'PA')).outlineStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });

  it('in Spanish', async () => {
    const el = await states(html`<mrt-state-wages locale="es"></mrt-state-wages>`);
    expect($(el, '.title')!.textContent!.trim()).to.equal('Estados con mejores salarios');
    expect(textOf(el)).to.contain('no está en estos datos');
  });

  it('names its sources and periods', async () => {
    const el = await states();
    expect($(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'State: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2023.',
    );
  });
});
