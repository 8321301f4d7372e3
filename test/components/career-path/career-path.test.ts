import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/career-path/career-path.js';
import type { MrtCareerPath } from '../../../src/components/career-path/career-path.js';
import type { MrtStepSelectEvent } from '../../../src/events/step-select.js';
import { variant } from '../../../demo/scenarios.js';
import { $, $$, TEST_FONTS, heightsAcrossLoad, itWith, settled, textOf } from '../../helpers.js';

async function path(template = html`<mrt-career-path></mrt-career-path>`): Promise<MrtCareerPath> {
  const el = await fixture<MrtCareerPath>(template);
  await settled(el);
  return el;
}

const steps = (el: Element): HTMLButtonElement[] => $$<HTMLButtonElement>(el, 'button.step');
const focused = (el: Element): Element | null => el.shadowRoot!.activeElement;

describe('<mrt-career-path>', () => {
  it('lists the steps in order, as an ordered list, with pay and growth', async () => {
    const el = await path();
    expect($(el, 'ol')).to.not.equal(null);
    expect(steps(el).map((b) => b.querySelector('.name')!.textContent!.replace(/[▸▾]/, '').trim())).to.deep.equal([
      'Training',
      'Medical Records Technician',
      'Health Services Manager',
    ]);
    const facts = steps(el).map((b) => b.querySelector('.facts')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(facts).to.deep.equal([
      'A certificate (usually less than a year) or an associate degree',
      'Median pay $39,180, Job growth +13.5%',
      'Median pay $98,350, Job growth +20.5%',
    ]);
  });

  it('marks the profile’s own occupation as the current step, or the one named by current', async () => {
    const el = await path();
    expect(steps(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
    el.current = 'health-services-manager';
    await el.updateComplete;
    expect(steps(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, null, 'step']);
  });

  it('a step expands its details, fires mrt-step-select, and collapses again', async () => {
    const el = await path();
    const manager = steps(el)[2];
    const details = $<HTMLElement>(el, '#' + manager.getAttribute('aria-controls'))!;
    expect(manager.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.equal(true);
    const event = oneEvent(el, 'mrt-step-select') as Promise<MrtStepSelectEvent>;
    manager.click();
    expect((await event).detail).to.deep.equal({ id: 'health-services-manager', title: 'Health Services Manager' });
    await el.updateComplete;
    expect(manager.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.equal(false);
    expect(details.textContent).to.contain("Bachelor's degree in a healthcare field");
    manager.click();
    await el.updateComplete;
    expect(details.hidden).to.equal(true);
  });

  it('on a right-to-left page it is drawn left to right, and the arrow keys move the way it is drawn', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="he" style="width: 900px"><mrt-career-path locale="en"></mrt-career-path></div>`);
    const el = wrapper.querySelector('mrt-career-path')!;
    await settled(el);
    const [first, second, third] = steps(el).map((b) => b.querySelector('.marker')!.getBoundingClientRect());
    expect(first.left).to.be.below(second.left);
    expect(second.left).to.be.below(third.left);
    // The connector from each circle runs to the right, between the circles, not across them.
    const connector = getComputedStyle(steps(el)[0], '::after');
    expect(parseFloat(connector.left)).to.be.above(0);
    steps(el)[1].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal(steps(el)[2], 'ArrowRight: the step drawn to the right');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)).to.equal(steps(el)[1], 'ArrowLeft: the step drawn to the left');
  });

  it('is one tab stop, starting on the current step; arrow keys move, Home and End jump, Enter opens', async () => {
    const el = await path();
    expect(steps(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
    steps(el)[1].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal(steps(el)[2]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.equal(steps(el)[2], 'stays on the last step');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)).to.equal(steps(el)[0]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)).to.equal(steps(el)[2]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)).to.equal(steps(el)[1]);
    expect(steps(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
    let selected = 0;
    el.addEventListener('mrt-step-select', () => selected++);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(steps(el)[1].getAttribute('aria-expanded')).to.equal('true');
    expect(selected).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(steps(el)[1].getAttribute('aria-expanded')).to.equal('false');
    expect(selected).to.equal(1, 'closing a step is not a selection');
  });

  it('leaves modified arrow keys to the browser (Alt+Left is Back)', async () => {
    const el = await path();
    steps(el)[1].focus();
    const event = new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, composed: true, cancelable: true });
    steps(el)[1].dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('keeps a tab stop when the steps change, and survives an empty list', async () => {
    const el = await path();
    steps(el)[2].click();
    el.data = variant((p) => p.careerPath.steps.splice(2, 1));
    await settled(el);
    expect(steps(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0]);
    el.data = variant((p) => (p.careerPath.steps = []));
    await settled(el);
    expect(steps(el)).to.have.length(0);
    expect(textOf(el)).to.contain('No career path in this dataset.');
    expect(textOf(el)).to.contain('Related careers');
  });

  it('does not fire mrt-step-select when current is set by script', async () => {
    const el = await path();
    let fired = 0;
    el.addEventListener('mrt-step-select', () => fired++);
    el.current = 'training';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('lists related careers with pay and growth, and the qualities and work environment in details', async () => {
    const el = await path();
    const related = $$<HTMLElement>(el, '.related li').map((li) => `${li.querySelector('.name')!.textContent}: ${li.querySelector('.facts')!.textContent}`);
    expect(related).to.deep.equal([
      'Medical Transcriptionist: Median pay $35,250, Job growth -3.4%',
      'Medical Assistant: Median pay $32,480, Job growth +29.0%',
      'Pharmacy Technician: Median pay $31,750, Job growth +11.8%',
    ]);
    expect($$(el, 'details:not(.source-details) summary').map((s) => s.textContent)).to.deep.equal(['Qualities', 'Work environment']);
    expect(textOf(el)).to.contain('Detail oriented');
  });

  it('without a hand-written path, builds the entry route from BLS\'s requirements, with no step after the job (issue 13)', async () => {
    const el = await path(html`<mrt-career-path occupation="medical-records-specialists"></mrt-career-path>`);
    expect(textOf(el)).to.not.contain('Data problem');
    expect(steps(el).map((b) => b.querySelector('.name')!.textContent!.replace(/[▸▾]/, '').trim())).to.deep.equal([
      'Typical entry-level education',
      'Medical Records Specialist',
    ]);
    const facts = steps(el).map((b) => b.querySelector('.facts')!.textContent!.replace(/\s+/g, ' ').trim());
    // FIGURES section 2: postsecondary nondegree award; median $48,780 (May 2023); +8.7% (2023–33).
    expect(facts).to.deep.equal(['Postsecondary nondegree award', 'Median pay $48,780, Job growth +8.7%']);
    expect($(el, '[aria-current="step"]')!.textContent).to.contain('Medical Records Specialist');
    steps(el)[1].click();
    await settled(el);
    expect($(el, '#details-1')!.textContent!.trim()).to.equal('Typical on-the-job training: None');
    expect($(el, '.related')).to.equal(null);
    const sources = $(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ');
    // The route and the growth come from one projections export: one entry, both labels.
    expect(sources).to.contain('Career path, Job growth: U.S. Bureau of Labor Statistics, Employment Projections, 2023–33.');
    expect(sources).to.contain('Median pay: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2023.');
  });

  it('a step without pay shows "—", read as "not available"', async () => {
    const data = variant((p) => delete (p.careerPath.steps[2] as Record<string, unknown>)['medianAnnual']);
    const el = await path(html`<mrt-career-path .data=${data}></mrt-career-path>`);
    const facts = steps(el)[2].querySelector('.facts')!;
    expect(facts.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—');
    expect(facts.querySelector('.vh')!.textContent).to.equal('not available');
  });

  it('lies horizontal on wide containers and vertical on narrow ones', async () => {
    for (const [width, horizontal] of [
      [900, true],
      [320, false],
    ] as const) {
      const wrapper = await fixture(html`<div style="width: ${width}px"><mrt-career-path></mrt-career-path></div>`);
      const el = wrapper.querySelector('mrt-career-path')!;
      await settled(el);
      const [a, b] = steps(el).map((s) => s.getBoundingClientRect());
      expect(b.top === a.top, `${width}px`).to.equal(horizontal);
      expect(el.scrollWidth).to.be.at.most(width);
    }
  });

  it('names its sources', async () => {
    const el = await path();
    const source = $(el, '[part="source"]')!.textContent!.replace(/\s+/g, ' ');
    expect(source).to.contain('Career path: How To Become A Medical Records Technician, 2017');
    expect(source).to.contain('Related careers: U.S. Bureau of Labor Statistics');
    expect(source).to.contain('Qualities, Work environment: How To Become A Medical Records Technician, 2017.');
  });

  it('is accessible (axe) in light and dark, with a step open', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await path(html`<mrt-career-path theme=${theme}></mrt-career-path>`);
      steps(el)[1].click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('its section heading follows heading-level', async () => {
    const el = await path(html`<mrt-career-path heading-level="4"></mrt-career-path>`);
    expect($(el, '.subhead[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('in Spanish', async () => {
    const el = await path(html`<mrt-career-path locale="es"></mrt-career-path>`);
    expect(textOf(el)).to.contain('Salario mediano $39,180, Crecimiento del empleo +13.5%');
    expect(textOf(el)).to.contain('Carreras relacionadas');
  });
});

describe('<mrt-career-path> layout', () => {
  const LONG = 'Registered Health Information Administrator and Clinical Documentation Specialist';
  const withTitle = (title: string): unknown => variant((p) => (p.careerPath.steps[2].title = title));

  async function pathAt(width: number, data?: unknown, font: string = TEST_FONTS.sans): Promise<MrtCareerPath> {
    const wrapper = await fixture(html`<div style="width: ${width}px; font-family: ${font}"><mrt-career-path .data=${data}></mrt-career-path></div>`);
    const el = wrapper.querySelector('mrt-career-path')!;
    await settled(el);
    return el;
  }

  /** The box of the last character of a step's title. */
  function titleEnd(step: Element): DOMRect {
    // The title's text node (Lit's markers around it are comments).
    const text = [...step.querySelector('.name bdi')!.childNodes].find((n): n is Text => n instanceof Text && !!n.data.trim())!;
    const range = document.createRange();
    range.setStart(text, text.length - 1);
    range.setEnd(text, text.length);
    return range.getBoundingClientRect();
  }

  it('keeps the chevron on the line of the title’s last word, at every width from 280 to 420 px', async () => {
    for (const [title, font] of [
      ['Health Services Manager', TEST_FONTS.sans],
      [LONG, TEST_FONTS.sans],
      [LONG, TEST_FONTS.serif],
    ]) {
      const el = await pathAt(280, withTitle(title), font);
      for (let width = 280; width <= 420; width += 2) {
        el.parentElement!.style.width = `${width}px`;
        await el.updateComplete;
        for (const step of steps(el)) {
          const end = titleEnd(step);
          const chevron = step.querySelector('.chevron')!.getBoundingClientRect();
          expect(chevron.top, `${width}px: “${step.textContent!.trim()}”`).to.be.closeTo(end.top, 4);
          expect(chevron.left).to.be.above(end.right - 1);
        }
      }
    }
  });

  for (const width of [320, 900]) {
    it(`at ${width} px the gap from title to facts is the same after one-line and three-line titles`, async () => {
      const el = await pathAt(width, withTitle(LONG));
      const lines = steps(el).map((s) => Math.round(s.querySelector('.name bdi')!.getClientRects().length));
      expect(lines[0]).to.equal(1);
      expect(lines[2]).to.be.at.least(2);
      // From the title's last line to the facts' first, as the reader sees them (text boxes, not the grid cells).
      const gaps = steps(el).map(
        (s) => s.querySelector('.facts')!.getClientRects()[0].top - [...s.querySelector('.name bdi')!.getClientRects()].pop()!.bottom,
      );
      for (const gap of gaps) expect(gap, gaps.join(', ')).to.be.closeTo(gaps[0], 0.5);
      expect(gaps[0]).to.be.within(2, 12);
    });
  }

  it('at 320 px centres a title’s first line on its circle, and lines the details up with the facts', async () => {
    const el = await pathAt(320, withTitle(LONG));
    steps(el)[2].click();
    await el.updateComplete;
    for (const step of steps(el)) {
      const circle = step.querySelector('.marker')!.getBoundingClientRect();
      const first = step.querySelector('.name bdi')!.getClientRects()[0];
      expect(first.top + first.height / 2).to.be.closeTo(circle.top + circle.height / 2, 2);
    }
    const facts = steps(el)[2].querySelector('.facts')!.getBoundingClientRect();
    expect($(el, '#details-2')!.getBoundingClientRect().left).to.be.closeTo(facts.left, 0.5);
  });
});

describe('<mrt-career-path> while loading', () => {
  it('keeps its size while a src loads (no layout shift)', async () => {
    const { el, loading, loaded } = await heightsAcrossLoad('mrt-career-path', 900, 500);
    expect(steps(el)).to.have.length(3);
    expect(Math.abs(loaded - loading), `loading ${loading}px, loaded ${loaded}px`).to.be.at.most(4);
  });
});

describe('<mrt-career-path> in forced colours', () => {
  itWith('forced-colours emulation', 'fills the current step in system colours and passes axe', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await path();
      const marker = steps(el)[1].querySelector('.marker')!;
      expect(getComputedStyle(marker).forcedColorAdjust).to.equal('none');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
