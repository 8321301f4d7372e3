import { expect, fixture, html } from '@open-wc/testing';
import { brokenInvariants } from './invariants.js';

/** A host element whose shadow root holds `markup`, in a 300 px column of 16 px text. */
async function host(markup: string): Promise<HTMLElement> {
  const column = await fixture<HTMLElement>(html`<div style="width: 300px; font-size: 16px"><div class="host"></div></div>`);
  const el = column.querySelector<HTMLElement>('.host')!;
  // Test markup, not data: the shadow root is this test's own.
  el.attachShadow({ mode: 'open' }).innerHTML = markup;
  return el;
}

const broken = (el: HTMLElement): string[] => brokenInvariants(el, { inheritedSize: 16 });

// The matrix passes only if these checks can fail: each is shown a page that breaks it.
describe('layout invariants (the checks the host-page matrix makes)', () => {
  it('pass on plain text that fits', async () => {
    expect(broken(await host('<p>Median pay $39,180 a year</p><button style="width: 44px; height: 44px">Go</button>'))).to.deep.equal([]);
  });

  it('find two pieces of text drawn over each other, in HTML and in SVG', async () => {
    const el = await host(`<div style="position: relative; height: 40px">
        <span style="position: absolute; left: 0">$35,080</span><span style="position: absolute; left: 20px">90th</span></div>
      <svg width="200" height="40"><text x="0" y="20">10th $35,080</text><text x="30" y="20">90th</text></svg>`);
    expect(broken(el)).to.deep.equal(['text overlaps: "$35,080" and "90th"', 'text overlaps: "10th $35,080" and "90th"']);
  });

  it('find text outside the element and text cut off by a box that clips it', async () => {
    const el = await host(`<p style="margin-left: -40px">Left of the box</p>
      <div style="width: 50px; overflow: hidden; white-space: nowrap">A long line cut off</div>`);
    expect(broken(el)).to.have.members(['cut off: "A long line cut off"', 'outside the element: "Left of the box"']);
  });

  it('find a scroller that does not say it scrolls, and accept one that does', async () => {
    const wide = '<table style="width: 600px"><tr><td>Alabama</td><td>$42,970</td></tr></table>';
    expect(broken(await host(`<div style="overflow-x: auto">${wide}</div>`))).to.include('cut off in a scroller that does not say it scrolls: "$42,970"');
    expect(broken(await host(`<div style="overflow-x: auto" tabindex="0" aria-label="States">${wide}</div>`))).to.deep.equal([]);
  });

  it('count only what shows through a scroller: a row scrolled out of a bounded table overlaps nothing below it, a visible one does', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>State ${i + 1}</td></tr>`).join('');
    const scroller = `<div style="height: 60px; overflow-y: auto" tabindex="0" aria-label="States"><table>${rows}</table></div>`;
    expect(broken(await host(`${scroller}<p style="margin: 0">Below the table</p>`))).to.deep.equal([]);
    const over = await host(`${scroller}<p style="margin: -30px 0 0">Below the table</p>`);
    expect(broken(over).some((p) => p.startsWith('text overlaps') && p.includes('Below the table')), broken(over).join('; ')).to.equal(true);
  });

  it('find text smaller than 12 px or than 0.75 of the inherited size, in SVG by its drawn size', async () => {
    expect(broken(await host('<p style="font-size: 10px">Tiny</p>'))).to.deep.equal(['text too small (10.0 px < 12.0): "Tiny"']);
    const svg = await host('<svg viewBox="0 0 600 100" width="300"><text x="10" y="50" font-size="20">NJ</text></svg>');
    expect(broken(svg)).to.deep.equal(['text too small (10.0 px < 12.0): "NJ"']);
    expect(brokenInvariants(await host('<p style="font-size: 20px">Big page</p>'), { inheritedSize: 32 })).to.deep.equal([
      'text too small (20.0 px < 24.0): "Big page"',
    ]);
  });

  it('find small controls crowded together (WCAG 2.5.8), but not small ones spaced apart or links in a sentence', async () => {
    const crowded = await host('<button style="width: 16px; height: 16px; padding: 0">a</button><button style="width: 16px; height: 16px; padding: 0">b</button>');
    expect(broken(crowded)).to.have.length(2);
    expect(broken(crowded)[0]).to.match(/^target too small and crowded \(16 × 16 px\): button "a"/);
    const spaced = await host('<button style="width: 16px; height: 16px; padding: 0; margin-right: 24px">a</button><button style="width: 16px; height: 16px; padding: 0">b</button>');
    expect(broken(spaced)).to.deep.equal([]);
    expect(broken(await host('<p>Source: <a href="#x">BLS</a>, <a href="#y">May 2017</a>.</p>'))).to.deep.equal([]);
  });

  it('say so when nothing is drawn at all', async () => {
    expect(broken(await host('<p hidden>Hidden</p>'))).to.deep.equal(['no visible text at all']);
  });
});
