import { expect, waitUntil } from '@open-wc/testing';
import { textOf } from '../helpers.js';
import { axeViolations, doc, openPage, pageSettled, win } from '../embed/pages.js';
import type { PageWindow } from '../embed/pages.js';

// dist/cdn/mrt-widgets.js shows its built-in profile by itself and loads its reader chunk
// (read-profile-<hash>.js), from beside it, the first time a page brings data. Each page is its own iframe, so each starts
// without the reader, as a reader's browser does.

/** A small valid profile with figures of its own. */
const OWN = {
  id: 'own',
  soc: '29-2071',
  title: 'Own data',
  wages: {
    source: { name: 'A test source', period: '2026' },
    annual: { p10: 30000, p25: 40000, median: 50000, p75: 60000, p90: 70000, mean: 51000 },
  },
};
/** The same with p90 below p10: a data problem the checker reports. */
const BAD = { ...OWN, wages: { ...OWN.wages, annual: { ...OWN.wages.annual, p90: 20000 } } };

const hostPage = (script: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="/test/hosts/probe.js"></script>
<script>window.mrtDataErrors = []; document.addEventListener('mrt-data-error', (e) => window.mrtDataErrors.push({ id: e.target.id, origin: e.detail.origin, location: e.detail.location, message: e.detail.message }));</script>
<script type="module" src="${script}"></script>
</head><body><main><h1>Host page</h1>${body}</main></body></html>`;

const inline = (id: string, profile: unknown): string =>
  `<mrt-salary-card id="${id}"><script type="application/json">${JSON.stringify(profile)}</script></mrt-salary-card>`;

type HostWindow = PageWindow & { mrtDataErrors: { id: string; origin: string; location?: string; message: string }[] };

/** The URLs the page fetched whose path ends with `end` (query included). */
const fetches = (frame: HTMLIFrameElement, end: string): string[] =>
  win(frame)
    .performance.getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((url) => `${url.pathname}${url.search}`.endsWith(end) || url.pathname.endsWith(end))
    .map((url) => url.href);

/** The reader chunks the page fetched, as path and query. */
const readerFetches = (frame: HTMLIFrameElement): string[] =>
  win(frame)
    .performance.getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((url) => /\/read-profile-[\w-]+\.js$/.test(url.pathname))
    .map((url) => `${url.pathname.replace(/-[\w-]{8}\.js$/, '-<hash>.js')}${url.search}`);

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A page whose CDN file comes at once and whose reader answers after `ms`. */
const slowReaderPage = (ms: number, body = ''): Promise<HTMLIFrameElement> =>
  openPage('', { srcdoc: hostPage(`/fixtures/slow-reader/mrt-widgets.js?ms=${ms}`, body) });

/** A card with `src`, put in the page. */
function addCard(frame: HTMLIFrameElement, src: string): HTMLElement & { src: string; updateComplete: Promise<unknown> } {
  const el = doc(frame).createElement('mrt-salary-card') as HTMLElement & { src: string; updateComplete: Promise<unknown> };
  el.id = 'late';
  el.src = src;
  doc(frame).body.append(el);
  return el;
}

const card = (frame: HTMLIFrameElement, id: string): Element => doc(frame).getElementById(id)!;

describe('dist/cdn/mrt-widgets.js and its reader', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // A chunk that imports another (the state map and the reader both import the states' names):
  // the second is requested with the first, not after it arrives (one round trip, not two, on a
  // slow network). Every chunk here answers after 800 ms.
  for (const [what, body, chunk] of [
    ['the state map', '<mrt-state-wages></mrt-state-wages>', /\/state-wages\.map-[\w-]+\.js$/],
    ['the reader', inline('own', OWN), /\/read-profile-[\w-]+\.js$/],
  ] as const) {
    it(`${what}: the chunks it imports are requested beside it, not after it`, async () => {
      const frame = await openPage('', { srcdoc: hostPage('/fixtures/late-chunks-800/mrt-widgets.js?parallel', body), load: false });
      await waitUntil(() => doc(frame)?.querySelector('mrt-state-wages, mrt-salary-card')?.shadowRoot?.querySelector('.message, table'), 'not drawn', { timeout: 8000 });
      const entries = win(frame).performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const first = entries.find((e) => chunk.test(new URL(e.name).pathname))!;
      const states = entries.find((e) => /\/states-[\w-]+\.js$/.test(new URL(e.name).pathname))!;
      expect(first, 'the chunk').to.not.equal(undefined);
      expect(states, 'the states chunk').to.not.equal(undefined);
      expect(new URL(states.name).search, 'with the page query').to.equal('?parallel');
      // Requested before the first one's answer came: with it, not after it.
      expect(states.startTime).to.be.below(first.responseEnd);
      expect(win(frame).mrtErrors ?? [], 'errors').to.deep.equal([]);
    });
  }

  it('shows the built-in profile without loading the reader', async () => {
    const frame = await openPage('', {
      srcdoc: hostPage(
        '/dist/cdn/mrt-widgets.js',
        '<mrt-salary-card id="card"></mrt-salary-card><mrt-outlook-gauge></mrt-outlook-gauge><mrt-career-profile></mrt-career-profile>',
      ),
    });
    await waitUntil(() => win(frame).customElements.get('mrt-career-profile'), 'not defined');
    await pageSettled(frame);
    expect(textOf(card(frame, 'card'))).to.contain('$39,180');
    expect(textOf(doc(frame).querySelector('mrt-career-profile')!)).to.contain('+13.5%');
    expect(readerFetches(frame)).to.deep.equal([]);
    expect((win(frame) as HostWindow).mrtDataErrors).to.deep.equal([]);
  });

  it('loads the reader for inline JSON, a .data object, a src and another built-in profile (one request), and checks them', async () => {
    const frame = await openPage('', {
      height: 3000,
      srcdoc: hostPage(
        '/dist/cdn/mrt-widgets.js',
        `${inline('inline', OWN)}${inline('bad', BAD)}<mrt-salary-card id="data"></mrt-salary-card>
        <mrt-salary-card id="src" src="/data/medical-records-technician.json"></mrt-salary-card>
        <mrt-salary-card id="other" occupation="medical-records-specialists"></mrt-salary-card>
        <mrt-salary-card id="missing" src="/fixtures/no-such-profile.json"></mrt-salary-card>`,
      ),
    });
    await waitUntil(() => win(frame).customElements.get('mrt-salary-card'), 'not defined');
    (card(frame, 'data') as HTMLElement & { data: unknown }).data = { ...OWN, title: 'Set as .data' };
    await pageSettled(frame);
    const w = win(frame) as HostWindow;
    expect(textOf(card(frame, 'inline'))).to.contain('$50,000');
    expect(textOf(card(frame, 'data'))).to.contain('$50,000');
    expect(textOf(card(frame, 'src'))).to.contain('$39,180');
    expect(textOf(card(frame, 'other'))).to.contain('$48,780');
    expect(textOf(card(frame, 'bad'))).to.contain('Data problem: wages.annual.p90: must be a number at least as large as');
    expect(textOf(card(frame, 'missing'))).to.contain('The data could not be loaded: src: /fixtures/no-such-profile.json answered 404');
    expect(w.mrtDataErrors.map((e) => `${e.id}: ${e.origin}: ${e.location}`).sort()).to.deep.equal([
      'bad: inline: undefined',
      'missing: src: /fixtures/no-such-profile.json',
    ]);
    expect(readerFetches(frame)).to.deep.equal(['/dist/cdn/read-profile-<hash>.js']);
    expect(w.mrtErrors).to.deep.equal([]);
  });

  it('when the reader cannot be loaded, an element with data of its own says so and fires mrt-data-error; the built-in ones beside it still show', async () => {
    // Served without its chunks, the file looks for its reader chunk beside it: not there.
    const frame = await openPage('', {
      srcdoc: hostPage(
        '/fixtures/no-chunks/mrt-widgets.js?ver=1',
        `<mrt-salary-card id="card"></mrt-salary-card>${inline('inline', OWN)}<mrt-outlook-gauge id="gauge"></mrt-outlook-gauge>
        <mrt-salary-card id="src" src="/data/medical-records-technician.json"></mrt-salary-card>`,
      ),
    });
    await waitUntil(() => win(frame).customElements.get('mrt-salary-card'), 'not defined');
    await pageSettled(frame);
    const w = win(frame) as HostWindow;
    expect(textOf(card(frame, 'inline'))).to.match(
      /^The data could not be loaded: its reader did not load \(TypeError: .*\/fixtures\/no-chunks\/read-profile-[\w-]{8}\.js\?ver=1\); keep the files of dist\/cdn\/ together$/,
    );
    expect(w.mrtDataErrors.map((e) => `${e.id}: ${e.origin}: ${e.location}`).sort()).to.deep.equal([
      'inline: inline: undefined',
      'src: src: /data/medical-records-technician.json',
    ]);
    expect(w.mrtDataErrors[0].message).to.match(/^its reader did not load/);
    expect(textOf(card(frame, 'card'))).to.contain('$39,180');
    expect(textOf(card(frame, 'gauge'))).to.contain('+13.5%');
    expect(w.mrtErrors).to.deep.equal([]);
    expect(await axeViolations(frame, true)).to.deep.equal([]);
  });

  it('when the drawings cannot be loaded, a state map and a career profile each say so, with the address; a card beside them still shows', async () => {
    const frame = await openPage('', {
      srcdoc: hostPage(
        '/fixtures/no-chunks/mrt-widgets.js?ver=1',
        `<mrt-state-wages id="map"></mrt-state-wages><mrt-career-profile id="profile"></mrt-career-profile><mrt-salary-card id="card"></mrt-salary-card>`,
      ),
    });
    await waitUntil(() => win(frame).customElements.get('mrt-career-profile'), 'not defined');
    await pageSettled(frame);
    const w = win(frame) as HostWindow;
    expect(textOf(card(frame, 'map'))).to.match(/the state map did not load \(TypeError: .*\/fixtures\/no-chunks\/state-wages\.map-[\w-]{8}\.js\?ver=1\); keep the files of dist\/cdn\/ together/);
    expect(textOf(card(frame, 'profile'))).to.match(
      /the career profile did not load \(TypeError: .*\/fixtures\/no-chunks\/career-profile\.drawing-[\w-]{8}\.js\?ver=1\); keep the files of dist\/cdn\/ together/,
    );
    expect(textOf(card(frame, 'card'))).to.contain('$39,180');
    expect(w.mrtErrors).to.deep.equal([]);
    expect(await axeViolations(frame, true)).to.deep.equal([]);
  });

  it('the reader comes from beside the file with the same query, and imports the page\'s copy of the file, not a second one', async () => {
    const frame = await openPage('', { srcdoc: hostPage('/dist/cdn/mrt-widgets.js?ver=1.2', inline('inline', OWN)) });
    await waitUntil(() => win(frame).customElements.get('mrt-salary-card'), 'not defined');
    await pageSettled(frame);
    expect(textOf(card(frame, 'inline'))).to.contain('$50,000');
    expect(readerFetches(frame)).to.deep.equal(['/dist/cdn/read-profile-<hash>.js?ver=1.2']);
    // The chunk imports what it shares with the file from the file itself, with the page's query: no second copy loads.
    expect(fetches(frame, '/mrt-widgets.js?ver=1.2')).to.have.length(1);
    expect(fetches(frame, '/mrt-widgets.js').filter((url) => !url.endsWith('?ver=1.2'))).to.deep.equal([]);
    expect([...win(frame).document.querySelectorAll('mrt-salary-card')].every((el) => el.constructor === win(frame).customElements.get('mrt-salary-card'))).to.equal(true);
  });

  it('the built-in profile it shows is frozen: page code cannot change what the next element shows', async () => {
    const frame = await openPage('', { height: 2600, srcdoc: hostPage('/dist/cdn/mrt-widgets.js', '<mrt-career-profile></mrt-career-profile>') });
    await waitUntil(() => win(frame).customElements.get('mrt-career-profile'), 'not defined');
    await pageSettled(frame);
    // The profile hands its parts the object it shows, and their shadow roots are open.
    const part = doc(frame).querySelector('mrt-career-profile')!.shadowRoot!.querySelector('mrt-salary-card') as HTMLElement & {
      data: { wages: { annual: { median: number } } };
    };
    expect(part.data.wages.annual.median).to.equal(39180);
    expect(() => (part.data.wages.annual.median = 1)).to.throw(TypeError);
    const next = doc(frame).createElement('mrt-salary-card');
    doc(frame).body.append(next);
    await pageSettled(frame);
    expect(textOf(next)).to.contain('$39,180');
  });

  it('an element that leaves the page while the reader loads fetches nothing and reports nothing; back in the page, it loads', async () => {
    // The reader is held until the element has left. (With a delay instead, Firefox, which holds the
    // load event for the pending import, gave the page only once the reader had come.)
    const gate = `left-${Math.random()}`;
    const srcdoc = hostPage(`/fixtures/slow-reader/mrt-widgets.js?gate=${gate}`, inline('inline', OWN));
    const frame = await openPage('', { srcdoc, load: false });
    await waitUntil(() => win(frame).customElements.get('mrt-salary-card'), 'not defined');
    const el = addCard(frame, '/data/medical-records-technician.json?left');
    await el.updateComplete;
    el.remove();
    await fetch(`/fixtures/open-gate?name=${encodeURIComponent(gate)}`);
    // The element in the page shows its data once the reader has come: by then the one that left had it too.
    await waitUntil(() => textOf(card(frame, 'inline')).includes('$50,000'), 'reader never came', { timeout: 5000 });
    await wait(100);
    const w = win(frame) as HostWindow;
    expect(fetches(frame, '?left')).to.deep.equal([]);
    expect(w.mrtDataErrors).to.deep.equal([]);
    doc(frame).body.append(el);
    await pageSettled(frame);
    expect(textOf(el)).to.contain('$39,180');
    expect(fetches(frame, '?left')).to.have.length(1);
    expect(w.mrtErrors).to.deep.equal([]);
  });

  it('a src changed while the reader loads: only the last one is fetched and shown', async () => {
    const frame = await slowReaderPage(500);
    await waitUntil(() => win(frame).customElements.get('mrt-salary-card'), 'not defined');
    const el = addCard(frame, '/fixtures/no-such-profile.json?first');
    await el.updateComplete;
    el.src = '/data/medical-records-technician.json?second';
    await pageSettled(frame);
    const w = win(frame) as HostWindow;
    expect(textOf(el)).to.contain('$39,180');
    expect(fetches(frame, '?first')).to.deep.equal([]);
    expect(fetches(frame, '?second')).to.have.length(1);
    expect(w.mrtDataErrors).to.deep.equal([]);
  });
});
