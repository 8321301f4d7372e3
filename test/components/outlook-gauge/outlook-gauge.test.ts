import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/outlook-gauge/outlook-gauge.js';
import type { MrtOutlookGauge } from '../../../src/components/outlook-gauge/outlook-gauge.js';
import type { MrtDataErrorEvent } from '../../../src/events/data-error.js';
import { variant } from '../../../demo/scenarios.js';
import { $, $$, TEST_FONTS, heightsAcrossLoad, itWith, settled, systemColor, textOf } from '../../helpers.js';
import { RING } from '../../../src/components/outlook-gauge/outlook-gauge.layout.js';

async function gauge(template = html`<mrt-outlook-gauge></mrt-outlook-gauge>`): Promise<MrtOutlookGauge> {
  const el = await fixture<MrtOutlookGauge>(template);
  await settled(el);
  return el;
}

describe('<mrt-outlook-gauge>', () => {
  it('shows the change, the published wording, the average and the jobs added', async () => {
    const el = await gauge();
    expect($(el, '.big')!.textContent).to.equal('+13.5%');
    expect($(el, '[part="wording"]')!.textContent).to.equal('a much faster rate of growth compared to other professions');
    expect($(el, '.label')!.textContent).to.equal('Projected change in employment, 2016–26');
    expect($(el, '[part="jobs"]')!.textContent).to.equal('+27,800 jobs, from 206,300 in 2016 to 234,100 in 2026 (includes the self-employed)');
    expect(textOf(el)).to.contain('All occupations: +7.4%');
    expect($(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('U.S. Bureau of Labor Statistics, Employment Projections, 2016–26.');
  });

  it('shows openings a year (FIGURES: 15,800 for 2016–26) and attributes the wording and the average to their sources', async () => {
    const el = await gauge();
    expect($(el, '[part="openings"]')!.textContent).to.equal('15,800 openings a year, on average');
    const sources = $(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ');
    expect(sources).to.contain('Wording: How To Become A Medical Records Technician, 2017 (the source document\'s words).');
    expect(sources).to.contain('All occupations: U.S. Bureau of Labor Statistics, Employment Projections 2016–26 news release, 2016–26.');
  });

  it('shows the 2023–33 all-occupations change (+4.0%, computed from the published totals) for the imported profile', async () => {
    const el = await gauge(html`<mrt-outlook-gauge occupation="medical-records-specialists"></mrt-outlook-gauge>`);
    expect(textOf(el)).to.contain('All occupations: +4.0%');
    expect($(el, '[part="openings"]')!.textContent).to.equal('15,000 openings a year, on average');
    expect($(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('computed from the published totals');
  });

  it('is a meter with its range, value and a sentence for screen readers', async () => {
    const el = await gauge();
    const meter = $(el, '[role="meter"]')!;
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('20');
    expect(meter.getAttribute('aria-valuenow')).to.equal('13.5');
    expect(meter.getAttribute('aria-valuetext')).to.equal(
      '+13.5%; a much faster rate of growth compared to other professions; All occupations: +7.4%',
    );
    expect($(el, '#' + meter.getAttribute('aria-labelledby'))!.textContent).to.equal('Projected change in employment, 2016–26');
    expect($(el, 'svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws the average tick at its angle on the same scale', async () => {
    const el = await gauge();
    const tick = $(el, 'svg[viewBox] line.tick.average')!;
    const [x, y] = [Number(tick.getAttribute('x2')), Number(tick.getAttribute('y2'))];
    // 7.4 of 0–20 is 66.6° from the left end: atan2 from 12 o'clock.
    const angle = Math.atan2(x, -y);
    expect(angle).to.be.closeTo(-Math.PI / 2 + (7.4 / 20) * Math.PI, 0.01);
  });

  it('says the comparison in numbers when the profile has no wording', async () => {
    const data = variant((p) => delete (p.projection as Record<string, unknown>)['wording']);
    const el = await gauge(html`<mrt-outlook-gauge .data=${data}></mrt-outlook-gauge>`);
    expect($(el, '[part="wording"]')!.textContent).to.equal('about 1.8 times the average for all occupations');
  });

  it('a decline below the average is said in percentage points', async () => {
    const data = variant((p) => {
      delete (p.projection as Record<string, unknown>)['wording'];
      Object.assign(p.projection, { percentChange: -3.4 });
    });
    const el = await gauge(html`<mrt-outlook-gauge .data=${data}></mrt-outlook-gauge>`);
    expect($(el, '.big')!.textContent).to.equal('-3.4%');
    expect($(el, '[part="wording"]')!.textContent).to.equal('10.8 percentage points below the average for all occupations');
    expect(Number($(el, '[role="meter"]')!.getAttribute('aria-valuemin'))).to.be.lessThan(-3.4);
  });

  it('marks a career step for comparison with compare', async () => {
    const el = await gauge(html`<mrt-outlook-gauge compare="health-services-manager"></mrt-outlook-gauge>`);
    expect($$(el, 'svg[viewBox] line.tick.compare')).to.have.length(1);
    expect(textOf(el)).to.contain('Health Services Manager: +20.5%');
  });

  it('says so when the profile has no projection, and fires mrt-data-error', async () => {
    const el = document.createElement('mrt-outlook-gauge');
    const event = oneEvent(el, 'mrt-data-error') as Promise<MrtDataErrorEvent>;
    el.data = variant((p) => delete (p as Record<string, unknown>)['projection']);
    await fixture(html`${el}`);
    expect((await event).detail.message).to.equal('projection: this profile has no employment projection');
    await settled(el);
    expect(textOf(el)).to.contain('No employment projection in this dataset.');
    expect($(el, '[role="meter"]') === null).to.equal(true);
  });

  it('a percent change out of range is shown as missing; the jobs and the source still show', async () => {
    const el = document.createElement('mrt-outlook-gauge');
    const event = oneEvent(el, 'mrt-data-error') as Promise<MrtDataErrorEvent>;
    el.data = variant((p) => (p.projection.percentChange = 1500));
    await fixture(html`${el}`);
    expect((await event).detail.message).to.equal('projection.percentChange: must be at most 1000, got 1500');
    await settled(el);
    expect($(el, '[role="meter"]') === null).to.equal(true);
    expect(textOf(el)).to.contain('The projected change in employment is not available.');
    expect($(el, '[part="jobs"]')!.textContent).to.equal('+27,800 jobs, from 206,300 in 2016 to 234,100 in 2026 (includes the self-employed)');
    expect($(el, '[part="source"]') !== null).to.equal(true);
  });

  it('a change equal to the average reads "about the same"', async () => {
    const data = variant((p) => {
      delete (p.projection as Record<string, unknown>)['wording'];
      p.projection.percentChange = 7.4;
    });
    const el = await gauge(html`<mrt-outlook-gauge .data=${data}></mrt-outlook-gauge>`);
    expect($(el, '[part="wording"]')!.textContent).to.equal('about the same as the average for all occupations');
  });

  it('names the compared step in the meter’s sentence, and warns about an unknown one', async () => {
    const el = await gauge(html`<mrt-outlook-gauge compare="health-services-manager"></mrt-outlook-gauge>`);
    expect($(el, '[role="meter"]')!.getAttribute('aria-valuetext')).to.contain('Health Services Manager: +20.5%');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      el.compare = 'astronaut';
      await el.updateComplete;
      expect(warnings.join()).to.contain('compare="astronaut"');
    } finally {
      console.warn = warn;
    }
  });

  it('does not report the career path’s problems (the career path element does)', async () => {
    let errors = 0;
    const el = document.createElement('mrt-outlook-gauge');
    el.addEventListener('mrt-data-error', () => errors++);
    el.data = variant((p) => ((p.careerPath.steps[2] as Record<string, unknown>)['next'] = ['training']));
    await fixture(html`${el}`);
    await settled(el);
    expect(errors).to.equal(0);
  });

  it('sweeps the arc in', async () => {
    const el = await gauge();
    expect(getComputedStyle($(el, 'path.value')!).animationName).to.equal('sweep');
  });

  itWith('media emulation', 'does not sweep the arc when the reader asks for less motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await gauge();
      expect(getComputedStyle($(still, 'path.value')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('in Spanish', async () => {
    const el = await gauge(html`<mrt-outlook-gauge locale="es"></mrt-outlook-gauge>`);
    expect($(el, '[part="jobs"]')!.textContent).to.equal('+27,800 empleos, de 206,300 en 2016 a 234,100 en 2026 (incluye a los trabajadores por cuenta propia)');
    expect(textOf(el)).to.contain('Todas las ocupaciones');
  });

  it('is accessible (axe) in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await gauge(html`<mrt-outlook-gauge theme=${theme}></mrt-outlook-gauge>`);
      await expect(el).to.be.accessible();
    }
  });

  it('fits 280 px', async () => {
    const wrapper = await fixture(html`<div style="width: 280px"><mrt-outlook-gauge></mrt-outlook-gauge></div>`);
    const el = wrapper.querySelector('mrt-outlook-gauge')!;
    await settled(el);
    expect(el.scrollWidth).to.be.at.most(280);
    expect($(el, 'svg')!.getBoundingClientRect().width).to.be.at.most(280);
  });

  it('never breaks the period at its dash ("2016–" above "26"), in English or Spanish, at 280 to 360 px', async () => {
    for (const locale of ['en', 'es']) {
      for (const width of [280, 300, 320, 340, 360]) {
        const wrapper = await fixture(html`<div style="width: ${width}px; font-family: 'DejaVu Sans', sans-serif"><mrt-outlook-gauge locale=${locale}></mrt-outlook-gauge></div>`);
        const el = wrapper.querySelector('mrt-outlook-gauge')!;
        await settled(el);
        const period = $(el, '.label .period')!;
        expect(period.textContent, `${locale} ${width}`).to.equal('2016–26');
        expect(period.getClientRects().length, `${locale} ${width}: one line`).to.equal(1);
      }
    }
  });
});

/** The gauge in a box `width` px wide, in `font`, with `data` (default: the built-in profile). */
async function gaugeAt(width: number, data?: unknown, font: string = TEST_FONTS.sans): Promise<MrtOutlookGauge> {
  const wrapper = await fixture(html`<div style="width: ${width}px; font-family: ${font}"><mrt-outlook-gauge .data=${data}></mrt-outlook-gauge></div>`);
  const el = wrapper.querySelector('mrt-outlook-gauge')!;
  await settled(el);
  return el;
}

/**
 * Room between the big figure's box and the ring's inner edge, in px: the hollow's radius less the
 * distance from the ring's centre (0, 0 of the viewBox -100 -100 200 102) to the box's farthest corner.
 */
function clearance(el: Element): number {
  const ring = $(el, '.meter svg')!.getBoundingClientRect();
  const big = $(el, '.big')!.getBoundingClientRect();
  const scale = ring.width / 200;
  const [cx, cy] = [ring.left + ring.width / 2, ring.top + 100 * scale];
  const corners = [big.left, big.right].flatMap((x) => [big.top, big.bottom].map((y) => Math.hypot(x - cx, y - cy)));
  return RING.inner * scale - Math.max(...corners);
}

describe('<mrt-outlook-gauge> layout', () => {
  const HUGE = variant((p) => Object.assign(p.projection, { percentChange: 123.4 }));

  for (const width of [280, 320, 600]) {
    it(`at ${width} px the big figure keeps clear of the ring (+13.5%, and +123.4% in a wide font)`, async () => {
      for (const [data, font] of [
        [undefined, TEST_FONTS.sans],
        [undefined, TEST_FONTS.serif],
        [HUGE, 'Verdana, "DejaVu Sans", sans-serif'],
      ] as const) {
        const el = await gaugeAt(width, data, font);
        const room = clearance(el);
        // 6% of the ring's width at least: 16 px at 280 px.
        expect(room, `${$(el, '.big')!.textContent} in ${font}`).to.be.at.least(Math.max(16, 0.06 * $(el, '.meter svg')!.getBoundingClientRect().width) - 0.5);
      }
    });
  }

  it('sizes the figure with the ring: a tenth of its width, at most 2em', async () => {
    for (const width of [280, 320, 600, 1200]) {
      const el = await gaugeAt(width);
      const ring = $(el, '.meter svg')!.getBoundingClientRect().width;
      expect(parseFloat(getComputedStyle($(el, '.big')!).fontSize), `${width}px`).to.be.closeTo(Math.min(32, ring / 10), 0.5);
    }
  });

  it('at 1,200 px the ring is bounded (20em) and the words sit beside it, the two centred together', async () => {
    const el = await gaugeAt(1200);
    const host = el.getBoundingClientRect();
    const ring = $(el, '.meter svg')!.getBoundingClientRect();
    const side = $(el, '.side')!.getBoundingClientRect();
    const wording = $(el, '.wording')!.getBoundingClientRect();
    expect(ring.width).to.be.closeTo(320, 0.5);
    expect(wording.left, 'the wording beside the ring').to.be.above(ring.right);
    expect(side.left, 'the key and the jobs beside the ring').to.be.above(ring.right);
    expect(wording.top, 'beside, not below').to.be.below(ring.bottom);
    expect(side.top).to.be.below(ring.bottom);
    expect(ring.left - host.left, 'as much room on the left as on the right').to.be.closeTo(host.right - side.right, 1);
    expect(el.scrollWidth).to.be.at.most(1200);
  });

  it('at 600 px it stays stacked: the ring centred over its words', async () => {
    const el = await gaugeAt(600);
    const host = el.getBoundingClientRect();
    const ring = $(el, '.meter svg')!.getBoundingClientRect();
    expect(ring.width).to.be.closeTo(320, 0.5);
    expect(ring.left - host.left).to.be.closeTo(host.right - ring.right, 1);
    expect($(el, '.wording')!.getBoundingClientRect().top).to.be.at.least(ring.bottom);
  });
});

describe('<mrt-outlook-gauge> while loading', () => {
  it('keeps its size while a src loads (no layout shift)', async () => {
    const { el, loading, loaded } = await heightsAcrossLoad('mrt-outlook-gauge', 600, 500);
    expect($(el, '.big')!.textContent).to.equal('+13.5%');
    expect(Math.abs(loaded - loading), `loading ${loading}px, loaded ${loaded}px`).to.be.at.most(4);
  });

  it('keeps its size while a src loads at 1,200 px too (the placeholder follows the wide layout)', async () => {
    const { loading, loaded } = await heightsAcrossLoad('mrt-outlook-gauge', 1200, 500);
    expect(Math.abs(loaded - loading), `loading ${loading}px, loaded ${loaded}px`).to.be.at.most(24);
  });
});

describe('<mrt-outlook-gauge> value text in one language', () => {
  it('in Spanish, the meter says the comparison in numbers, not the English wording', async () => {
    const el = await gauge(html`<mrt-outlook-gauge locale="es"></mrt-outlook-gauge>`);
    const text = $(el, '[role="meter"]')!.getAttribute('aria-valuetext')!;
    expect(text).to.equal('+13.5%; unas 1.8 veces el promedio de todas las ocupaciones; Todas las ocupaciones: +7.4%');
    expect(text).to.not.contain('faster');
    // The wording is still shown, marked as English.
    expect($(el, '.wording')!.getAttribute('lang')).to.equal('en');
  });

  it('without a stroke outside forced colours (the arc itself shows where it ends)', async () => {
    const el = await gauge();
    expect(getComputedStyle($(el, 'line.value-end')!).stroke).to.equal('none');
  });
});

describe('<mrt-outlook-gauge> in forced colours', () => {
  itWith('forced-colours emulation', 'draws the value arc and the track in system colours, and passes axe', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await gauge();
      const highlight = systemColor('Highlight');
      expect(getComputedStyle($(el, 'path.value')!).fill).to.equal(highlight);
      // Where the value ends is marked in the text colour, across the ring at the value's angle.
      const end = $(el, 'line.value-end')!;
      expect(getComputedStyle(end).stroke).to.equal(systemColor('CanvasText'));
      const arc = $(el, 'path.value')!.getBoundingClientRect();
      const mark = end.getBoundingClientRect();
      expect(mark.right, 'the mark stands at the arc’s end (13.5% of a 0–20% scale: right of centre)').to.be.closeTo(arc.right, 4);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
