import { expect, waitUntil } from '@open-wc/testing';
import { reservedSlack, textOf } from '../helpers.js';
import { doc, nextFrames, openPage, pageSettled, win } from './pages.js';

const TAGS = ['mrt-salary-card', 'mrt-salary-range', 'mrt-outlook-gauge', 'mrt-state-wages', 'mrt-career-path', 'mrt-career-profile'];

/** Opens a page in an iframe and returns as soon as it is parsed and its stylesheets are in (before its deferred scripts run). */
async function openParsed(url: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = url;
  document.body.append(frame);
  await waitUntil(() => {
    const d = frame.contentDocument;
    return d?.URL.includes(url) && d.getElementById('after') && [...d.querySelectorAll('link')].every((l) => l.sheet);
  }, 'page not parsed', { interval: 10 });
  await nextFrames();
  return frame;
}

describe('script tier on real host pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('until the script arrives, each element hides its fallback and keeps its space; nothing moves when it renders', async () => {
    // The CDN file answers after 3 s (the /fixtures/late-3000/ route); the stylesheet is there at once.
    // Measured while the page waits for it: parsed, styled, painted, but no element defined yet.
    const frame = await openParsed('/test/hosts/fallback.html', 600);
    const d = doc(frame);
    const before = TAGS.map((tag) => d.querySelector(tag)!.getBoundingClientRect().height);
    const afterTop = d.getElementById('after')!.getBoundingClientRect().top;
    for (const tag of TAGS) {
      const el = d.querySelector(tag)!;
      expect(win(frame).customElements.get(tag) === undefined, `${tag} not yet defined`).to.equal(true);
      expect(win(frame).getComputedStyle(el.querySelector('a')!).visibility, `${tag} fallback hidden`).to.equal('hidden');
    }
    expect(before.every((h) => h > 200), 'space kept').to.equal(true);
    await waitUntil(() => win(frame).customElements.get('mrt-career-profile'), 'script never arrived', { timeout: 5000 });
    await pageSettled(frame);
    await nextFrames();
    const after = TAGS.map((tag) => d.querySelector(tag)!.getBoundingClientRect().height);
    // At 600 px with the built-in data, in the page's font (DejaVu Sans: host.css), the reserved space
    // is the rendered height: exactly in Chromium, where it was measured; close in the others (reservedSlack).
    after.forEach((h, i) => expect(Math.abs(h - before[i]), `${TAGS[i]}: ${before[i]} reserved, ${h} rendered`).to.be.at.most(reservedSlack(h)));
    const shift = Math.abs(d.getElementById('after')!.getBoundingClientRect().top - afterTop);
    expect(shift, 'text below did not move').to.be.at.most(reservedSlack(after.reduce((a, b) => a + b)));
    expect(textOf(d.querySelector('mrt-salary-card')!)).to.contain('$39,180');
    expect(win(frame).mrtErrors).to.deep.equal([]);
  });

  it('with scripts switched off, the text written inside each tag is what readers get', async () => {
    const frame = await openPage('/test/hosts/fallback.html', { width: 600, sandbox: 'allow-same-origin' });
    const d = doc(frame);
    expect(win(frame).matchMedia('(scripting: none)').matches, 'scripting off in the sandbox').to.equal(true);
    for (const tag of TAGS) {
      const link = d.querySelector(`${tag} > a`)!;
      expect(win(frame).getComputedStyle(link).visibility, tag).to.equal('visible');
      expect(link.getBoundingClientRect().height, tag).to.be.above(10);
    }
    expect(d.querySelector('mrt-salary-card')!.shadowRoot === null, 'not upgraded').to.equal(true);
  });

  it('when the script never arrives (a 404), the text inside the tag shows after 5 s', async () => {
    const frame = await openPage('/test/hosts/no-script.html', { width: 600 });
    const link = doc(frame).querySelector('mrt-outlook-gauge > a')!;
    expect(win(frame).getComputedStyle(link).visibility).to.equal('hidden');
    // The stylesheet's delayed reveal, run to its end instead of waiting 5 s.
    const reveal = doc(frame).getAnimations().find((a) => (a as CSSAnimation).animationName === 'mrt-widgets-fallback')!;
    expect((reveal.effect!.getTiming().delay as number) / 1000, 'seconds before the reveal').to.equal(5);
    reveal.finish();
    expect(win(frame).getComputedStyle(link).visibility).to.equal('visible');
  });

  it('loading the bundle twice, or a second copy from another URL, never throws; every element still works', async () => {
    const frame = await openPage('/test/hosts/twice.html', { width: 900 });
    await waitUntil(() => win(frame).customElements.get('mrt-career-profile'), 'not defined');
    await pageSettled(frame);
    expect(win(frame).mrtErrors).to.deep.equal([]);
    // resize.js loaded twice set up one listener.
    expect((win(frame) as unknown as { mrtWidgetsResize: Set<string> }).mrtWidgetsResize.size).to.equal(1);
    expect(textOf(doc(frame).querySelector('mrt-outlook-gauge')!)).to.contain('+13.5%');
    expect(textOf(doc(frame).querySelector('mrt-career-profile')!)).to.contain('Health Services Manager');
  });

  it('the CDN file and the npm build on one page never throw', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent): number => errors.push(e.message);
    addEventListener('error', onError);
    await import('../../dist/index.js');
    await import('../../dist/cdn/mrt-widgets.js');
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    const el = document.createElement('mrt-salary-card');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(el)).to.contain('$39,180');
    el.remove();
  });
});

