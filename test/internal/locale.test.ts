import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/outlook-gauge/outlook-gauge.js';
import '../../src/components/salary-card/salary-card.js';
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

describe('a page in a language the widgets have no text in', () => {
  for (const lang of ['he', 'de-DE', 'ar', 'fr-CA']) {
    it(`lang="${lang}": English text, and figures written as English writes them`, async () => {
      const wrapper = await fixture(html`<div lang=${lang}><mrt-salary-card></mrt-salary-card></div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      await settled(el);
      expect(textOf(el)).to.contain('$39,180').and.contain('Median pay').and.contain('204,220');
    });
  }

  it('a locale of a supported language keeps its region (es-ES figures as Spain writes them)', async () => {
    const el = await fixture<HTMLElement>(html`<mrt-salary-card locale="es-ES"></mrt-salary-card>`);
    await settled(el);
    expect(el.getAttribute('lang')).to.equal('es-ES');
    expect(textOf(el)).to.contain('Salario mediano').and.contain('39.180');
  });
});
