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
import technician from '../../data/medical-records-technician.json';
import specialists from '../../data/medical-records-specialists.json';
import { formatCurrency, formatPercent, resolveLocale } from '../../src/data/format.js';

/** Every element inside `el`'s shadow root and those of the elements in it, in document order. */
const deep = (el: Element): Element[] => {
  const out: Element[] = [];
  const walk = (nodes: Iterable<Node>): void => {
    for (const n of nodes) {
      if (n.nodeType !== Node.ELEMENT_NODE) continue;
      out.push(n as Element);
      if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!.childNodes);
      walk(n.childNodes);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot.childNodes);
  return out;
};

/** The element that has the focus, through shadow roots. */
const focusedIn = (d: Document): Element | null => {
  let a = d.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** A box that scrolls its content (a keyboard may focus it to scroll it, without script). */
const scrolls = (e: Element): boolean => {
  const style = e.ownerDocument.defaultView!.getComputedStyle(e);
  return /auto|scroll/.test(style.overflowX + style.overflowY) && (e.scrollHeight > e.clientHeight || e.scrollWidth > e.clientWidth);
};

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
<style>main{width:auto}</style>
${script ? `<script type="module" src="${script}"></script>` : ''}
</head><body><main>${body}<p id="after">Text after the widgets.</p></main></body></html>`;

type ShiftWindow = Window & { shifts: number[]; mrtErrors: string[] };

/**
 * `snippets` in a page `width` px wide whose CDN file comes a second late (`query` makes it a
 * request of its own: from the browser's cache it would not be late), parsed, the script not yet
 * there: its document, window and pre-rendered elements.
 */
async function latePage(snippets: string[], width: number, query: string): Promise<{ d: Document; w: ShiftWindow & typeof globalThis; els: Element[] }> {
  const frame = await openPage('', { width, height: 900, srcdoc: page(snippets.join('\n'), `/fixtures/late-1000/mrt-widgets.js?${query}`), load: false });
  await waitUntil(() => doc(frame)?.getElementById('after'), 'page not parsed', { interval: 10 });
  const d = doc(frame);
  const w = win(frame) as unknown as ShiftWindow & typeof globalThis;
  await nextFrames();
  expect(w.customElements.get('mrt-salary-card') === undefined, 'script not yet here').to.equal(true);
  return { d, w, els: [...d.querySelectorAll('main > *')].filter((e) => e.localName.startsWith('mrt-')) };
}

/** Whether the pre-rendered nodes of `root` (and of the elements in it) have all given way to the element's own render. */
const takenOver = (root: ShadowRoot | null): boolean =>
  !!root && ![...root.children].some((e) => e.localName === 'style') && [...root.querySelectorAll('*')].every((e) => !e.localName.startsWith('mrt-') || takenOver(e.shadowRoot));

const PROFILES = { 'medical-records-technician': technician, 'medical-records-specialists': specialists } as const;

/**
 * What each widget must show of `profile` in `locale`, figures formatted as the elements format
 * them: the median pay, the projected change, the first state's mean pay, the title; and the
 * year of the wages' reference period.
 */
function shown(widget: (typeof WIDGETS)[number], profile: typeof technician | typeof specialists, lang: string): string[] {
  const locale = resolveLocale(lang);
  const median = formatCurrency(profile.wages.annual.median, locale);
  const growth = formatPercent(profile.projection.percentChange, locale, true);
  const year = /\d{4}/.exec(profile.wages.source.period)![0];
  const state = formatCurrency(profile.states.rows[0]!.annualMean, locale);
  return {
    'salary-card': [median, year],
    'salary-range': [median, year],
    'outlook-gauge': [growth, String(profile.projection.years[0])],
    'state-wages': [profile.states.rows[0]!.name, state],
    'career-path': [profile.title],
    'career-profile': [profile.title, median, growth, state],
  }[widget];
}

describe('pre-rendered snippets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // Every snapshot: each element, both built-in profiles, light and dark, English and Spanish.
  for (const id of Object.keys(PROFILES) as (keyof typeof PROFILES)[]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'es']) {
        it(`with scripts off, each widget is complete and does nothing it cannot do: ${id}, ${theme}, ${lang}`, async () => {
          const snippets = await Promise.all(WIDGETS.map((w) => snapshot(`${w}.${id}.${theme}.${lang}`)));
          const frame = await openPage('', { width: 600, height: 900, sandbox: 'allow-same-origin', srcdoc: page(snippets.join('\n')) });
          const d = doc(frame);
          expect(win(frame).matchMedia('(scripting: none)').matches, 'scripting off').to.equal(true);
          for (const widget of WIDGETS) {
            const el = d.querySelector(`mrt-${widget}`)!;
            expect(el.shadowRoot, `${widget}: declarative shadow root`).to.not.equal(null);
            expect(win(frame).getComputedStyle(el).visibility, widget).to.equal('visible');
            expect(el.getBoundingClientRect().height, widget).to.be.above(100);
            const text = shownText(el);
            for (const figure of shown(widget, PROFILES[id], lang)) expect(text, `${widget} shows ${figure}`).to.contain(figure);
            expect(text, `${widget}: a source`).to.match(/Sources?:|Fuentes?:/);
            // The fallback link inside the tag is not shown while the template took.
            expect(el.querySelector('a')!.getClientRects().length, `${widget}: fallback link hidden`).to.equal(0);

            // Nothing that would silently do nothing: whatever takes the focus works without script
            // (a link, a <details> summary, a box that scrolls: the map and the state table are named
            // tab stops, as they may scroll at another width); every button, input or tab stop that
            // needs the script cannot be focused (disabled, or hidden with its place kept).
            const region = (e: Element): boolean => e.classList.contains('scroller') && e.getAttribute('role') === 'group' && !!e.getAttribute('aria-label');
            const all = deep(el);
            const focusable = all.filter((e) => {
              (e as HTMLElement).focus?.();
              return focusedIn(d) === e;
            });
            const dead = focusable.filter((e) => !(e.localName === 'a' && e.hasAttribute('href')) && e.localName !== 'summary' && !scrolls(e) && !region(e));
            expect(
              dead.map((e) => `${e.localName}.${e.className}`),
              `${widget}: focusable without script but needs it`,
            ).to.deep.equal([]);
            expect(focusable.length, `${widget}: its links and summaries still take the focus`).to.be.above(0);
            const buttons = all.filter((e) => e.localName === 'button');
            expect(buttons.filter((b) => !(b as HTMLButtonElement).disabled).length, `${widget}: buttons disabled until the script`).to.equal(0);
            // With no state they could change: no "collapsed" step, no toggle tile.
            expect(
              buttons.filter((b) => ['aria-expanded', 'aria-pressed', 'aria-controls'].some((a) => b.hasAttribute(a))).length,
              `${widget}: disabled buttons claim no state`,
            ).to.equal(0);
            // And what does work, works: every disclosure opens (the figures table, the sources' notes).
            // (Those shown: a career profile hides its parts' own sources, as it says them once.)
            for (const details of all.filter((e): e is HTMLDetailsElement => e.localName === 'details' && e.checkVisibility())) {
              (details.querySelector(':scope > summary') as HTMLElement).click();
              expect(details.open, `${widget}: a <details> opens without script`).to.equal(true);
              const content = [...details.children].find((c) => c.localName !== 'summary');
              if (content) expect(content.checkVisibility(), `${widget}: and shows what it holds`).to.equal(true);
            }
            if (widget === 'salary-card' || widget === 'salary-range') {
              expect(all.find((e) => e.localName === 'table')!.checkVisibility(), `${widget}: the figures table, reachable`).to.equal(true);
            }
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
      }
    }
  }

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
      const { d, w, els } = await latePage(snippets, width, `at=${width}`);
      // The widgets as wide as the page: each width tested is the width they lay out at.
      expect(els.map((e) => e.getBoundingClientRect().width)).to.deep.equal(els.map(() => d.documentElement.clientWidth));
      const before = els.map((e) => e.getBoundingClientRect().height);
      const card = d.querySelector('mrt-salary-card')!;
      const medians = shownText(card).split('$39,180').length;
      expect(
        before.every((h) => h > 100),
        `pre-rendered heights ${before}`,
      ).to.equal(true);
      await waitUntil(() => w.customElements.get('mrt-career-profile'), 'script never arrived', { timeout: 5000 });
      // Taken over: every pre-rendered node (its inline <style>s with it) gone, the element's own render in place.
      await waitUntil(() => els.every((e) => takenOver(e.shadowRoot)), 'pre-rendered content still there', { timeout: 5000 });
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

  // The focus on a summary in a part of the career profile (a nested shadow root), or on the state
  // table's box, a tab stop only until the script comes (withoutScript).
  for (const [where, target] of [
    ['a summary in a career profile part', (d: Document): HTMLElement => deep(d.querySelector('mrt-career-profile')!).filter((e) => e.localName === 'summary').at(-1) as HTMLElement],
    ['the state table', (d: Document): HTMLElement => deep(d.querySelector('mrt-state-wages')!).find((e) => e.classList.contains('table-wrap')) as HTMLElement],
  ] as const) {
    it(`what a reader did before the script came is kept: opened <details>, scrolled boxes, the focus on ${where}`, async () => {
      // The newer profile's state table (every state) scrolls; the default's career profile nests its parts.
      const snippets = await Promise.all(
        ['state-wages.medical-records-specialists', 'career-path.medical-records-technician', 'career-profile.medical-records-technician'].map((w) => snapshot(`${w}.light.en`)),
      );
      // 280 px: the state table (every state, four columns) scrolls sideways.
      const { d, w, els } = await latePage(snippets, 280, `kept-${where.length}`);
      /** Each widget's <details> open or not, and its scrolled boxes' offsets, in document order. */
      const state = (): string[][] =>
        els.map((el) =>
          deep(el).flatMap((e) =>
            e.localName === 'details' ? [`details ${(e as HTMLDetailsElement).open}`] : scrolls(e) ? [`scroll ${Math.round(e.scrollTop)} ${Math.round(e.scrollLeft)}`] : [],
          ),
        );
      // Open every other <details> (some stay closed: a closed one must stay closed), scroll every box.
      for (const el of els) {
        deep(el)
          .filter((e) => e.localName === 'details')
          .forEach((e, i) => ((e as HTMLDetailsElement).open = i % 2 === 0));
        for (const box of deep(el).filter(scrolls)) box.scrollTo(box.scrollWidth, box.scrollHeight / 2);
      }
      const focused = target(d);
      focused.focus();
      expect(focusedIn(d), 'focused before the script').to.equal(focused);
      const before = state();
      expect(before.flat().filter((s) => s === 'details true').length, 'details opened').to.be.above(2);
      expect(before.flat().some((s) => s.startsWith('scroll ') && s !== 'scroll 0 0'), 'a box scrolled').to.equal(true);
      const label = focused.textContent!.replace(/\s+/g, '');
      await waitUntil(() => w.customElements.get('mrt-career-profile') && els.every((e) => takenOver(e.shadowRoot)), 'not taken over', { timeout: 5000 });
      await nextFrames(3);
      expect(state(), 'details and scroll offsets as the reader left them').to.deep.equal(before);
      const now = focusedIn(d);
      expect(now?.localName, 'the focus on the same control').to.equal(focused.localName);
      expect(now?.className).to.equal(focused.className);
      expect(now?.textContent!.replace(/\s+/g, ''), 'its text').to.equal(label);
      expect(now === focused, 'in the new render').to.equal(false);
      expect(w.mrtErrors, 'errors').to.deep.equal([]);
    });
  }

  // A snippet rendered from a profile file carries it inside the element; an editor that strips
  // scripts takes it away. The element then keeps the pre-rendered figures: never the default
  // profile's figures in their place.
  for (const stripped of [false, true]) {
    it(`a snippet of a profile file, its profile ${stripped ? 'stripped by an editor: the pre-rendered figures stay' : 'kept: taken over with it'}`, async () => {
      const file = await snapshot('salary-card.profile-file.light.en');
      const html = stripped ? file.replace(/<script type="application\/json">[^]*?<\/script>/, '') : file;
      expect(html.includes('application/json'), 'the inline profile').to.equal(!stripped);
      const { d, w, els } = await latePage([html], 600, `file-${stripped}`);
      const card = els[0]!;
      expect(shownText(card)).to.contain('$48,780');
      await waitUntil(() => w.customElements.get('mrt-salary-card'), 'script never arrived', { timeout: 5000 });
      // Kept: the element's own render in place. Stripped: the element has rendered too (its
      // default profile), behind the pre-rendered nodes' veil.
      await waitUntil(() => (stripped ? card.shadowRoot!.querySelectorAll('.figure').length === 2 : takenOver(card.shadowRoot)), 'not rendered', { timeout: 5000 });
      await nextFrames(3);
      // What shows: the profile file's median, never the default profile's.
      const visible = [...card.shadowRoot!.querySelectorAll('.figure')].filter((f) => f.checkVisibility()).map((f) => f.textContent);
      expect(visible, 'one median in view, the file\'s').to.deep.equal(['$48,780']);
      expect(w.mrtErrors, 'errors').to.deep.equal([]);
      expect(d.querySelectorAll('mrt-salary-card').length).to.equal(1);
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
