import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import defaultProfile from '../../../data/medical-records-technician.json';
import '../../../src/components/salary-card/salary-card.js';
import type { MrtSalaryCard } from '../../../src/components/salary-card/salary-card.js';
import type { MrtBasisChangeEvent } from '../../../src/events/basis-change.js';
import type { MrtDataErrorEvent } from '../../../src/events/data-error.js';
import { HTML_TITLE, variant } from '../../../demo/scenarios.js';
import { $, $$, canEmulate, heightsAcrossLoad, itWith, settled, systemColor, textOf } from '../../helpers.js';

async function card(template = html`<mrt-salary-card></mrt-salary-card>`): Promise<MrtSalaryCard> {
  const el = await fixture<MrtSalaryCard>(template);
  await settled(el);
  return el;
}

const colorOf = (el: Element): string => getComputedStyle(el).color;

describe('<mrt-salary-card>', () => {
  afterEach(async () => {
    if (canEmulate('media emulation')) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    if (canEmulate('forced-colours emulation')) await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });

  it('shows the seed figures exactly, on the built-in data', async () => {
    const el = await card();
    const text = textOf(el);
    for (const figure of ['$39,180', '$18.83', '$42,820', '$25,810', '$64,610', '204,220', '$42,000', '$34,000']) {
      expect(text).to.contain(figure);
    }
    expect($(el, '.title')!.textContent).to.equal('Medical Records Technician');
    expect($(el, '.headline')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('$39,180 Median pay a year $18.83 an hour');
  });

  it('labels the OEWS employment figure with what it counts (FIGURES: 204,220, excludes the self-employed)', async () => {
    const el = await card();
    const stats = $(el, '[part="stats"]')!.textContent!.replace(/\s+/g, ' ');
    expect(stats).to.contain('Employed 204,220 excludes the self-employed');
  });

  it('names the source and reference period of every figure shown', async () => {
    const el = await card();
    const source = $(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ');
    expect(source).to.contain('Wages: U.S. Bureau of Labor Statistics, Occupational Employment Statistics (OES), May 2017.');
    expect(source).to.contain('Median pay by work setting: How To Become A Medical Records Technician, 2017');
    expect($(el, '[part="source"] a')!.getAttribute('href')).to.equal('https://www.bls.gov/oes/2017/may/oes292071.htm');
  });

  it('shows the hourly figures with basis="hourly"', async () => {
    const el = await card(html`<mrt-salary-card basis="hourly"></mrt-salary-card>`);
    const text = textOf(el);
    for (const figure of ['$18.83', '$12.41', '$31.06', '$20.59', '$14.90', '$24.69']) expect(text).to.contain(figure);
    expect($(el, '.figure')!.textContent).to.equal('$18.83');
    expect(text).to.contain('Half earn more than $18.83 an hour');
    // Pay by work setting is published as annual medians only: never converted.
    expect(text).to.contain('$42,000');
  });

  it('the switch works by keyboard and fires mrt-basis-change with the new basis', async () => {
    const el = await card();
    const [annual, hourly] = $$<HTMLInputElement>(el, 'input[name="basis"]');
    expect(annual.checked).to.equal(true);
    annual.focus();
    const event = oneEvent(el, 'mrt-basis-change') as Promise<MrtBasisChangeEvent>;
    await sendKeys({ press: 'ArrowRight' });
    const { detail } = await event;
    await el.updateComplete;
    expect(detail).to.deep.equal({ basis: 'hourly' });
    expect(hourly.checked).to.equal(true);
    expect(el.getAttribute('basis')).to.equal('hourly');
    expect($(el, '.figure')!.textContent).to.equal('$18.83');
    expect(el.shadowRoot!.activeElement).to.equal(hourly);
  });

  it('the switch is a labelled group of two radio buttons', async () => {
    const el = await card();
    expect($(el, 'fieldset legend')!.textContent).to.equal('Show pay');
    expect($$(el, 'fieldset label').map((l) => l.textContent!.trim())).to.deep.equal(['Annual', 'Hourly']);
  });

  it('does not fire mrt-basis-change when basis is set by script', async () => {
    const el = await card();
    let fired = 0;
    el.addEventListener('mrt-basis-change', () => fired++);
    el.basis = 'hourly';
    await el.updateComplete;
    expect($(el, '.figure')!.textContent).to.equal('$18.83');
    expect(fired).to.equal(0);
  });

  it('falls back to annual for an unknown basis and warns in the console', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await card(html`<mrt-salary-card basis="weekly"></mrt-salary-card>`);
      expect($(el, '.figure')!.textContent).to.equal('$39,180');
      expect(warnings.join('\n')).to.contain('basis="weekly"');
    } finally {
      console.warn = warn;
    }
  });

  it('the heading level follows heading-level', async () => {
    const el = await card(html`<mrt-salary-card heading-level="3"></mrt-salary-card>`);
    expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '.subhead')!.getAttribute('aria-level')).to.equal('4');
  });

  it('shows the percentiles table in a native disclosure, which says what it does and stays open across renders', async () => {
    const el = await card();
    const table = $(el, 'table')!;
    const details = table.closest('details')!;
    const summary = $<HTMLElement>(el, 'summary.toggle')!;
    const label = (): string => summary.innerText.trim();
    expect(details.open, 'closed at first').to.equal(false);
    expect(table.checkVisibility(), 'not shown while closed').to.equal(false);
    expect([...table.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal([
      '$25,810',
      '$30,990',
      '$39,180',
      '$51,350',
      '$64,610',
      '$42,820',
    ]);
    expect(label()).to.equal('Show the figures');
    summary.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(label()).to.equal('Hide the figures');
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    // Another render (the hourly figures) keeps it open, with the hourly figures in it.
    el.basis = 'hourly';
    await el.updateComplete;
    expect($(el, 'table')!.closest('details')!.open).to.equal(true);
    expect($(el, 'table')!.textContent).to.contain('$18.83');
    summary.click();
    await el.updateComplete;
    expect(label()).to.equal('Show the figures');
    expect(table.checkVisibility()).to.equal(false);
  });

  it('reads Spanish from the nearest lang, and locale overrides it', async () => {
    const wrapper = await fixture(html`<div lang="es"><mrt-salary-card></mrt-salary-card></div>`);
    const el = wrapper.querySelector('mrt-salary-card')!;
    await settled(el);
    expect(textOf(el)).to.contain('Salario mediano al año');
    expect(textOf(el)).to.contain('La mitad gana más de $39,180 al año');
    el.locale = 'en';
    await el.updateComplete;
    expect(textOf(el)).to.contain('Median pay a year');
  });

  it('formats for Spain with locale="es-ES"', async () => {
    const el = await card(html`<mrt-salary-card locale="es-ES"></mrt-salary-card>`);
    expect($(el, '.figure')!.textContent).to.equal('39.180\u00a0US$');
  });

  it('is accessible (axe) in light and dark', async () => {
    const light = await card(html`<mrt-salary-card theme="light"></mrt-salary-card>`);
    await expect(light).to.be.accessible();
    const dark = await card(html`<mrt-salary-card theme="dark"></mrt-salary-card>`);
    await expect(dark).to.be.accessible();
    expect(colorOf($(dark, '.title')!)).to.not.equal(colorOf($(light, '.title')!));
  });

  itWith('media emulation', 'theme="auto" follows the reader\'s system setting', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await card();
    const dark = await card(html`<mrt-salary-card theme="dark"></mrt-salary-card>`);
    expect(colorOf($(auto, '.title')!)).to.equal(colorOf($(dark, '.title')!));
    await expect(auto).to.be.accessible();
  });

  itWith('forced-colours emulation', 'keeps bars, markers and the focus ring in system colours under forced colours', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    const el = await card();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const box = $(el, '.box')!;
    const canvasText = getComputedStyle(el).color;
    expect(getComputedStyle(box).fill).to.not.equal('none');
    expect(getComputedStyle($(el, '.median')!).fill).to.equal(canvasText);
    await expect(el).to.be.accessible();
  });

  it('inherits the page font by default', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif"><mrt-salary-card></mrt-salary-card></div>`);
    const el = wrapper.querySelector('mrt-salary-card')!;
    await settled(el);
    expect(getComputedStyle($(el, '.title')!).fontFamily).to.equal('Georgia, serif');
  });

  it('fits 280 px without scrolling sideways, and 1,200 px', async () => {
    for (const width of [280, 1200]) {
      const wrapper = await fixture(html`<div style="width: ${width}px"><mrt-salary-card></mrt-salary-card></div>`);
      const el = wrapper.querySelector('mrt-salary-card')!;
      await settled(el);
      expect(el.getBoundingClientRect().width).to.equal(width);
      const article = $(el, 'article')!;
      expect(article.scrollWidth, `${width}px`).to.be.at.most(article.clientWidth);
    }
  });

  it('keeps its size while a src loads (no layout shift)', async () => {
    const { el, loading, loaded } = await heightsAcrossLoad('mrt-salary-card', 600, 600, (card) =>
      expect($(card, '[role="status"]')!.textContent!.trim()).to.equal('Loading…'),
    );
    expect($(el, '.figure')!.textContent).to.equal('$39,180');
    // Every row of the card is reserved while it loads: the page below does not move.
    expect(Math.abs(loaded - loading), `loading ${loading}px, loaded ${loaded}px`).to.be.at.most(4);
  });

  it('loads a profile from src', async () => {
    const el = await card(html`<mrt-salary-card src="/data/medical-records-technician.json"></mrt-salary-card>`);
    expect($(el, '.figure')!.textContent).to.equal('$39,180');
  });

  it('takes .data over inline JSON, inline JSON over src, src over occupation', async () => {
    const inline = JSON.stringify(variant((p) => (p.title = 'Inline title')));
    const el = await card(html`<mrt-salary-card src="/fixtures/status/500"
      ><script type="application/json">
        ${inline}
      </script></mrt-salary-card
    >`);
    expect($(el, '.title')!.textContent).to.equal('Inline title');
    el.data = variant((p) => (p.title = 'Data title'));
    await el.updateComplete;
    expect($(el, '.title')!.textContent).to.equal('Data title');
    el.data = undefined;
    el.querySelector('script')!.remove();
    el.src = '/data/medical-records-technician.json';
    await settled(el);
    expect($(el, '.title')!.textContent).to.equal('Medical Records Technician');
  });

  it('aborts a pending src when src changes, and shows only the newer profile', async () => {
    const el = await fixture<MrtSalaryCard>(html`<mrt-salary-card src="/fixtures/slow?ms=800"></mrt-salary-card>`);
    el.data = undefined;
    el.src = '/data/medical-records-technician.json';
    let errors = 0;
    el.addEventListener('mrt-data-error', () => errors++);
    await settled(el);
    await new Promise((r) => setTimeout(r, 1000));
    expect($(el, '.figure')!.textContent).to.equal('$39,180');
    expect(errors).to.equal(0);
  });

  const failures: [string, string, string][] = [
    ['a 404', '/fixtures/status/404', 'src: /fixtures/status/404 answered 404 Not Found'],
    ['invalid JSON', '/fixtures/broken.json', 'is not valid JSON'],
  ];
  for (const [name, src, message] of failures) {
    it(`shows a message and fires mrt-data-error for ${name} from src`, async () => {
      const el = document.createElement('mrt-salary-card');
      const event = oneEvent(el, 'mrt-data-error') as Promise<MrtDataErrorEvent>;
      el.src = src;
      await fixture(html`${el}`);
      const { detail } = await event;
      await settled(el);
      expect(detail.origin).to.equal('src');
      expect(detail.location).to.equal(src);
      expect(detail.message).to.contain(message);
      expect($(el, '[part="message"]')!.textContent).to.contain(message);
      expect(textOf(el)).to.not.contain('NaN');
      await expect(el).to.be.accessible();
    });
  }

  it('gives up on a src that does not answer within src-timeout', async () => {
    const el = document.createElement('mrt-salary-card');
    const event = oneEvent(el, 'mrt-data-error') as Promise<MrtDataErrorEvent>;
    el.setAttribute('src-timeout', '200');
    el.src = '/fixtures/slow?ms=3000';
    await fixture(html`${el}`);
    const { detail } = await event;
    expect(detail.message).to.equal('src: no answer from /fixtures/slow?ms=3000 within 0.2 s');
    await settled(el);
    expect($(el, '[part="message"]')!.textContent).to.contain('no answer');
  });

  it('a src-timeout beyond what a timer can wait (Infinity, 1e300, 3e9 ms) waits, rather than giving up at once', async () => {
    for (const timeout of ['Infinity', '1e300', '3000000000']) {
      const el = document.createElement('mrt-salary-card');
      const errors: unknown[] = [];
      el.addEventListener('mrt-data-error', (e) => errors.push(e));
      el.setAttribute('src-timeout', timeout);
      el.src = '/fixtures/slow?ms=300';
      await fixture(html`${el}`);
      await settled(el);
      expect(errors, timeout).to.deep.equal([]);
      expect(textOf(el), timeout).to.contain('$39,180');
    }
  });

  it('shows HTML from data as text', async () => {
    const el = await card(html`<mrt-salary-card .data=${variant((p) => (p.title = HTML_TITLE))}></mrt-salary-card>`);
    expect($(el, '.title')!.textContent).to.equal(HTML_TITLE);
    expect($(el, 'img, b') === null).to.equal(true);
    expect((window as unknown as { __mrtXss?: number }).__mrtXss).to.equal(undefined);
  });

  it('says salary data is not available when the profile has no wages, never $NaN', async () => {
    const data = variant((p) => delete (p as Record<string, unknown>)['wages']);
    const el = await card(html`<mrt-salary-card .data=${data}></mrt-salary-card>`);
    expect(textOf(el)).to.contain('Salary data is not available for this occupation.');
    expect(textOf(el)).to.not.match(/NaN|undefined|\$0\b/);
    expect($(el, 'fieldset') === null).to.equal(true);
  });

  it('shows the good figures when one is broken, and says which one is missing', async () => {
    const data = variant((p) => (p.wages.hourly.p10 = -1));
    const el = await card(html`<mrt-salary-card .data=${data}></mrt-salary-card>`);
    expect($(el, '.figure')!.textContent).to.equal('$39,180');
    expect($(el, '.headline .alt')!.textContent).to.equal('$18.83 an hour');
    el.basis = 'hourly';
    await el.updateComplete;
    expect($(el, '.figure')!.textContent).to.equal('$18.83');
    expect([...$(el, 'table')!.querySelectorAll('td')].map((td) => td.textContent)[0]).to.equal('not available');
    expect(textOf(el)).to.contain('Data problem: wages.hourly.p10: must be zero or more, got -1');
  });

  it('the built-in data matches data/medical-records-technician.json', async () => {
    const el = await card(html`<mrt-salary-card .data=${defaultProfile}></mrt-salary-card>`);
    const builtIn = await card();
    expect(textOf(el)).to.equal(textOf(builtIn));
  });

  itWith('viewport emulation', 'renders at a phone viewport', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await card();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(textOf(el)).to.contain('$39,180');
    await setViewport({ width: 800, height: 600 });
  });
});

