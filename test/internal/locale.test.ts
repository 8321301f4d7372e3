import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/outlook-gauge/outlook-gauge.js';
import '../../src/components/salary-card/salary-card.js';
import type { MrtOutlookGauge } from '../../src/components/outlook-gauge/outlook-gauge.js';
import fc from 'fast-check';
import '../../src/components/career-profile/career-profile.js';
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

/** The language the element's text is marked with: the nearest `lang` at or above it, across shadow roots. */
function markedLanguage(el: Element): string | null {
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

/** The language the card's text is in, from its words. */
const textLanguage = (el: Element): 'en' | 'es' => (textOf(el).includes('Salario mediano') ? 'es' : 'en');

describe('the language of the text is marked wherever it differs from the page (WCAG 3.1.2)', () => {
  for (const lang of ['he', 'ja', 'de-DE', 'ar', 'fr-CA']) {
    it(`an English widget on a page in lang="${lang}" says it is English; the page's attribute is left alone`, async () => {
      const wrapper = await fixture(html`<div lang=${lang}><mrt-salary-card></mrt-salary-card></div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      await settled(el);
      expect(el.getAttribute('lang')).to.equal('en-US');
      expect(wrapper.getAttribute('lang')).to.equal(lang);
    });
  }

  for (const lang of ['en', 'en-GB', 'es', 'es-MX']) {
    it(`a widget in the page's own language (lang="${lang}") writes no lang of its own`, async () => {
      const wrapper = await fixture(html`<div lang=${lang}><mrt-salary-card></mrt-salary-card></div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      await settled(el);
      expect(el.hasAttribute('lang')).to.equal(false);
    });
  }

  it('any page language, any element locale (fast-check): the text is in English or Spanish and marked as such', async () => {
    const tags = fc.oneof(
      fc.constantFrom('en', 'es', 'ES', 'es_ES', 'es-419', 'he', 'ja', 'de-DE', 'zz', 'x', 'not a tag', ''),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(tags, fc.option(tags), async (page, locale) => {
        const wrapper = await fixture(html`<div lang=${page}><mrt-salary-card></mrt-salary-card></div>`);
        const el = wrapper.firstElementChild as HTMLElement & { locale?: string };
        if (locale !== null) el.locale = locale;
        await settled(el);
        const marked = markedLanguage(el);
        const text = textLanguage(el);
        // Unmarked only where the page says nothing at all, and then the text is English.
        if (marked === null) expect(text).to.equal('en');
        else expect(marked.replace(/_/g, '-').split('-')[0]!.trim().toLowerCase()).to.equal(text);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a page that changes its language after the widgets have rendered', () => {
  // The change reaches each widget through a MutationObserver, a moment after the attribute changes,
  // and the Spanish text may still be loading then (the widget keeps its shown text meanwhile): wait
  // for what the reader would see, not for one update.
  const shows = (el: Element, text: string): Promise<void> => waitUntil(() => textOf(el).includes(text), `"${text}" never shown`, { timeout: 5000 });
  const langIs = (el: Element, lang: string | null): Promise<void> => waitUntil(() => el.getAttribute('lang') === lang, `lang never ${lang}`, { timeout: 5000 });

  it('every widget follows, with no reader action, and back again', async () => {
    const wrapper = await fixture(html`<div lang="en"><mrt-salary-card></mrt-salary-card><mrt-outlook-gauge></mrt-outlook-gauge></div>`);
    const [card, gauge] = [...wrapper.children] as HTMLElement[];
    await settled(card!);
    await settled(gauge!);
    wrapper.setAttribute('lang', 'es');
    await shows(card!, 'Salario mediano');
    await shows(gauge!, 'empleos');
    wrapper.setAttribute('lang', 'ja');
    await shows(card!, 'Median pay');
    await langIs(card!, 'en-US');
    wrapper.setAttribute('lang', 'en');
    await langIs(card!, null);
  });

  it('the parts of a career profile follow a change on an element above the profile', async () => {
    const wrapper = await fixture(html`<div lang="en"><mrt-career-profile></mrt-career-profile></div>`);
    const profile = wrapper.firstElementChild as HTMLElement;
    await settled(profile);
    (wrapper as HTMLElement).lang = 'es';
    await shows(profile, 'Salario mediano');
  });

  it('a change inside another component’s shadow root, two roots above the widget, is followed too', async () => {
    // page > outer's shadow root > section[lang] > inner's shadow root > the card
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const section = document.createElement('section');
    section.lang = 'en';
    const inner = document.createElement('div');
    section.append(inner);
    outer.attachShadow({ mode: 'open' }).append(section);
    const card = document.createElement('mrt-salary-card');
    inner.attachShadow({ mode: 'open' }).append(card);
    await settled(card);
    section.lang = 'es';
    await shows(card, 'Salario mediano');
  });

  it('re-renders only the widgets a change concerns: a lang changed elsewhere on the page, or to the same language, re-renders none', async () => {
    const wrapper = await fixture(html`<div lang="ja"><span lang="fr">Bonjour</span>${[1, 2, 3, 4, 5].map(() => html`<mrt-salary-card></mrt-salary-card>`)}</div>`);
    const cards = [...wrapper.querySelectorAll<HTMLElement & { requestUpdate: () => void }>('mrt-salary-card')];
    for (const card of cards) await settled(card);
    let requests = 0;
    for (const card of cards) {
      const request = card.requestUpdate.bind(card);
      card.requestUpdate = () => {
        requests++;
        request();
      };
    }
    const span = wrapper.querySelector('span')!;
    for (const lang of ['de', 'it', 'pt']) span.lang = lang;
    wrapper.setAttribute('lang', 'ko'); // another language the widgets have no text in: still English
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(requests).to.equal(0);
    wrapper.setAttribute('lang', 'es');
    await shows(cards[4]!, 'Salario mediano');
    expect(requests).to.equal(cards.length);
  });

  it('a lang the page writes on the element over the one the widget wrote is the page’s from then on', async () => {
    const wrapper = await fixture(html`<div lang="ja"><mrt-salary-card></mrt-salary-card></div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await settled(el);
    expect(el.getAttribute('lang')).to.equal('en-US');
    el.setAttribute('lang', 'es');
    await shows(el, 'Salario mediano');
    wrapper.setAttribute('lang', 'de');
    await settled(el);
    expect(el.getAttribute('lang')).to.equal('es');
    expect(textOf(el)).to.contain('Salario mediano');
  });
});
