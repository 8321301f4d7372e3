import { expect, waitUntil } from '@open-wc/testing';
import { resizeFrames } from '../../src/embed/resize.js';
import { snippets } from '../../src/embed/snippets.js';
import type { SnippetChoice } from '../../src/embed/snippets.js';
import { axeViolations, doc, nextFrames, openPage, pageSettled, win } from './pages.js';

const here = `${location.origin}/dist/`;
// The same server under another name: another origin, as a CDN or a college's own server would be.
const elsewhere = `http://127.0.0.1:${location.port}/dist/`;
const choice = (change: Partial<SnippetChoice> = {}): SnippetChoice => ({
  widget: 'salary-card',
  occupation: 'medical-records-technician',
  theme: 'auto',
  locale: 'en',
  width: 0,
  base: here,
  height: 300,
  ...change,
});

/** A host page made of snippets, as an editor would paste them, in a same-origin iframe. */
const hostPage = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><style>body{margin:0}</style></head><body><main id="column">${body}</main></body></html>`;

/** The embed pages' iframes inside a host page. */
const embeds = (host: HTMLIFrameElement): HTMLIFrameElement[] => [...doc(host).querySelectorAll('iframe')];

/** Content height of a same-origin embed page, as its iframe should be. */
const contentHeight = (frame: HTMLIFrameElement): number => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);

/** Waits until every embed page in the host page shows its widget, loaded. */
async function embedsReady(host: HTMLIFrameElement): Promise<void> {
  await waitUntil(() => embeds(host).every((f) => f.contentDocument?.querySelector('main > *')), 'embed pages not loaded', { timeout: 8000 });
  for (const f of embeds(host)) if (f.contentDocument) await pageSettled(f);
  await nextFrames(3);
}

describe('iframe tier: the embed page and resize.js on a host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('several self-sizing iframes: each matches its content within 2 px after load and after the column narrows', async () => {
    const parts = [choice(), choice({ widget: 'outlook-gauge', theme: 'dark' }), choice({ widget: 'salary-range', locale: 'es' })].map((c) => snippets(c).iframeResize);
    const host = await openPage('', { width: 620, height: 2000, srcdoc: hostPage(parts.join('\n')) });
    await embedsReady(host);
    expect(embeds(host).length).to.equal(3);
    await waitUntil(() => embeds(host).every((f) => Math.abs(f.getBoundingClientRect().height - contentHeight(f)) <= 2), 'heights never matched');
    const wide = embeds(host).map((f) => f.getBoundingClientRect().height);
    expect(wide[0], 'not the snippet’s 300 px any more').to.be.above(400);
    host.style.width = '300px';
    await waitUntil(() => embeds(host).every((f) => Math.abs(f.getBoundingClientRect().height - contentHeight(f)) <= 2 && f.getBoundingClientRect().width <= 300), 'heights did not follow the width');
    const narrow = embeds(host).map((f) => f.getBoundingClientRect().height);
    expect(narrow[0], 'the card grew as it narrowed').to.be.above(wide[0]);
    expect(embeds(host).map((f) => f.title)).to.deep.equal([
      'Medical Records Technician: pay',
      'Medical Records Technician: job outlook',
      'Medical Records Technician: rango de salarios',
    ]);
    expect(embeds(host).every((f) => f.loading === 'lazy')).to.equal(true);
    expect(embeds(host)[1].contentDocument!.querySelector('mrt-outlook-gauge')!.getAttribute('theme')).to.equal('dark');
  });

  it('from another origin (as from a separate host), the iframe still sizes itself', async () => {
    const page = hostPage(`${snippets(choice({ base: elsewhere })).iframeResize}\n${snippets(choice()).iframeFixed}`);
    const host = await openPage('', { width: 620, height: 1600, srcdoc: page });
    const [remote, local] = embeds(host);
    await waitUntil(() => local.contentDocument?.querySelector('mrt-salary-card'));
    await pageSettled(local);
    await waitUntil(() => remote.style.height !== '', 'no height from the other origin', { timeout: 8000 });
    // Same widget, same width: the remote one's height is the local one's content height.
    await waitUntil(() => Math.abs(remote.getBoundingClientRect().height - contentHeight(local)) <= 2, `remote ${remote.style.height}, local content ${contentHeight(local)}`);
  });

  it('the fixed-height iframe (no script) keeps its height and shows the widget', async () => {
    const host = await openPage('', { width: 620, srcdoc: hostPage(snippets(choice({ height: 640 })).iframeFixed) });
    const [frame] = embeds(host);
    await waitUntil(() => frame.contentDocument?.querySelector('mrt-salary-card'));
    await pageSettled(frame);
    await nextFrames(3);
    expect(frame.getBoundingClientRect().height).to.equal(640);
    expect(frame.contentDocument!.querySelector('mrt-salary-card')!.shadowRoot!.textContent).to.contain('$39,180');
  });

  it('ignores messages from another origin, from windows that are not its iframes, or of the wrong shape', async () => {
    const frame = document.createElement('iframe');
    frame.src = `${here}embed/index.html?widget=salary-range`;
    frame.style.height = '123px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    // Listen from here, as resize.js does on a host page. A same-origin iframe outside the embed folder
    // posts too.
    const stop = resizeFrames(`${here}embed/`);
    const outsider = document.createElement('iframe');
    outsider.src = '/test/hosts/host.css';
    document.body.append(outsider);
    const send = (data: unknown, origin = location.origin, source: MessageEventSource | null = frame.contentWindow): void => {
      dispatchEvent(new MessageEvent('message', { data, origin, source }));
    };
    const height = (): string => frame.style.height;
    await waitUntil(() => height() !== '123px', 'the real embed page never sized its iframe');
    const real = height();
    send({ type: 'mrt-widgets:height', height: 999 }, 'http://evil.example');
    send({ type: 'mrt-widgets:height', height: 999 }, location.origin, window);
    send({ type: 'mrt-widgets:height', height: '999' });
    send({ type: 'mrt-widgets:height', height: 1e9 });
    send({ type: 'mrt-widgets:height', height: -5 });
    send({ type: 'something-else', height: 999 });
    send('mrt-widgets:height 999');
    send(null);
    send({ type: 'mrt-widgets:height', height: 999 }, location.origin, outsider.contentWindow);
    expect(height()).to.equal(real);
    expect(outsider.style.height).to.equal('');
    send({ type: 'mrt-widgets:height', height: 456.2 });
    expect(height(), 'the right message from the right place is taken').to.equal('457px');
    stop();
    send({ type: 'mrt-widgets:height', height: 300 });
    expect(height(), 'after stop(), nothing').to.equal('457px');
  });

  it('the embed page: an occupation that is not exactly a built-in id says so, and no address is formed from it', async () => {
    for (const id of ['..%2F~someone%2Fevil', '..%252F~someone%252Fevil', '../~someone/evil', 'constructor']) {
      const page = await openPage(`/dist/embed/index.html?widget=salary-card&occupation=${id}`);
      await nextFrames(2);
      expect(doc(page).body.textContent, id).to.contain('is not a built-in occupation').and.contain('medical-records-specialists');
      expect(doc(page).querySelector('mrt-salary-card'), id).to.equal(null);
      const fetched = win(page).performance.getEntriesByType('resource').map((e) => e.name);
      expect(fetched.filter((name) => /evil|constructor/.test(name)), id).to.deep.equal([]);
      page.remove();
    }
  });

  it('the embed page: a hostile widget name is echoed as plain text, short, without markup', async () => {
    const page = await openPage(`/dist/embed/index.html?widget=${encodeURIComponent(`<img src=x onerror=alert(1)>\u202e${'x'.repeat(300)}`)}`);
    await nextFrames(2);
    expect(doc(page).querySelector('img')).to.equal(null);
    const message = doc(page).querySelector('.problem')!.textContent!;
    expect(message).to.contain('“<img src=x onerror=alert(1)>').and.contain('is not a widget');
    expect(message).to.not.contain('\u202e');
    expect(/“(.*)”/u.exec(message)![1].length).to.be.at.most(40);
  });

  it('the embed page: unknown widget says so; src is not taken from the address; axe finds nothing', async () => {
    const unknown = await openPage('/dist/embed/index.html?widget=pie-chart');
    expect(doc(unknown).body.textContent).to.contain('“pie-chart” is not a widget').and.contain('salary-card');
    const withSrc = await openPage('/dist/embed/index.html?widget=salary-card&src=/fixtures/broken.json');
    await pageSettled(withSrc);
    expect(doc(withSrc).querySelector('mrt-salary-card')!.hasAttribute('src')).to.equal(false);
    const profile = await openPage('/dist/embed/index.html?widget=career-profile&locale=es', { width: 900 });
    await pageSettled(profile);
    expect(doc(profile).documentElement.lang).to.equal('es');
    expect(doc(profile).title).to.equal('Medical Records Technician: perfil profesional');
    expect(win(profile).getComputedStyle(doc(profile).body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // Not page-has-heading-one: the iframe's content joins the host page's outline, which has its own h1;
    // the widget's headings start at heading-level (2 by default, settable in the address).
    expect(await axeViolations(profile, false, ['page-has-heading-one']), (await axeViolations(profile, true)).join('\n')).to.deep.equal([]);
  });
});