describe('<mrt-salary-card> edge states', () => {
  it('a missing mean reads "not available", with no unit after it', async () => {
    const data = variant((p) => ((p.wages.annual as Record<string, unknown>)['mean'] = null));
    const el = await card(html`<mrt-salary-card .data=${data}></mrt-salary-card>`);
    expect($(el, '.stats dd')!.textContent).to.equal('not available');
  });

  it('a missing median reads "not available" in the headline', async () => {
    const data = variant((p) => ((p.wages.annual as Record<string, unknown>)['median'] = null));
    const el = await card(html`<mrt-salary-card .data=${data}></mrt-salary-card>`);
    expect($(el, '.headline')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('not available Median pay $18.83 an hour');
  });

  it('clamps a heading-level outside 1–6', async () => {
    const el = await card(html`<mrt-salary-card heading-level="9"></mrt-salary-card>`);
    expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('6');
  });

  itWith('media emulation', 'prints black on white, without the switch, within the page width', async () => {
    await emulateMedia({ media: 'print' });
    try {
      const wrapper = await fixture(html`<div style="width: 640px"><mrt-salary-card theme="dark"></mrt-salary-card></div>`);
      const el = wrapper.querySelector('mrt-salary-card')!;
      await settled(el);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, '.title')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '.switch')!).display).to.equal('none');
      expect($(el, 'article')!.scrollWidth).to.be.at.most(640);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  itWith('forced-colours emulation', 'shows a visible focus ring in system colours under forced colours', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await card();
      const highlight = systemColor('Highlight');
      $<HTMLInputElement>(el, 'input[value="annual"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      const span = $(el, 'input[value="hourly"] + span')!;
      const style = getComputedStyle(span);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineColor).to.equal(highlight);
      expect(getComputedStyle($(el, '.box')!).fill).to.equal(highlight);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});

describe('<mrt-salary-card> with the imported BLS profile', () => {
  it('occupation="medical-records-specialists" shows the May 2023 figures from data/', async () => {
    const el = await card(html`<mrt-salary-card occupation="medical-records-specialists"></mrt-salary-card>`);
    const text = textOf(el);
    for (const figure of ['$48,780', '$23.45', '$35,080', '$77,810', '$53,690', '185,690']) expect(text).to.contain(figure);
    expect($(el, '.title')!.textContent).to.equal('Medical Records Specialist');
    expect($(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2023.',
    );
    await expect(el).to.be.accessible();
  });

  it('an occupation that is not built in says so, and nothing is fetched for it', async () => {
    for (const id of ['astronaut', '../~someone/evil', '..%2F~someone%2Fevil', '__proto__', 'medical-records-specialists/../../x']) {
      const el = document.createElement('mrt-salary-card');
      el.occupation = id;
      const event = oneEvent(el, 'mrt-data-error') as Promise<MrtDataErrorEvent>;
      await fixture(html`${el}`);
      const { detail } = await event;
      expect(detail.message, id).to.equal(`occupation: ${JSON.stringify(id)} is not a built-in profile (medical-records-technician, medical-records-specialists)`);
      expect(detail.location).to.equal(id);
      expect(textOf(el)).to.contain('is not a built-in profile');
      await expect(el).to.be.accessible();
    }
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.filter((name) => /astronaut|evil|__proto__|\/x\.json/.test(name))).to.deep.equal([]);
  });
});
