// An element moved into another document (an iframe's) keeps its styles there, and one moved
// while it loads finishes loading (or reports one problem) there: never an uncaught error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { settled, textOf } from '../helpers.js';

const TAGS = ['mrt-salary-card', 'mrt-salary-range', 'mrt-outlook-gauge', 'mrt-state-wages', 'mrt-career-path', 'mrt-career-profile'] as const;

/** A same-origin iframe, loaded, with an empty body. */
async function frame(): Promise<HTMLIFrameElement> {
  const f = await fixture<HTMLIFrameElement>(html`<iframe style="width: 900px; height: 1200px"></iframe>`);
  await waitUntil(() => f.contentDocument?.readyState === 'complete');
  return f;
}

/** Collects uncaught errors and rejections, here and in the iframe, until `stop()`. */
function watchErrors(...windows: Window[]): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent): void => void errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent): void => void errors.push(String(e.reason));
  for (const w of windows) {
    w.addEventListener('error', onError);
    w.addEventListener('unhandledrejection', onRejection);
  }
  return {
    errors,
    stop: () =>
      windows.forEach((w) => {
        w.removeEventListener('error', onError);
        w.removeEventListener('unhandledrejection', onRejection);
      }),
  };
}

describe('moving an element to another document', () => {
  for (const tag of TAGS) {
    it(`<${tag}> moved into an iframe's document keeps its styles there, and again when it comes back`, async () => {
      const f = await frame();
      const el = document.createElement(tag);
      const here = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
      here.append(el);
      await settled(el);
      const styled = (): boolean => {
        const view = el.ownerDocument.defaultView!;
        // :host { display: block; unicode-bidi: isolate } comes from the element's own styles (the shared theme).
        return view.getComputedStyle(el).display === 'block' && view.getComputedStyle(el).unicodeBidi === 'isolate';
      };
      expect(styled(), 'styled in the first document').to.equal(true);
      const watch = watchErrors(window, f.contentWindow!);
      f.contentDocument!.body.append(el);
      await settled(el);
      expect(el.ownerDocument).to.equal(f.contentDocument);
      expect(styled(), 'styled in the iframe').to.equal(true);
      expect(textOf(el).length).to.be.above(20);
      here.append(el);
      await settled(el);
      expect(styled(), 'styled back home').to.equal(true);
      watch.stop();
      expect(watch.errors).to.deep.equal([]);
    });
  }

  it('a career profile moved into an iframe while its src loads finishes loading there, with no uncaught error', async () => {
    const f = await frame();
    const watch = watchErrors(window, f.contentWindow!);
    const el = document.createElement('mrt-career-profile');
    el.src = '/fixtures/slow?ms=300';
    const here = await fixture<HTMLElement>(html`<div></div>`);
    here.append(el);
    await el.updateComplete;
    f.contentDocument!.body.append(el);
    await settled(el);
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
    expect(textOf(el)).to.contain('$39,180');
    for (const part of el.shadowRoot!.querySelectorAll('.part')) expect(f.contentWindow!.getComputedStyle(part).display, part.localName).to.not.equal('inline');
  });

  it('a career profile on the default data moved into an iframe before its first update renders there', async () => {
    const f = await frame();
    const watch = watchErrors(window, f.contentWindow!);
    const el = document.createElement('mrt-career-profile');
    document.body.append(el);
    f.contentDocument!.body.append(el);
    await settled(el);
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
    expect(textOf(el)).to.contain('$39,180');
  });
});

describe('the language of an element moved into an iframe', () => {
  it('reads and follows the iframe’s lang (its nodes belong to that window), and marks its English text on a German page', async () => {
    const f = await frame();
    const d = f.contentDocument!;
    d.documentElement.lang = 'de';
    const el = document.createElement('mrt-salary-card');
    d.body.append(el);
    await settled(el);
    expect(el.getAttribute('lang')).to.equal('en-US');
    d.documentElement.lang = 'es';
    await waitUntil(() => textOf(el).includes('Salario mediano'), 'the element never followed the iframe’s lang', { timeout: 5000 });
    expect(el.hasAttribute('lang')).to.equal(false);
    // Inside a shadow root made in the iframe's window too.
    const host = d.createElement('div');
    d.body.append(host);
    const section = d.createElement('section');
    section.lang = 'en';
    host.attachShadow({ mode: 'open' }).append(section);
    const inner = document.createElement('mrt-salary-range');
    section.append(inner);
    await settled(inner);
    section.lang = 'es';
    await waitUntil(() => textOf(inner).includes('La mitad'), 'the element in the iframe’s shadow root never followed', { timeout: 5000 });
  });
});
