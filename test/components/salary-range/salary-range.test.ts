import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/salary-range/salary-range.js';
import type { MrtSalaryRange } from '../../../src/components/salary-range/salary-range.js';
import type { MrtDataErrorEvent } from '../../../src/events/data-error.js';
import { variant } from '../../../demo/scenarios.js';
import { $, $$, heightsAcrossLoad, settled, textOf } from '../../helpers.js';

async function range(template = html`<mrt-salary-range></mrt-salary-range>`): Promise<MrtSalaryRange> {
  const el = await fixture<MrtSalaryRange>(template);
  await settled(el);
  return el;
}

/** Horizontal centre of an SVG shape, in px from the chart's left edge. */
function centre(el: Element): number {
  const chart = el.closest('svg')!.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  return box.left + box.width / 2 - chart.left;
}

describe('<mrt-salary-range>', () => {
  it('says the range in a sentence', async () => {
    const el = await range();
    expect($(el, '[part="sentence"]')!.textContent).to.equal(
      'Half earn more than $39,180 a year; the lowest-paid 10 percent earn less than $25,810 and the highest-paid 10 percent more than $64,610.',
    );
  });

  it('labels the median above its dot, the ends at the 10th and 90th, and the mean', async () => {
    const el = await range();
    const labels = $$(el, '.label').map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal(['Median', '$39,180', '10th $25,810', '90th $64,610', 'Mean $42,820']);
    expect($$(el, '.tick').map((t) => t.textContent)).to.deep.equal(['$30K', '$40K', '$50K', '$60K']);
  });

  it('places each label over its mark, inside the chart, at any width', async () => {
    for (const width of [280, 420, 900]) {
      const wrapper = await fixture(html`<div style="width: ${width}px"><mrt-salary-range></mrt-salary-range></div>`);
      const r = wrapper.querySelector('mrt-salary-range')!;
      await settled(r);
      const chart = $(r, 'svg.plot')!.getBoundingClientRect();
      const over = (label: Element, mark: Element): void => {
        const box = label.getBoundingClientRect();
        const x = centre(mark) + chart.left;
        expect(box.left, `${label.textContent} at ${width}px`).to.be.at.most(x + 0.5);
        expect(box.right, `${label.textContent} at ${width}px`).to.be.at.least(x - 0.5);
        expect(box.left).to.be.at.least(chart.left - 0.5);
        expect(box.right).to.be.at.most(chart.right + 0.5);
      };
      const [name, value, , , mean] = $$(r, '.label');
      over(name, $(r, 'circle.median')!);
      over(value, $(r, 'circle.median')!);
      over(mean, $(r, 'line.mean')!);
    }
  });

  it('draws the markers in order: 10th < 25th < median < 75th < 90th, mean where it falls', async () => {
    const wrapper = await fixture(html`<div style="width: 500px"><mrt-salary-range></mrt-salary-range></div>`);
    const r = wrapper.querySelector('mrt-salary-range')!;
    await settled(r);
    const whisker = $$(r, 'line.whisker')[0].getBoundingClientRect();
    const box = $(r, 'rect.box')!.getBoundingClientRect();
    const median = centre($(r, 'circle.median')!);
    const mean = centre($(r, 'line.mean')!);
    const chart = $(r, 'svg.plot')!.getBoundingClientRect();
    const p10 = whisker.left - chart.left;
    const p90 = whisker.right - chart.left;
    const p25 = box.left - chart.left;
    const p75 = box.right - chart.left;
    expect(p10).to.be.greaterThan(0);
    expect(p25).to.be.greaterThan(p10);
    expect(median).to.be.greaterThan(p25);
    expect(p75).to.be.greaterThan(median);
    expect(p90).to.be.greaterThan(p75);
    expect(p90).to.be.lessThan(chart.width);
    expect(mean).to.be.greaterThan(median).and.lessThan(p75);
    // Linear: equal dollar gaps are equal pixel gaps.
    const perDollar = (p90 - p10) / (64610 - 25810);
    expect(median - p10).to.be.closeTo((39180 - 25810) * perDollar, 1.5);
  });

  it('switches to hourly with basis="hourly"', async () => {
    const el = await range(html`<mrt-salary-range basis="hourly"></mrt-salary-range>`);
    expect($(el, '[part="sentence"]')!.textContent).to.equal(
      'Half earn more than $18.83 an hour; the lowest-paid 10 percent earn less than $12.41 and the highest-paid 10 percent more than $31.06.',
    );
    expect([...$(el, 'table')!.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal([
      '$12.41',
      '$14.90',
      '$18.83',
      '$24.69',
      '$31.06',
      '$20.59',
    ]);
  });

  it('moves the markers when basis changes', async () => {
    const el = await range();
    const before = $(el, 'circle.median')!.getAttribute('cx');
    el.basis = 'hourly';
    await el.updateComplete;
    expect($(el, 'circle.median')!.getAttribute('cx')).to.not.equal(before);
    expect(textOf(el)).to.contain('$18.83');
  });

  it('shows top-coded figures as "or more"', async () => {
    const data = variant((p) => Object.assign(p.wages.annual, { p90: 239200, atLeast: ['p90'] }));
    const el = await range(html`<mrt-salary-range .data=${data}></mrt-salary-range>`);
    expect(textOf(el)).to.contain('$239,200 or more');
  });

  it('shows a missing percentile as not available, and leaves its marker out', async () => {
    const data = variant((p) => Object.assign(p.wages.annual, { p25: null, p75: null }));
    const el = await range(html`<mrt-salary-range .data=${data}></mrt-salary-range>`);
    expect($(el, 'rect.box') === null).to.equal(true);
    expect([...$(el, 'table')!.querySelectorAll('td')].map((td) => td.textContent)).to.include('not available');
    expect(textOf(el)).to.not.contain('$0');
  });

  it('hides the chart from screen readers and gives the table instead', async () => {
    const el = await range();
    expect($(el, '.chart')!.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, 'table th[scope="row"]').map((th) => th.textContent)).to.deep.equal([
      '10th percentile',
      '25th percentile',
      'Median',
      '75th percentile',
      '90th percentile',
      'Mean',
    ]);
  });

  it('names its source and period', async () => {
    const el = await range();
    expect($(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Source: U.S. Bureau of Labor Statistics, Occupational Employment Statistics (OES), May 2017.',
    );
  });

  it('is accessible (axe) in light, dark and with the table shown', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await range(html`<mrt-salary-range theme=${theme}></mrt-salary-range>`);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('reports a profile without wages', async () => {
    const el = document.createElement('mrt-salary-range');
    const event = oneEvent(el, 'mrt-data-error') as Promise<MrtDataErrorEvent>;
    el.data = variant((p) => delete (p as Record<string, unknown>)['wages']);
    await fixture(html`${el}`);
    const { detail } = await event;
    expect(detail.message).to.equal('wages: this profile has no wage figures');
    expect($(el, '[part="message"]')!.textContent).to.contain('wages: this profile has no wage figures');
    expect($(el, 'svg.plot') === null).to.equal(true);
  });

  it('in Spanish', async () => {
    const el = await range(html`<mrt-salary-range locale="es"></mrt-salary-range>`);
    expect($(el, '[part="sentence"]')!.textContent).to.equal(
      'La mitad gana más de $39,180 al año; el 10 por ciento peor pagado gana menos de $25,810 y el 10 por ciento mejor pagado, más de $64,610.',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<mrt-salary-range> while loading and when styled', () => {
  it('keeps its size while a src loads (no layout shift)', async () => {
    const { el, loading, loaded } = await heightsAcrossLoad('mrt-salary-range', 600, 500);
    expect(textOf(el)).to.contain('$39,180');
    expect(Math.abs(loaded - loading), `loading ${loading}px, loaded ${loaded}px`).to.be.at.most(4);
  });

  it('::part(whisker) styles the whole 10th–90th line; gridlines are not parts', async () => {
    const el = await range();
    expect($$(el, '[part="whisker"]')).to.have.length(3);
    expect($$(el, '[part=""]')).to.have.length(0);
    expect($$(el, '[part]').map((p) => p.getAttribute('part'))).to.have.members([
      'range', 'chart', 'whisker', 'whisker', 'whisker', 'box', 'mean', 'median', 'sentence', 'table', 'source',
    ]);
  });

  it('keeps the other figures when one is bad', async () => {
    const data = variant((p) => (p.wages.annual.p90 = 20000));
    const el = await range(html`<mrt-salary-range .data=${data}></mrt-salary-range>`);
    expect($(el, 'circle.median') !== null).to.equal(true);
    expect($(el, 'rect.box') !== null).to.equal(true);
    expect($(el, '[part="sentence"]')!.textContent).to.equal(
      'Half earn more than $39,180 a year; the lowest-paid 10 percent earn less than $25,810.',
    );
    expect($(el, '[part="message"]')!.textContent).to.contain('wages.annual.p90');
  });
});

describe('<mrt-salary-range> with top-coded figures', () => {
  it('leaves a top-coded figure out of the sentence ("more than $115 or more" would be wrong)', async () => {
    const data = variant((p) => Object.assign(p.wages.hourly, { p75: 115, p90: 115, mean: 60, atLeast: ['p75', 'p90'] }));
    const el = await range(html`<mrt-salary-range basis="hourly" .data=${data}></mrt-salary-range>`);
    expect($(el, '[part="sentence"]')!.textContent).to.equal(
      'Half earn more than $18.83 an hour; the lowest-paid 10 percent earn less than $12.41.',
    );
    expect(textOf(el)).to.contain('$115 or more');
  });
});
