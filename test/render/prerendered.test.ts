/**
 * Pre-rendered snippets (`mrt-widgets render`, test/render/__snapshots__/) in real pages: with
 * scripts off they are the finished widget; with the CDN script arriving a second late, each
 * element takes its pre-rendered content over with no layout shift and no second copy.
 */
import { expect, waitUntil } from '@open-wc/testing';

/** The text in an element's shadow root (and the elements it holds), without the pre-rendered styles' text. */
const shownText = (el: Element): string => {
  const walk = (node: Node): string =>
    (node as Element).shadowRoot
      ? walk((node as Element).shadowRoot!)
      : node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : (node as Element).localName === 'style'
          ? ''
          : [...node.childNodes].map(walk).join('');
  return walk(el).replace(/\s+/g, ' ');
};
import { doc, nextFrames, openPage, win } from '../embed/pages.js';

const WIDGETS = ['salary-card', 'salary-range', 'outlook-gauge', 'state-wages', 'career-path', 'career-profile'] as const;

const snapshot = async (name: string): Promise<string> => {
  const response = await fetch(`/test/render/__snapshots__/${name}.html`);
  if (!response.ok) throw new Error(`no snapshot ${name}`);
  return response.text();
};

/** A host page around `body`, with the probe (errors) and a layout-shift observer first. */
const page = (body: string, script?: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pre-rendered</title>
<script src="/test/hosts/probe.js"></script>
<script>window.shifts=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.shifts.push(e.value)}).observe({type:'layout-shift',buffered:true});
const error=console.error;console.error=(...a)=>{window.mrtErrors.push(a.join(' '));error(...a)};</script>
<link rel="stylesheet" href="/dist/cdn/mrt-widgets.css"><link rel="stylesheet" href="/test/hosts/host.css">
${script ? `<script type="module" src="${script}"></script>` : ''}
</head><body><main>${body}<p id="after">Text after the widgets.</p></main></body></html>`;

type ShiftWindow = Window & { shifts: number[]; mrtErrors: string[] };

/** What each widget shows from the default profile: figures, source, period. */
const SHOWN: Record<(typeof WIDGETS)[number], string[]> = {
  'salary-card': ['$39,180', '$18.83', 'May 2017'],
  'salary-range': ['$39,180', '$25,810', 'May 2017'],
  'outlook-gauge': ['+13.5%', '2016–26'],
  'state-wages': ['New Jersey', '$58,080', '2017'],
  'career-path': ['Medical Records Technician', '2017'],
  'career-profile': ['$39,180', '+13.5%', 'New Jersey', 'May 2017'],
};

describe('pre-rendered snippets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('with scripts off, each widget is complete: figures, source and period, axe clean', async () => {
    const snippets = await Promise.all(WIDGETS.map((w) => snapshot(`${w}.medical-records-technician.light.en`)));
    const frame = await openPage('', { width: 600, height: 900, sandbox: 'allow-same-origin', srcdoc: page(snippets.join('\n')) });
    const d = doc(frame);
    expect(win(frame).matchMedia('(scripting: none)').matches, 'scripting off').to.equal(true);
    for (const widget of WIDGETS) {
      const el = d.querySelector(`mrt-${widget}`)!;
      expect(el.shadowRoot, `${widget}: declarative shadow root`).to.not.equal(null);
      expect(win(frame).getComputedStyle(el).visibility, widget).to.equal('visible');
      expect(el.getBoundingClientRect().height, widget).to.be.above(100);
      const text = shownText(el);
      for (const shown of SHOWN[widget]) expect(text, `${widget} shows ${shown}`).to.contain(shown);
      expect(text, `${widget}: a source`).to.match(/Sources?:/);
      // The fallback link inside the tag is not shown while the template took.
      expect(el.querySelector('a')!.getClientRects().length, `${widget}: fallback link hidden`).to.equal(0);
    }
    // axe cannot run in a page without scripts: the same HTML, parsed with its declarative shadow
    // roots into this page (where no element is defined either).
    const copy = document.createElement('main');
    copy.setHTMLUnsafe(snippets.join('\n'));
    document.body.append(copy);
    try {
      expect(copy.querySelector('mrt-salary-card')!.shadowRoot, 'parsed with its shadow root').to.not.equal(null);
      await expect(copy).to.be.accessible();
    } finally {
      copy.remove();
    }
  });

  for (const width of [280, 320, 600, 1000, 1200]) {
    it(`at ${width} px, the script arriving 1 s late takes each widget over: CLS 0, one copy, no errors, the switch works`, async () => {
      const snippets = await Promise.all([
        ...WIDGETS.map((w) => snapshot(`${w}.medical-records-technician.light.en`)),
        // Spanish (its text is a chunk) and the newer profile (fetched): placeholders behind the veil first.
        snapshot('salary-card.medical-records-technician.dark.es'),
        snapshot('outlook-gauge.medical-records-specialists.light.en'),
        // All of it at once: the parts inside, the reader, a fetched profile and the Spanish text.
        snapshot('career-profile.medical-records-specialists.dark.es'),
      ]);
      const frame = await openPage('', {
        width,
        height: 900,
        srcdoc: page(snippets.join('\n'), `/fixtures/late-1000/mrt-widgets.js?at=${width}`),
        load: false,
      });
      await waitUntil(() => doc(frame)?.getElementById('after'), 'page not parsed', { interval: 10 });
      const d = doc(frame);
      const w = win(frame) as unknown as ShiftWindow & typeof globalThis;
      const els = [...d.querySelectorAll('main > *')].filter((e) => e.localName.startsWith('mrt-'));
      await nextFrames();
      // (A query of its own per page: from the browser's cache the file would not be late.)
      expect(w.customElements.get('mrt-salary-card') === undefined, 'script not yet here').to.equal(true);
      const before = els.map((e) => e.getBoundingClientRect().height);
      const card = d.querySelector('mrt-salary-card')!;
      const medians = shownText(card).split('$39,180').length;
      expect(
        before.every((h) => h > 100),
        `pre-rendered heights ${before}`,
      ).to.equal(true);
      await waitUntil(() => w.customElements.get('mrt-career-profile'), 'script never arrived', { timeout: 5000 });
      // Taken over: every pre-rendered node (its inline <style>s with it) gone, the element's own render in place.
      const done = (root: ShadowRoot | null): boolean =>
        !!root &&
        ![...root.children].some((e) => e.localName === 'style') &&
        [...root.querySelectorAll('*')].every((e) => !e.localName.startsWith('mrt-') || done(e.shadowRoot));
      await waitUntil(() => els.every((e) => done(e.shadowRoot)), 'pre-rendered content still there', { timeout: 5000 });
      await nextFrames(3);
      // (Layout-shift entries exist in Chromium only; in Firefox and WebKit the heights below say it.)
      expect(w.shifts, 'layout shifts').to.deep.equal([]);
      expect(els.map((e) => e.getBoundingClientRect().height)).to.deep.equal(before);
      for (const el of els) {
        // One status region and one of each figure: nothing left beside the element's own render.
        expect(el.shadowRoot!.querySelectorAll('[role="status"]').length, `${el.localName}: one copy`).to.equal(1);
      }
      expect(card.shadowRoot!.querySelectorAll('.figure').length, 'one median').to.equal(1);
      // The median as often as pre-rendered (headline, bar label, table): one copy.
      expect(shownText(card).split('$39,180').length, 'the median pay, one copy').to.equal(medians);
      const hourly = card.shadowRoot!.querySelector<HTMLInputElement>('input[value="hourly"]')!;
      hourly.click();
      await waitUntil(() => card.shadowRoot!.querySelector('.figure')!.textContent!.includes('$18.83'), 'the hourly switch did nothing');
      expect(d.querySelector('mrt-salary-card[locale="es"]')!.shadowRoot!.textContent, 'Spanish').to.contain('Salario mediano');
      expect(w.mrtErrors, 'errors').to.deep.equal([]);
    });
  }

  it('an element whose stamp does not match (other attributes) renders afresh at once, one copy', async () => {
    const card = (await snapshot('salary-card.medical-records-technician.light.en')).replace('theme="light"', 'theme="dark"');
    const frame = await openPage('', { width: 600, srcdoc: page(card, '/dist/cdn/mrt-widgets.js'), load: false });
    await waitUntil(
      () => !!win(frame)?.customElements?.get('mrt-salary-card') && !!doc(frame).querySelector('mrt-salary-card')?.shadowRoot?.querySelector('.figure'),
      'not rendered',
    );
    await nextFrames();
    const el = doc(frame).querySelector('mrt-salary-card')!;
    expect(
      [...el.shadowRoot!.children].filter((e) => e.localName === 'style'),
      'pre-rendered content cleared',
    ).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[role="status"]').length).to.equal(1);
    expect(win(frame).getComputedStyle(el).colorScheme).to.equal('dark');
  });
});
