import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/career-profile/career-profile.js';
import type { MrtCareerProfile } from '../../../src/components/career-profile/career-profile.js';
import type { MrtDataErrorEvent } from '../../../src/events/data-error.js';
import type { MrtStateSelectEvent } from '../../../src/events/state-select.js';
import { variant } from '../../../demo/scenarios.js';
import { oldFiguresYear } from '../../../src/internal/parts.js';
import { $, heightsAcrossLoad, reservedSlack, settled, TEST_FONTS, textOf } from '../../helpers.js';

const PARTS = ['mrt-salary-card', 'mrt-outlook-gauge', 'mrt-state-wages', 'mrt-career-path'];

async function profile(template = html`<mrt-career-profile></mrt-career-profile>`, width = 1000): Promise<MrtCareerProfile> {
  const wrapper = await fixture(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.firstElementChild as MrtCareerProfile;
  await settled(el);
  return el;
}

/** A profile of `data`, settled with its parts, and every mrt-data-error that reached the page (listening before it is connected). */
async function profileOf(data: unknown): Promise<{ el: MrtCareerProfile; errors: MrtDataErrorEvent[] }> {
  const errors: MrtDataErrorEvent[] = [];
  const wrapper = await fixture(html`<div @mrt-data-error=${(e: MrtDataErrorEvent) => errors.push(e)}></div>`);
  const el = document.createElement('mrt-career-profile');
  el.data = data;
  wrapper.append(el);
  await settled(el);
  return { el, errors };
}

const parts = (el: Element): HTMLElement[] => PARTS.map((tag) => el.shadowRoot!.querySelector<HTMLElement>(tag)!);

/** Every heading a screen reader lists, in order, through the parts' shadow roots: "2 Medical Records Technician". */
function headings(root: Element | ShadowRoot): string[] {
  const out: string[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const child of node.children) {
      if (getComputedStyle(child).display === 'none') continue;
      if (child.getAttribute('role') === 'heading') out.push(`${child.getAttribute('aria-level')} ${child.textContent!.replace(/\s+/g, ' ').trim()}`);
      walk(child.shadowRoot ?? child);
    }
  };
  walk(root);
  return out;
}

/** Source lines a reader sees, through the parts' shadow roots. */
function visibleSources(el: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ShadowRoot): void => {
    for (const s of root.querySelectorAll('[part="source"]')) if (getComputedStyle(s).display !== 'none') found.push(s);
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
  };
  walk(el.shadowRoot!);
  return found;
}

