import { expect, fixture, html } from '@open-wc/testing';
import base from '../../data/medical-records-technician.json';
import { hostileProfiles } from '../../scripts/hostile/profiles.mjs';
import { settled, textOf } from '../helpers.js';

// The built, minified, self-contained file a <script type="module"> loads (npm test builds it first).
const DIST = '/dist';
const CDN = `${DIST}/cdn/mrt-widgets.js`;

describe('dist/cdn/mrt-widgets.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ CDN);
  });

  it('registers every element', () => {
    expect(customElements.get('mrt-salary-card')).to.be.a('function');
    expect(customElements.get('mrt-salary-range')).to.be.a('function');
    expect(customElements.get('mrt-outlook-gauge')).to.be.a('function');
    expect(customElements.get('mrt-career-path')).to.be.a('function');
    expect(customElements.get('mrt-state-wages')).to.be.a('function');
    expect(customElements.get('mrt-career-profile')).to.be.a('function');
  });

  it('renders a salary card with the seed figures, accessibly', async () => {
    const el = await fixture(html`<mrt-salary-card></mrt-salary-card>`);
    await settled(el as HTMLElement);
    const text = textOf(el);
    for (const figure of ['$39,180', '$42,820', '$25,810', '$64,610', '204,220', '$42,000', '$34,000']) {
      expect(text).to.contain(figure);
    }
    await expect(el).to.be.accessible();
  });

  it('draws the range bar with the numeric d3-scale subset', async () => {
    const el = await fixture(html`<div style="width: 600px"><mrt-salary-range></mrt-salary-range></div>`);
    const range = el.querySelector('mrt-salary-range')!;
    await settled(range);
    const cx = Number.parseFloat(range.shadowRoot!.querySelector('circle.median')!.getAttribute('cx')!);
    // Same position as the source build: (39180 − 20000) / (70000 − 20000).
    expect(cx).to.equal(38.36);
    expect([...range.shadowRoot!.querySelectorAll('.tick')].map((t) => t.textContent)).to.deep.equal([
      '$30K',
      '$40K',
      '$50K',
      '$60K',
    ]);
  });

  it('loads the other built-in profiles from data/ beside the package', async () => {
    const el = await fixture(html`<mrt-salary-card occupation="medical-records-specialists"></mrt-salary-card>`);
    await settled(el as HTMLElement);
    expect(textOf(el)).to.contain('$48,780');
  });

  it('draws the outlook gauge with the arc subset', async () => {
    const el = await fixture(html`<mrt-outlook-gauge></mrt-outlook-gauge>`);
    await settled(el as HTMLElement);
    expect(el.shadowRoot!.querySelector('.big')!.textContent).to.equal('+13.5%');
    expect(el.shadowRoot!.querySelector('path.value')!.getAttribute('d')).to.match(/^M-90,0A90,90,0,0,1,/);
  });

  it('draws the career path', async () => {
    const el = await fixture(html`<mrt-career-path></mrt-career-path>`);
    await settled(el as HTMLElement);
    expect(el.shadowRoot!.querySelectorAll('button.step')).to.have.length(3);
    expect(textOf(el)).to.contain('$98,350');
  });

  it('draws the state map with the quantize subset', async () => {
    const el = await fixture(html`<mrt-state-wages occupation="medical-records-specialists"></mrt-state-wages>`);
    await settled(el as HTMLElement);
    expect(el.shadowRoot!.querySelectorAll('.tile')).to.have.length(51);
    expect(el.shadowRoot!.querySelector('[data-code="DC"]')!.className).to.contain('bin-4');
    expect(el.shadowRoot!.querySelector('[data-code="MS"]')!.className).to.contain('bin-0');
  });

  it('a career profile moved into an iframe is styled and rendered there, with no uncaught error', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 900px; height: 1200px"></iframe>`);
    const errors: string[] = [];
    const onError = (e: ErrorEvent): void => void errors.push(e.message);
    frame.contentWindow!.addEventListener('error', onError);
    window.addEventListener('error', onError);
    const el = document.createElement('mrt-career-profile');
    document.body.append(el);
    frame.contentDocument!.body.append(el);
    await settled(el);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(textOf(el)).to.contain('$39,180');
    expect(frame.contentWindow!.getComputedStyle(el).containerType).to.equal('inline-size');
    el.remove();
  });

  it('an occupation that is not a built-in id is reported, and nothing is fetched for it', async () => {
    const el = document.createElement('mrt-salary-card');
    el.setAttribute('occupation', '..%2F~someone%2Fevil');
    await fixture(html`${el}`);
    await settled(el);
    expect(textOf(el)).to.contain('is not a built-in profile');
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('evil'))).to.deep.equal([]);
  });

  it('data with bidirectional overrides and markup are read by the reader: controls removed, text isolated', async () => {
    const base = (await (await fetch('/data/medical-records-technician.json')).json()) as { title: string };
    const el = document.createElement('mrt-salary-card');
    el.data = { ...base, title: 'Medical Records Technician\u202e<img src=x onerror=alert(1)>' };
    await fixture(html`${el}`);
    await settled(el);
    const title = el.shadowRoot!.querySelector('.title bdi')!;
    expect(title.textContent).to.equal('Medical Records Technician<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('every hostile profile of the corpus: a message or the rest shown, no markup, no uncaught error, the neighbour intact', async () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent): void => void uncaught.push(e.message);
    window.addEventListener('error', onError);
    try {
      for (const hostile of hostileProfiles(base)) {
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 900px"><mrt-salary-card id="neighbour"></mrt-salary-card></div>`);
        const el = document.createElement('mrt-career-profile');
        if (hostile.json === undefined) el.data = hostile.data;
        else el.innerHTML = `<script type="application/json">${hostile.json.replace(/</g, '\\u003c')}</script>`;
        wrapper.append(el);
        await settled(el);
        await settled(wrapper.querySelector<HTMLElement>('#neighbour')!);
        expect(textOf(wrapper.querySelector('#neighbour')!), hostile.name).to.contain('$39,180');
        expect(textOf(el).length, hostile.name).to.be.above(20);
        const all = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
        expect(all(el.shadowRoot!).filter((e) => ['script', 'img', 'iframe'].includes(e.localName)), hostile.name).to.deep.equal([]);
        wrapper.remove();
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('can be loaded twice without throwing', async () => {
    await import(/* @vite-ignore */ `${CDN}?again`);
    expect(customElements.get('mrt-salary-card')).to.be.a('function');
  });

  it('can be loaded beside the npm build without throwing', async () => {
    await import(/* @vite-ignore */ `${DIST}/index.js`);
    const el = await fixture(html`<mrt-salary-card basis="hourly"></mrt-salary-card>`);
    await settled(el as HTMLElement);
    expect(textOf(el)).to.contain('$18.83');
  });
});
