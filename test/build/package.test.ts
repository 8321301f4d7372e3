import { expect, fixture, html } from '@open-wc/testing';
import { settled, textOf } from '../helpers.js';

const DIST = '/dist';

// The npm build: each element entry registers only its own element; `data` registers none.
describe('dist/ package entries', () => {
  it('mrt-widgets/data has no side effects', async () => {
    const data = await import(/* @vite-ignore */ `${DIST}/data.js`);
    expect(customElements.get('mrt-salary-card')).to.equal(undefined);
    expect(data.parseProfile(data.BUILT_IN_PROFILES['medical-records-technician']).problems).to.deep.equal([]);
    expect(data.formatCurrency(39180)).to.equal('$39,180');
  });

  it('mrt-widgets/salary-card.js registers only <mrt-salary-card>', async () => {
    const entry = await import(/* @vite-ignore */ `${DIST}/salary-card.js`);
    expect(customElements.get('mrt-salary-card')).to.equal(entry.MrtSalaryCard);
    expect(customElements.get('mrt-salary-range')).to.equal(undefined);
    const el = await fixture(html`<mrt-salary-card></mrt-salary-card>`);
    await settled(el as HTMLElement);
    expect(textOf(el)).to.contain('$39,180');
  });

  it('mrt-widgets/salary-range.js registers <mrt-salary-range>', async () => {
    const entry = await import(/* @vite-ignore */ `${DIST}/salary-range.js`);
    expect(customElements.get('mrt-salary-range')).to.equal(entry.MrtSalaryRange);
  });

  it('mrt-widgets/career-profile.js registers the profile and the four elements it is made of', async () => {
    const entry = await import(/* @vite-ignore */ `${DIST}/career-profile.js`);
    expect(customElements.get('mrt-career-profile')).to.equal(entry.MrtCareerProfile);
    for (const tag of ['mrt-salary-card', 'mrt-outlook-gauge', 'mrt-state-wages', 'mrt-career-path']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    const el = await fixture(html`<mrt-career-profile></mrt-career-profile>`);
    await settled(el as HTMLElement);
    expect(textOf(el)).to.contain('$39,180').and.contain('New Jersey').and.contain('Health Services Manager');
  });
});