describe('<mrt-career-profile>', () => {
  it('shows the four parts of one occupation, each from the same profile', async () => {
    const el = await profile();
    const [card, gauge, states, path] = parts(el);
    expect(textOf(card)).to.contain('$39,180');
    expect(textOf(gauge)).to.contain('+13.5%');
    expect(textOf(states)).to.contain('New Jersey');
    expect(textOf(path)).to.contain('Health Services Manager');
    const raw = (card as HTMLElement & { data: unknown }).data;
    expect(typeof raw).to.equal('object');
    for (const p of parts(el)) expect((p as HTMLElement & { data: unknown }).data === raw, p.tagName).to.equal(true);
  });

  it('has one heading structure: the occupation at heading-level, every part one below', async () => {
    const el = await profile();
    expect(headings(el.shadowRoot!)).to.deep.equal([
      '2 Medical Records Technician',
      '3 Median pay by work setting (a year)',
      '3 Projected change in employment, 2016–26',
      '3 Highest-paying states',
      '4 Top-paying metropolitan areas',
      '3 Career path',
      '4 Related careers',
    ]);
    // The gauge's own label gave way to the heading, and still names the meter.
    const gauge = parts(el)[1];
    expect(getComputedStyle($(gauge, '[part="label"]')!).display).to.equal('none');
    expect($(gauge, '[role="meter"]')!.getAttribute('aria-labelledby')).to.equal('label');
    el.headingLevel = 3;
    await el.updateComplete;
    await Promise.all(parts(el).map((p) => (p as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(headings(el.shadowRoot!).map((h) => h.split(' ')[0])).to.deep.equal(['3', '4', '4', '4', '5', '4', '5']);
  });

  it('has one sources section naming every section’s source and period, and no repeated source lines', async () => {
    const el = await profile();
    const sources = visibleSources(el);
    expect(sources.length).to.equal(1);
    expect(sources[0].getRootNode() === el.shadowRoot, 'the profile’s own').to.equal(true);
    const text = sources[0].textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Wages: U.S. Bureau of Labor Statistics, Occupational Employment Statistics (OES), May 2017');
    expect(text).to.contain('Projected change in employment, 2016–26: U.S. Bureau of Labor Statistics, Employment Projections, 2016–26');
    expect(text).to.contain('Highest-paying states: How To Become A Medical Records Technician, 2017 (top five states, as listed there)');
    expect(text).to.contain('Career path:');
    expect(text).to.contain('Qualities, Work environment: How To Become A Medical Records Technician, 2017');
    await expect(el).to.be.accessible();
  });

  it('an imported profile: "Also called" with BLS sample titles, the full provenance of each file, no data problem (issue 13)', async () => {
    const el = await profile(html`<mrt-career-profile occupation="medical-records-specialists"></mrt-career-profile>`);
    expect($(el, '[part="aliases"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Also called: Health Information Coder, Health Records Technician, Medical Bill Coder');
    const sources = $(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ');
    expect(sources).to.contain('Also called: U.S. Bureau of Labor Statistics, Employment Projections, 2023–33 (sample job titles).');
    // May 2023 and 2023–33: said to be old from June 2026 (oldFiguresYear, tested on fixed dates below).
    if (oldFiguresYear(['May 2023', '2023–33'])) expect(sources).to.contain('Figures from 2023, more than three years ago.');
    else expect(sources).to.not.contain('more than three years ago');
    const files = $(el, '[part="files"]')!.textContent!.replace(/\s+/g, ' ');
    const committed = await (await fetch(new URL('../../../data/medical-records-specialists.json', import.meta.url))).json();
    for (const p of [committed.wages.source.provenance, committed.states.source.provenance, committed.projection.source.provenance]) {
      expect(files).to.contain(`${p.file} (`);
      expect(files).to.contain(p.sha256);
      expect(files).to.contain(p.edition);
    }
    expect(textOf(el)).to.not.contain('Data problem');
  });

  it('the default profile says its figures are from 2016, more than three years ago, and attributes the wording', async () => {
    const el = await profile();
    const sources = $(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ');
    expect(sources).to.contain('Figures from 2016, more than three years ago.');
    expect(sources).to.contain('Wording: How To Become A Medical Records Technician, 2017');
    expect($(el, '[part="files"]')).to.equal(null);
  });

  it('is two columns from 600 px (card beside gauge) and one column below', async () => {
    const wide = await profile(undefined, 1000);
    // The gauge sits in its section, under its heading.
    const box = (p: HTMLElement): DOMRect => (p.parentElement!.localName === 'section' ? p.parentElement! : p).getBoundingClientRect();
    let [card, gauge, states] = parts(wide).map(box);
    expect(gauge.left).to.be.above(card.right - 1);
    expect(gauge.top).to.equal(card.top);
    expect(states.width).to.be.above(900);
    const narrow = await profile(undefined, 320);
    [card, gauge, states] = parts(narrow).map(box);
    expect(gauge.top).to.be.at.least(card.bottom);
    expect(gauge.left).to.equal(card.left);
    expect(narrow.scrollWidth).to.be.at.most(320);
  });

  it('fires one mrt-data-error for the whole profile, and shows one message', async () => {
    const { el, errors } = await profileOf(
      variant((p) => {
        p.wages.annual.p90 = -1;
        (p.projection as Record<string, unknown>)['percentChange'] = 'fast';
        p.states.rows[0].code = 'XX';
      }),
    );
    expect(errors.length).to.equal(1);
    expect(errors[0].target).to.equal(el);
    expect(errors[0].detail.problems.map((p) => p.path)).to.deep.equal(['wages.annual.p90', 'states.rows[0].code', 'projection.percentChange']);
    const messages = [$(el, '[part="message"]'), ...parts(el).map((p) => $(p, '[part="message"]'))].filter(
      (m) => m && getComputedStyle(m).display !== 'none',
    );
    expect(messages.length).to.equal(1);
    expect(messages[0]!.textContent).to.contain('wages.annual.p90').and.contain('(and 2 more)');
    // The rest still shows.
    expect(textOf(el)).to.contain('$39,180').and.contain('Alaska').and.contain('Health Services Manager');
  });

  it('reports missing pay once; another missing section is said in its place; the rest shows', async () => {
    const { el, errors } = await profileOf(
      variant((p) => {
        delete (p as Partial<typeof p>).wages;
        delete (p as Partial<typeof p>).states;
      }),
    );
    expect(errors.length).to.equal(1);
    expect(errors[0].detail.problems.map((p) => p.path)).to.deep.equal(['wages']);
    expect($(el, '[part="message"]')!.textContent).to.contain('wages: this profile has no wage figures');
    expect(textOf(el))
      .to.contain('Salary data is not available')
      .and.contain('No state figures in this dataset.')
      .and.contain('+13.5%')
      .and.contain('Health Services Manager');
    await expect(el).to.be.accessible();
  });

  it('without a projection, the outlook’s heading names no period and the gauge says there is none', async () => {
    const { el, errors } = await profileOf(variant((p) => delete (p as Partial<typeof p>).projection));
    expect(errors).to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll('.subhead')].map((h) => h.textContent)).to.include('Projected change in employment');
    expect(textOf(el)).to.contain('No employment projection in this dataset.');
  });

  it('lets the parts’ reader events through to the page', async () => {
    const el = await profile();
    const states = parts(el)[2];
    const event = oneEvent(el, 'mrt-state-select') as Promise<MrtStateSelectEvent>;
    $<HTMLButtonElement>(states, '[data-code="NJ"]')!.click();
    expect((await event).detail.code).to.equal('NJ');
  });

  it('marks the profile’s own text with its language, so a Spanish page reads it with an English voice', async () => {
    const el = await profile(html`<mrt-career-profile locale="es"></mrt-career-profile>`);
    const [card, , , path] = parts(el);
    expect($(el, '.title')!.getAttribute('lang')).to.equal('en');
    expect($(el, '[part="source"] [lang="en"] a')!.textContent).to.contain('U.S. Bureau of Labor Statistics');
    expect($(card, '.settings ul')!.getAttribute('lang')).to.equal('en');
    expect($(card, 'caption [lang="en"]')!.textContent).to.equal('Medical Records Technician');
    expect(el.getAttribute('lang'), 'the interface language, from locale').to.equal('es-US');
    expect([...path.shadowRoot!.querySelectorAll('.step .name [lang="en"]')].map((n) => n.textContent)).to.deep.equal([
      'Training',
      'Medical Records Technician',
      'Health Services Manager',
    ]);
    expect($(path, '.related .name')!.getAttribute('lang')).to.equal('en');
    // Interface text around it stays Spanish, unmarked.
    expect($(el, '.source-heading')!.closest('[lang]') === null, 'interface text unmarked').to.equal(true);
  });

  it('passes theme and locale to every part', async () => {
    const el = await profile(html`<mrt-career-profile theme="dark" locale="es"></mrt-career-profile>`);
    for (const p of parts(el)) {
      expect(p.getAttribute('theme'), p.tagName).to.equal('dark');
      expect((p as HTMLElement & { locale: string }).locale, p.tagName).to.equal('es-US');
    }
    expect(textOf(el)).to.contain('Salario mediano').and.contain('Estados con mejores salarios').and.contain('Carreras relacionadas');
    await expect(el).to.be.accessible();
  });

  it('keeps its space while a src loads, and shows no part until the profile is there', async () => {
    // The reserved heights were measured in the system font of Linux, DejaVu Sans, as the demo shows it.
    const { el, loading, loaded } = await heightsAcrossLoad(
      'mrt-career-profile',
      1000,
      300,
      (e) => expect(e.shadowRoot!.querySelector('mrt-salary-card') === null, 'no card while loading').to.equal(true),
      TEST_FONTS.sans,
    );
    expect(textOf(el)).to.contain('$39,180');
    // At 1,000 px with the built-in data the reserved space is the loaded height (in Chromium, where
    // it was measured; close elsewhere: see reservedSlack); at other widths it is close.
    expect(Math.abs(loading - loaded), `${loading} reserved, ${loaded} loaded`).to.be.at.most(reservedSlack(loaded));
  });

  it('a failed load shows one message and no parts', async () => {
    const el = await profile(html`<mrt-career-profile src="/fixtures/status/500"></mrt-career-profile>`);
    expect(el.shadowRoot!.querySelector('mrt-salary-card') === null, 'no card').to.equal(true);
    expect($(el, '[part="message"]')!.textContent).to.contain('500');
    await expect(el).to.be.accessible();
  });
});
