import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/salary-card/salary-card.js';
import '../../src/components/state-wages/state-wages.js';
import { $, settled } from '../helpers.js';

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const ratio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('colour contrast (WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: text 4.5:1, graphics 3:1 against the surface`, async () => {
      const el = await fixture(html`<mrt-salary-card theme=${theme}></mrt-salary-card>`);
      await settled(el as HTMLElement);
      const style = (selector: string): CSSStyleDeclaration => getComputedStyle($(el, selector)!);
      const surface = getComputedStyle(el).backgroundColor;
      const text = style('.title').color;
      const muted = style('.stats dt').color;
      const accent = style('.box').fill;
      const whisker = style('.whisker').stroke;
      const checked = style('.switch input:checked + span');
      const unchecked = style('.switch input:not(:checked) + span');
      expect(ratio(text, surface), 'text').to.be.at.least(4.5);
      expect(ratio(muted, surface), 'muted text').to.be.at.least(4.5);
      expect(ratio(unchecked.color, surface), 'switch label').to.be.at.least(4.5);
      expect(ratio(checked.color, checked.backgroundColor), 'selected switch label').to.be.at.least(4.5);
      expect(ratio(accent, surface), '25th–75th box').to.be.at.least(3);
      expect(ratio(whisker, surface), '10th–90th line').to.be.at.least(3);
      // The median dot sits on the box inside a ring of the surface colour, which sets it apart.
      expect(style('.median').stroke, 'median ring').to.equal(surface);
      expect(Number.parseFloat(style('.median').strokeWidth)).to.be.at.least(2);
      expect(ratio(style('.median').fill, surface), 'median dot').to.be.at.least(3);
    });
  }
});

describe('the state map’s scale in each theme', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: five steps ordered so the highest stands out most from the surface; each tile’s code 4.5:1 on its fill`, async () => {
      const el = await fixture<HTMLElement>(html`<mrt-state-wages theme=${theme} occupation="medical-records-specialists"></mrt-state-wages>`);
      await settled(el);
      const surface = getComputedStyle(el).backgroundColor;
      const steps = [0, 1, 2, 3, 4].map((bin) => getComputedStyle($(el, `.tile.bin-${bin}`)!));
      const fromSurface = steps.map((s) => ratio(s.backgroundColor, surface));
      for (let bin = 1; bin < 5; bin++) expect(fromSurface[bin], `step ${bin} stands out more than step ${bin - 1}`).to.be.above(fromSurface[bin - 1]);
      // The highest step (DC in this profile) stands out at least 3:1; every tile also has an outline that does.
      expect(fromSurface[4], 'highest step against the surface').to.be.at.least(3);
      expect(ratio(steps[0].borderTopColor, surface), 'tile outline').to.be.at.least(3);
      steps.forEach((s, bin) => expect(ratio(s.color, s.backgroundColor), `code on step ${bin}`).to.be.at.least(4.5));
    });
  }
});
