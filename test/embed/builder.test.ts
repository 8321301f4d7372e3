import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OCCUPATIONS, WIDGETS, embedTitle, readEmbedOptions } from '../../src/embed/options.js';
import { snippets } from '../../src/embed/snippets.js';
import { axeViolations, doc, openPage } from './pages.js';

describe('embed options and snippets', () => {
  it('each built-in occupation’s title and fallback link are those of its data file', async () => {
    for (const [id, { title, url }] of Object.entries(OCCUPATIONS)) {
      const profile = (await (await fetch(`/data/${id}.json`)).json()) as { title: string; wages: { source: { url: string } } };
      expect(profile.title, id).to.equal(title);
      expect(profile.wages.source.url, id).to.equal(url);
    }
  });

  it('reads widget and known attributes only, drops src and overlong values', () => {
    const options = readEmbedOptions('?widget=state-wages&metric=hourly&src=https://evil.example/p.json&theme=dark&locale=' + 'x'.repeat(101));
    expect(options).to.deep.equal({
      widget: 'state-wages',
      attributes: { theme: 'dark', metric: 'hourly' },
      title: 'Medical Records Technician: pay by state',
    });
    expect(readEmbedOptions('?widget=__proto__').problem).to.contain('is not a widget');
    expect(readEmbedOptions('').problem).to.contain('No widget chosen');
    expect(Object.keys(WIDGETS)).to.have.length(6);
    expect(embedTitle('career-path', 'medical-records-specialists', 'es')).to.equal('Medical Records Specialist: trayectoria profesional');
  });

  it('writes the three snippets with a title, lazy loading, escaped values and a fallback link', () => {
    const s = snippets({ widget: 'outlook-gauge', occupation: 'medical-records-specialists', theme: 'dark', locale: 'es', width: 480, base: 'https://example.edu/w/"x"/dist/', height: 412 });
    expect(s.script).to.equal(
      [
        '<link rel="stylesheet" href="https://example.edu/w/&quot;x&quot;/dist/cdn/mrt-widgets.css">',
        '<script type="module" src="https://example.edu/w/&quot;x&quot;/dist/cdn/mrt-widgets.js"></script>',
        '<mrt-outlook-gauge occupation="medical-records-specialists" theme="dark" locale="es" style="max-width:480px"><a href="https://www.bls.gov/oes/tables.htm">Medical Records Specialist: perspectivas de empleo (U.S. Bureau of Labor Statistics)</a></mrt-outlook-gauge>',
      ].join('\n'),
    );
    const iframe =
      '<iframe src="https://example.edu/w/&quot;x&quot;/dist/embed/index.html?widget=outlook-gauge&amp;occupation=medical-records-specialists&amp;theme=dark&amp;locale=es" title="Medical Records Specialist: perspectivas de empleo" width="480" height="412" loading="lazy" style="border:0;max-width:100%"></iframe>';
    expect(s.iframeFixed).to.equal(iframe);
    expect(s.iframeResize).to.equal(`${iframe}\n<script src="https://example.edu/w/&quot;x&quot;/dist/embed/resize.js" async></script>`);
  });
});

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
});
