import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/salary-card/salary-card.js';
import type { MrtSalaryCard } from '../../src/components/salary-card/salary-card.js';
import type { MrtDataErrorEvent } from '../../src/events/data-error.js';
import { variant } from '../../demo/scenarios.js';
import { $, settled, textOf } from '../helpers.js';

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A card not yet in the page, counting its mrt-data-error events. */
function card(): { el: MrtSalaryCard; errors: MrtDataErrorEvent[] } {
  const el = document.createElement('mrt-salary-card');
  const errors: MrtDataErrorEvent[] = [];
  el.addEventListener('mrt-data-error', (e) => errors.push(e));
  return { el, errors };
}

describe('profile loading', () => {
  it('fetches a built-in profile once per page, however many elements show it', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const cards = Array.from({ length: 5 }, () => {
      const el = document.createElement('mrt-salary-card');
      el.occupation = 'medical-records-specialists';
      return el;
    });
    wrapper.append(...cards);
    await Promise.all(cards.map(settled));
    for (const el of cards) expect(textOf(el)).to.contain('$48,780');
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/data/medical-records-specialists.json'));
    expect(requests.length).to.equal(1);
  });

  it('setting .data while a src loads shows the data, and the cancelled load reports nothing', async () => {
    const { el, errors } = card();
    el.src = '/fixtures/slow?ms=400';
    await fixture(html`${el}`);
    el.data = variant((p) => (p.title = 'From data'));
    await settled(el);
    await wait(600);
    expect($(el, '.title')!.textContent).to.equal('From data');
    expect(errors).to.deep.equal([]);
  });

  it('removing src while it loads falls back to occupation, with no error', async () => {
    const { el, errors } = card();
    el.src = '/fixtures/slow?ms=400';
    await fixture(html`${el}`);
    el.removeAttribute('src');
    await settled(el);
    await wait(600);
    expect($(el, '.figure')!.textContent).to.equal('$39,180');
    expect(errors).to.deep.equal([]);
  });

  it('leaving the page while a src loads reports nothing; coming back loads it', async () => {
    const { el, errors } = card();
    el.src = '/fixtures/slow?ms=300';
    const wrapper = await fixture(html`<div>${el}</div>`);
    el.remove();
    await wait(500);
    expect(errors).to.deep.equal([]);
    wrapper.append(el);
    await settled(el);
    expect($(el, '.figure')!.textContent).to.equal('$39,180');
    expect(errors).to.deep.equal([]);
  });

  it('an element out of the page starts no load when its src changes; back in the page, it loads', async () => {
    const { el, errors } = card();
    const wrapper = await fixture(html`<div>${el}</div>`);
    await settled(el);
    el.remove();
    el.src = '/fixtures/slow?ms=0&detached';
    await el.updateComplete;
    await wait(300);
    const fetched = (): number => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('&detached')).length;
    expect(fetched()).to.equal(0);
    expect(errors).to.deep.equal([]);
    wrapper.append(el);
    await settled(el);
    expect(fetched()).to.equal(1);
    expect($(el, '.figure')!.textContent).to.equal('$39,180');
    expect(errors).to.deep.equal([]);
  });

  it('fires mrt-data-error once per input, not again when unrelated inputs change or the element moves', async () => {
    const { el, errors } = card();
    el.data = variant((p) => (p.wages.annual.p10 = -1));
    const wrapper = await fixture(html`<div>${el}</div>`);
    await settled(el);
    expect(errors).to.have.length(1);
    el.src = '/data/medical-records-technician.json';
    el.occupation = 'something-else';
    el.srcTimeout = 5000;
    await el.updateComplete;
    wrapper.prepend(el);
    await el.updateComplete;
    expect(errors).to.have.length(1);
    el.data = variant((p) => (p.wages.annual.p10 = -2));
    await el.updateComplete;
    expect(errors).to.have.length(2);
    expect(errors[1].detail.message).to.equal('wages.annual.p10: must be zero or more, got -2');
  });

  it('a .data object without a prototype is read like any other', async () => {
    const { el, errors } = card();
    el.data = Object.assign(Object.create(null) as object, variant((p) => (p.title = 'No prototype')));
    await fixture(html`${el}`);
    await settled(el);
    expect($(el, '.title')!.textContent).to.equal('No prototype');
    expect(textOf(el)).to.contain('$39,180');
    expect(errors).to.have.length(0);
  });

  it('follows edits to the inline JSON', async () => {
    const el = await fixture<MrtSalaryCard>(
      html`<mrt-salary-card><script type="application/json">${JSON.stringify(variant((p) => (p.title = 'First')))}</script></mrt-salary-card>`,
    );
    await settled(el);
    expect($(el, '.title')!.textContent).to.equal('First');
    el.querySelector('script')!.textContent = JSON.stringify(variant((p) => (p.title = 'Second')));
    await wait(0);
    await el.updateComplete;
    expect($(el, '.title')!.textContent).to.equal('Second');
  });

  it('an invalid src-timeout falls back to 10 s', async () => {
    const { el, errors } = card();
    el.setAttribute('src-timeout', 'soon');
    el.src = '/fixtures/slow?ms=200';
    await fixture(html`${el}`);
    await settled(el);
    expect($(el, '.figure')!.textContent).to.equal('$39,180');
    expect(errors).to.deep.equal([]);
  });

  it('reports only problems in what the element shows', async () => {
    const { el, errors } = card();
    el.data = variant((p) => ((p.careerPath.steps[2] as Record<string, unknown>)['next'] = ['training']));
    await fixture(html`${el}`);
    await settled(el);
    expect(errors).to.deep.equal([]);
    expect($(el, '[part="message"]') === null).to.equal(true);
    expect(textOf(el)).to.contain('$39,180');
  });
});
