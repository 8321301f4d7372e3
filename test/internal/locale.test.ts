import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/outlook-gauge/outlook-gauge.js';
import type { MrtOutlookGauge } from '../../src/components/outlook-gauge/outlook-gauge.js';
import { settled, textOf } from '../helpers.js';

describe('locale and the language of the text', () => {
  it('an explicit locale becomes the element’s lang, so its text is read in that language; it goes with the locale', async () => {
    const wrapper = await fixture(html`<div lang="en"><mrt-outlook-gauge locale="es"></mrt-outlook-gauge></div>`);
    const el = wrapper.firstElementChild as MrtOutlookGauge;
    await settled(el);
    expect(el.getAttribute('lang')).to.equal('es-US');
    expect(textOf(el)).to.contain('empleos');
    el.locale = undefined;
    el.removeAttribute('locale');
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(textOf(el)).to.contain('jobs');
  });

  it('a lang the page gave the element is left alone', async () => {
    const el = await fixture<MrtOutlookGauge>(html`<mrt-outlook-gauge lang="es-MX" locale="es"></mrt-outlook-gauge>`);
    await settled(el);
    expect(el.getAttribute('lang')).to.equal('es-MX');
    expect(textOf(el)).to.contain('empleos');
  });
});