describe('strict Content-Security-Policy with Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the control page breaks the policy, so the counting works', async () => {
    await fetch('/fixtures/csp-reports');
    const frame = await openPage('/test/hosts/csp-control.html?csp');
    await nextFrames(4);
    const found = win(frame).mrtViolations!.join('\n');
    expect(found).to.contain('script-src-elem');
    expect(found).to.contain('style-src-attr');
    expect(found).to.contain('require-trusted-types-for');
    await waitUntil(async () => ((await (await fetch('/fixtures/csp-reports')).json()) as unknown[]).length > 0, 'no report arrived');
  });

  it('every element, a src load, hostile inline JSON, a 404, the embed page, the resize script and the builder: zero violations', async () => {
    await fetch('/fixtures/csp-reports');
    const frame = await openPage('/test/hosts/csp.html?csp', { width: 620, height: 900 });
    await waitUntil(() => win(frame).customElements.get('mrt-career-profile'), 'not defined');
    await pageSettled(frame);
    const d = doc(frame);
    // Use them: each change renders again under the policy.
    const card = d.querySelector('mrt-salary-card')!;
    card.shadowRoot!.querySelector<HTMLInputElement>('input[value="hourly"]')!.click();
    card.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    d.querySelector('mrt-state-wages')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-code="TX"]')!.click();
    d.querySelector('mrt-career-path')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.step')[2].click();
    const embed = d.getElementById('embed') as HTMLIFrameElement;
    await waitUntil(() => parseFloat(embed.style.height) > 1000, 'the embed page did not size its iframe');
    await nextFrames(4);
    expect(win(frame).mrtViolations, 'host page').to.deep.equal([]);
    expect(win(frame).mrtErrors, 'host page errors').to.deep.equal([]);
    expect((win(frame) as unknown as { mrtXss?: number }).mrtXss, 'markup in data stays text').to.equal(undefined);
    expect(textOf(d.getElementById('hostile')!)).to.contain('<img src=x');
    expect(textOf(d.getElementById('broken')!)).to.contain('404');
    expect(textOf(card)).to.contain('$18.83');
    // The snippet builder too, used: its preview loads, a copy button is pressed.
    const builder = await openPage('/dist/embed/builder.html?csp', { width: 1000, height: 1200 });
    await waitUntil(() => doc(builder).getElementById('measured')!.textContent!.includes('px'), 'builder preview never sized', { timeout: 8000 });
    doc(builder).querySelector<HTMLButtonElement>('button[data-copy="script"]')!.click();
    await waitUntil(() => doc(builder).getElementById('script-status')!.textContent !== '', 'no announcement');
    // The embed page's and the builder's own violations arrive as reports. Reports come in order, so once the control
    // page's have arrived, any from the pages above would have too.
    const control = await openPage('/test/hosts/csp-control.html?csp');
    let reports: { 'csp-report'?: { 'document-uri'?: string } }[] = [];
    await waitUntil(async () => {
      reports.push(...((await (await fetch('/fixtures/csp-reports')).json()) as typeof reports));
      return reports.some((r) => r['csp-report']?.['document-uri']?.includes('csp-control'));
    }, 'the control page’s reports never arrived');
    reports = reports.filter((r) => !r['csp-report']?.['document-uri']?.includes('csp-control'));
    expect(reports, 'reports from the host page, the embed page and the builder').to.deep.equal([]);
    control.remove();
  });
});
