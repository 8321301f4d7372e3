import { expect, waitUntil } from '@open-wc/testing';
import { textOf } from '../helpers.js';
import { doc, openPage, pageSettled, win } from '../embed/pages.js';
import type { PageWindow } from '../embed/pages.js';

// dist/cdn/mrt-widgets.js holds the English text; the Spanish text is a chunk beside it
// (strings-es-<hash>.js), loaded the first time an element needs it, once per page.

type SpanishWindow = PageWindow & { mrtSeenEnglish: string[] };

/**
 * A page whose elements are watched at every frame from the start: any English interface text
 * they ever show is recorded (a Spanish page must never flash it).
 */
const page = (script: string, lang: string, opened = openPage): Promise<HTMLIFrameElement> =>
  opened('', {
    srcdoc: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title>
<script src="/test/hosts/probe.js"></script>
<script>
  window.mrtSeenEnglish = [];
  // The text a reader can see: text nodes whose element is visible (not visibility: hidden).
  const text = (n) =>
    n.shadowRoot ? text(n.shadowRoot)
    : n.nodeType === 3 ? (n.parentElement && n.parentElement.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }) ? n.textContent : '')
    : [...n.childNodes].map(text).join(' ');
  const watch = () => {
    for (const el of document.querySelectorAll('mrt-salary-card, mrt-outlook-gauge, mrt-career-path')) {
      const t = text(el);
      for (const word of ['Median pay', 'Annual', 'Hourly', 'Projected change', 'Related careers', 'Career path']) if (t.includes(word)) mrtSeenEnglish.push(el.localName + ': ' + word);
    }
    requestAnimationFrame(watch);
  };
  watch();
</script>
<script type="module" src="${script}"></script>
</head><body><main><h1>Programa</h1><mrt-salary-card></mrt-salary-card><mrt-outlook-gauge></mrt-outlook-gauge><mrt-career-path></mrt-career-path></main></body></html>`,
  });

/** Requests for the Spanish chunk. */
const spanishRequests = (frame: HTMLIFrameElement): string[] =>
  win(frame)
    .performance.getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => new URL(name).pathname.includes('/strings-es-'));

describe('dist/cdn/mrt-widgets.js and its Spanish text', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('an English page loads nothing but the file', async () => {
    const frame = await page('/dist/cdn/mrt-widgets.js', 'en');
    await waitUntil(() => win(frame).customElements.get('mrt-career-path'), 'not defined');
    await pageSettled(frame);
    expect(textOf(doc(frame).querySelector('mrt-salary-card')!)).to.contain('Median pay');
    expect(spanishRequests(frame)).to.deep.equal([]);
  });

  it('a Spanish page loads the Spanish text once, from beside the file, and never shows English first', async () => {
    const frame = await page('/dist/cdn/mrt-widgets.js', 'es');
    await waitUntil(() => win(frame).customElements.get('mrt-career-path'), 'not defined');
    await pageSettled(frame);
    const card = textOf(doc(frame).querySelector('mrt-salary-card')!);
    expect(card).to.contain('Salario mediano').and.contain('$39,180');
    expect(textOf(doc(frame).querySelector('mrt-career-path')!)).to.contain('Carreras relacionadas');
    expect(spanishRequests(frame)).to.have.length(1);
    expect(new URL(spanishRequests(frame)[0]).pathname).to.match(/^\/dist\/cdn\/strings-es-[\w-]+\.js$/);
    expect((win(frame) as SpanishWindow).mrtSeenEnglish).to.deep.equal([]);
    expect(win(frame).mrtErrors).to.deep.equal([]);
  });

  it('while the Spanish text is slow to come, nothing English shows: the placeholders wait', async () => {
    const frame = await page('/fixtures/slow-chunks-1500/mrt-widgets.js', 'es');
    await waitUntil(() => win(frame).customElements.get('mrt-career-path'), 'not defined');
    await waitUntil(() => textOf(doc(frame).querySelector('mrt-salary-card')!).includes('Salario mediano'), 'no Spanish', { timeout: 8000 });
    await pageSettled(frame);
    expect((win(frame) as SpanishWindow).mrtSeenEnglish).to.deep.equal([]);
  });

  it('a change to Spanish after the card has shown keeps it in view while the text loads: no placeholder, the figures it opened stay open and focused', async () => {
    const frame = await page('/fixtures/slow-chunks-1500/mrt-widgets.js?switch', 'en');
    await waitUntil(() => win(frame).customElements.get('mrt-career-path'), 'not defined');
    await pageSettled(frame);
    const card = doc(frame).querySelector('mrt-salary-card')! as HTMLElement & { updateComplete: Promise<unknown> };
    const root = card.shadowRoot!;
    const summary = root.querySelector<HTMLElement>('summary.toggle')!;
    summary.click();
    summary.focus();
    const height = card.getBoundingClientRect().height;
    card.setAttribute('locale', 'es');
    await card.updateComplete;
    // While the Spanish text loads (1.5 s): the English render stays, whole.
    expect(root.querySelector('.figure')?.textContent, 'still rendered, not a placeholder').to.equal('$39,180');
    expect(textOf(card)).to.contain('Median pay');
    await waitUntil(() => textOf(card).includes('Salario mediano'), 'no Spanish', { timeout: 8000 });
    await card.updateComplete;
    expect(root.querySelector('summary.toggle'), 'the same disclosure').to.equal(summary);
    expect((summary.parentElement as HTMLDetailsElement).open, 'still open').to.equal(true);
    expect(root.activeElement, 'still focused').to.equal(summary);
    expect(summary.textContent).to.contain('Ocultar las cifras');
    expect(card.getAttribute('lang'), 'the text and its lang change together').to.equal('es-US');
    expect(Math.abs(card.getBoundingClientRect().height - height), 'about the same height').to.be.below(60);
    expect(win(frame).mrtErrors).to.deep.equal([]);
  });

  it('when the Spanish text never answers, the elements show English after 10 s', async function () {
    this.timeout(30000);
    // Not waiting for the page's load event: Firefox holds it until pending imports arrive.
    const unloaded: typeof openPage = (url, options) => openPage(url, { ...options, load: false });
    const frame = await page('/fixtures/slow-chunks-600000/mrt-widgets.js', 'es', unloaded);
    await waitUntil(() => frame.contentDocument?.querySelector('mrt-salary-card'), 'page not parsed');
    await waitUntil(() => win(frame).customElements.get('mrt-career-path'), 'not defined');
    await waitUntil(() => textOf(doc(frame).querySelector('mrt-salary-card')!).includes('Median pay'), 'no English fallback', { timeout: 20000 });
    expect(textOf(doc(frame).querySelector('mrt-salary-card')!)).to.contain('$39,180');
    expect(win(frame).mrtErrors).to.deep.equal([]);
  });

  it('when the Spanish text cannot be loaded (the chunk was not copied), the elements show English, with no uncaught error', async () => {
    // This route serves the CDN file but not its chunks: the Spanish one answers 404.
    const frame = await page('/fixtures/slow-reader/mrt-widgets.js?ms=0', 'es');
    await waitUntil(() => win(frame).customElements.get('mrt-career-path'), 'not defined');
    await waitUntil(() => textOf(doc(frame).querySelector('mrt-salary-card')!).includes('Median pay'), 'no English fallback', { timeout: 8000 });
    await pageSettled(frame);
    expect(textOf(doc(frame).querySelector('mrt-salary-card')!)).to.contain('$39,180');
    expect(win(frame).mrtErrors).to.deep.equal([]);
  });
});
