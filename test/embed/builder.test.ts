import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, doc, openPage } from './pages.js';

describe('snippet builder page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('previews the choice live, updates the snippets, and copies by keyboard with an announcement', async () => {
    const frame = await openPage('/dist/embed/builder.html', { width: 1000, height: 1400 });
    const d = doc(frame);
    const preview = (): HTMLIFrameElement => d.querySelector('#preview iframe')!;
    await waitUntil(() => d.getElementById('measured')!.textContent!.includes('px'), 'the preview never reported its height', { timeout: 8000 });
    expect(preview().title).to.equal('Preview: Medical Records Technician: pay');
    const height = parseInt(d.getElementById('measured')!.textContent!.match(/(\d+) px/)![1], 10);
    expect(Math.abs(preview().getBoundingClientRect().height - height)).to.be.at.most(1);
    expect((d.getElementById('iframeFixed') as HTMLTextAreaElement).value).to.contain(`height="${height}"`);

    const widget = d.getElementById('widget') as HTMLSelectElement;
    widget.value = 'outlook-gauge';
    widget.dispatchEvent(new Event('change', { bubbles: true }));
    const width = d.getElementById('width') as HTMLSelectElement;
    width.value = '320';
    width.dispatchEvent(new Event('change', { bubbles: true }));
    expect(preview().src).to.contain('widget=outlook-gauge');
    expect(preview().getBoundingClientRect().width).to.be.at.most(322);
    expect((d.getElementById('script') as HTMLTextAreaElement).value).to.contain('<mrt-outlook-gauge style="max-width:320px">');
    expect((d.getElementById('iframeResize') as HTMLTextAreaElement).value).to.contain('title="Medical Records Technician: job outlook"').and.contain('resize.js');

    const copy = d.querySelector<HTMLButtonElement>('button[data-copy="iframeResize"]')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    const status = d.getElementById('iframeResize-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    await waitUntil(() => status.textContent!.includes('snippet B'), 'no announcement');
    expect(status.textContent).to.match(/^(Copied snippet B to the clipboard\.|Could not copy snippet B: it is selected, press Ctrl\+C \(⌘C on a Mac\)\.)$/);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('its snippets carry the integrity hashes of the built files they load, and the package version', async () => {
    const frame = await openPage('/dist/embed/builder.html', { width: 1000, height: 1400 });
    const d = doc(frame);
    const sha384 = async (path: string): Promise<string> => {
      // The bytes on disk: the test server rewrites the JavaScript it serves.
      const bytes = await (await fetch(`/fixtures/raw?path=${path.slice(1)}`)).arrayBuffer();
      return `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
    };
    const script = (d.getElementById('script') as HTMLTextAreaElement).value;
    expect(script).to.contain(`cdn/mrt-widgets.js" integrity="${await sha384('/dist/cdn/mrt-widgets.js')}" crossorigin="anonymous"`);
    expect(script).to.contain(`cdn/mrt-widgets.css" integrity="${await sha384('/dist/cdn/mrt-widgets.css')}" crossorigin="anonymous"`);
    expect((d.getElementById('iframeResize') as HTMLTextAreaElement).value).to.contain(`embed/resize.js" integrity="${await sha384('/dist/embed/resize.js')}" crossorigin="anonymous" async`);
    const { version } = await (await fetch('/package.json')).json();
    expect(d.getElementById('version')!.textContent).to.equal(version);
  });

  it('snippet D is the preview pre-rendered: the script tier\'s tags and the element with its shadow root, stamped so the script takes it over', async () => {
    const frame = await openPage('/dist/embed/builder.html', { width: 1000, height: 1400 });
    const d = doc(frame);
    const area = d.getElementById('prerendered') as HTMLTextAreaElement;
    await waitUntil(() => area.value.includes('<template shadowrootmode="open">'), 'snippet D never filled', { timeout: 8000 });
    const [link, script, ...rest] = area.value.split('\n');
    const element = rest.join('\n');
    expect(link).to.match(/^<link rel="stylesheet" href="[^"]+cdn\/mrt-widgets\.css"/);
    expect(script).to.match(/^<script type="module" src="[^"]+cdn\/mrt-widgets\.js"/);
    expect(element).to.match(/^<mrt-salary-card data-mrt-rendered="\d+\.\d+\.\d+ [0-9a-z]+"><template shadowrootmode="open">/);
    expect(element).to.contain('(U.S. Bureau of Labor Statistics)</a></mrt-salary-card>');
    expect(element).to.not.match(/<!--/);
    // As a page gets it, scripts off: the finished card.
    const page = await openPage('', { width: 600, sandbox: 'allow-same-origin', srcdoc: `<!doctype html><html lang="en"><body>${element}</body></html>` });
    const card = doc(page).querySelector('mrt-salary-card')!;
    expect(card.shadowRoot!.textContent).to.contain('$39,180').and.contain('May 2017');
    // As `mrt-widgets render` writes it: no button that would do nothing before the script; the
    // figures table opens without it.
    expect(card.shadowRoot!.querySelectorAll('button:not([disabled])').length, 'buttons that need the script').to.equal(0);
    const summary = card.shadowRoot!.querySelector<HTMLElement>('details > summary.toggle')!;
    summary.click();
    expect(summary.parentElement!.hasAttribute('open'), 'the figures open without script').to.equal(true);
    // With the script: taken over in place (the stamp matches), one copy.
    const live = await openPage('', { width: 600, srcdoc: `<!doctype html><html lang="en"><head>${script.replace(/ integrity="[^"]*" crossorigin="anonymous"/, '')}</head><body>${element}</body></html>` });
    const taken = doc(live).querySelector('mrt-salary-card')!;
    await waitUntil(() => ![...taken.shadowRoot!.children].some((e) => e.localName === 'style'), 'never taken over');
    expect(taken.shadowRoot!.querySelectorAll('[role="status"]').length).to.equal(1);
  });
});
