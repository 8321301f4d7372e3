import { expect } from '@open-wc/testing';
import { snippets } from '../../src/embed/snippets.js';

describe('snippets', () => {
  it('writes the three snippets with a title, lazy loading, escaped values and a fallback link', () => {
    const s = snippets({ widget: 'outlook-gauge', occupation: 'medical-records-specialists', theme: 'dark', locale: 'es', width: 480, base: 'https://example.edu/w/"x"/dist/', height: 412 });
    expect(s.script).to.equal(
      [
        '<link rel="stylesheet" href="https://example.edu/w/&quot;x&quot;/dist/cdn/mrt-widgets.css">',
        '<script type="module" src="https://example.edu/w/&quot;x&quot;/dist/cdn/mrt-widgets.js"></script>',
        '<mrt-outlook-gauge occupation="medical-records-specialists" theme="dark" locale="es" style="max-width:480px"><a href="https://www.bls.gov/emp/tables.htm">Medical Records Specialist: perspectivas de empleo (U.S. Bureau of Labor Statistics)</a></mrt-outlook-gauge>',
      ].join('\n'),
    );
    const iframe =
      '<iframe src="https://example.edu/w/&quot;x&quot;/dist/embed/index.html?widget=outlook-gauge&amp;occupation=medical-records-specialists&amp;theme=dark&amp;locale=es" title="Medical Records Specialist: perspectivas de empleo" width="480" height="412" loading="lazy" style="border:0;max-width:100%;color-scheme:normal"></iframe>';
    expect(s.iframeFixed).to.equal(iframe);
    expect(s.iframeResize).to.equal(`${iframe}\n<script src="https://example.edu/w/&quot;x&quot;/dist/embed/resize.js" async></script>`);
  });

  it('an occupation it does not know keeps its id in the address and links to the default profile’s source', () => {
    const s = snippets({ widget: 'salary-card', occupation: 'constructor', theme: 'auto', locale: 'en', width: 0, base: 'https://example.edu/dist/', height: 500 });
    expect(s.iframeFixed).to.contain('occupation=constructor').and.contain('title="constructor: pay"');
    expect(s.script).to.contain('href="https://www.bls.gov/oes/2017/may/oes292071.htm"');
  });

  it('gives each tag the integrity hash of its file, with crossorigin, and the iframe none', () => {
    const integrity = { 'cdn/mrt-widgets.js': 'sha384-js', 'cdn/mrt-widgets.css': 'sha384-css', 'embed/resize.js': 'sha384-resize' } as const;
    const s = snippets({ widget: 'salary-card', occupation: 'medical-records-technician', theme: 'auto', locale: 'en', width: 0, base: 'https://cdn.example/mrt-widgets@1.2.3/dist/', height: 500, integrity });
    expect(s.script.split('\n').slice(0, 2)).to.deep.equal([
      '<link rel="stylesheet" href="https://cdn.example/mrt-widgets@1.2.3/dist/cdn/mrt-widgets.css" integrity="sha384-css" crossorigin="anonymous">',
      '<script type="module" src="https://cdn.example/mrt-widgets@1.2.3/dist/cdn/mrt-widgets.js" integrity="sha384-js" crossorigin="anonymous"></script>',
    ]);
    expect(s.iframeResize.split('\n')[1]).to.equal('<script src="https://cdn.example/mrt-widgets@1.2.3/dist/embed/resize.js" integrity="sha384-resize" crossorigin="anonymous" async></script>');
    expect(s.iframeFixed).not.to.contain('integrity');
  });
});
