// Printed with the browser's defaults ("background graphics" off), fills that carry meaning (map
// tiles, legend swatches, bars, the current step) would vanish: every element that paints a fill
// or a background in any widget keeps it (print-color-adjust: exact, set on each host and
// inherited). The check on each painted element guards against a later rule that sets `economy`
// on one of them; the host's is the one the fix makes pass.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/career-profile/career-profile.js';
import '../../src/components/state-wages/state-wages.js';
import { settled } from '../helpers.js';

/** Every element in `root`'s shadow trees, the nested elements' too. */
function* deep(root: ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

const adjust = (style: CSSStyleDeclaration): string =>
  style.printColorAdjust || (style as CSSStyleDeclaration & { webkitPrintColorAdjust?: string }).webkitPrintColorAdjust || '';

describe('print keeps the fills that carry meaning', () => {
  it('every painted background and SVG fill of a career profile and an all-states map prints as shown', async () => {
    const wrapper = await fixture(html`<div><mrt-career-profile></mrt-career-profile><mrt-state-wages occupation="medical-records-specialists"></mrt-state-wages></div>`);
    const widgets = [...wrapper.children] as HTMLElement[];
    for (const w of widgets) await settled(w);
    for (const part of widgets[0]!.shadowRoot!.querySelectorAll<HTMLElement>('.part')) await settled(part);
    const painted: Element[] = [];
    const economy: string[] = [];
    for (const w of widgets) {
      expect(adjust(getComputedStyle(w)), `<${w.localName}>`).to.equal('exact');
      for (const el of deep(w.shadowRoot!)) {
        const style = getComputedStyle(el);
        const fills = el instanceof SVGElement ? style.fill !== 'none' && !el.closest('text') : style.backgroundColor !== 'rgba(0, 0, 0, 0)';
        if (!fills) continue;
        painted.push(el);
        if (adjust(style) !== 'exact') economy.push(`${el.localName}.${[...el.classList].join('.')}`);
      }
    }
    // The check has something to look at: tiles, swatches, bars, the box and the median dot.
    expect(painted.length).to.be.greaterThan(60);
    expect(economy).to.deep.equal([]);
  });
});
