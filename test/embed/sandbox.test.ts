import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { canEmulate, itWith } from '../helpers.js';
import { doc, openPage } from './pages.js';

const base = `${location.origin}/dist/`;

/** The text of the embed page in a frame, read through the browser (a sandboxed frame's document is closed to this page). */
const frameText = (query: string): Promise<string | null> => executeServerCommand('frame-text', { url: query });

/** A host page with `body` in it, same origin, in an iframe of the test page. */
const host = (body: string, css = ''): Promise<HTMLIFrameElement> =>
  openPage('', {
    width: 640,
    height: 700,
    srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><style>body{margin:0}${css}</style></head><body><main>${body}</main></body></html>`,
  });

/** The colour drawn at a point of the embed iframe in a host page, as [r, g, b, a]. */
async function pixelIn(hostFrame: HTMLIFrameElement, x: number, y: number): Promise<number[]> {
  const outer = hostFrame.getBoundingClientRect();
  const inner = doc(hostFrame).querySelector('iframe')!.getBoundingClientRect();
  const png: string = await executeServerCommand('pixel', { x: Math.round(outer.left + inner.left + x), y: Math.round(outer.top + inner.top + y) });
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const context = new OffscreenCanvas(1, 1).getContext('2d')!;
  context.drawImage(image, 0, 0);
  return [...context.getImageData(0, 0, 1, 1).data];
}

describe('the embed page in sandboxed frames, and on light and dark pages', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    if (canEmulate('media emulation')) await emulateMedia({ colorScheme: 'light' });
  });

  it('this test server sends no CORS headers, like a plain static host (so the tests below can fail)', async () => {
    for (const file of ['embed/embed.js', 'embed/embed.css', 'cdn/mrt-widgets.js']) {
      expect((await fetch(`${base}${file}`)).headers.get('access-control-allow-origin'), file).to.equal(null);
    }
  });

  itWith('page inspection', 'sandboxed with allow-scripts allow-popups: the built-in profile renders, and resize.js sizes the frame by its window', async () => {
    const page = await host(
      `<iframe sandbox="allow-scripts allow-popups" src="${base}embed/index.html?widget=salary-card&amp;sandbox-1" title="Pay" style="width:100%;height:50px;border:0"></iframe>
       <script src="${base}embed/resize.js"></script>`,
    );
    await waitUntil(async () => (await frameText('sandbox-1'))?.includes('$39,180'), 'the embed page did not render in the sandbox', { timeout: 8000 });
    expect(await frameText('sandbox-1')).to.contain('Median pay').and.contain('May 2017');
    const frame = doc(page).querySelector('iframe')!;
    await waitUntil(() => frame.getBoundingClientRect().height > 300, `resize.js did not size the frame (${frame.getBoundingClientRect().height}px)`, { timeout: 5000 });
  });

  itWith('page inspection', 'not sandboxed, the classic script finds ../../data/ for the other built-in profile', async () => {
    await host(`<iframe src="${base}embed/index.html?widget=salary-card&amp;occupation=medical-records-specialists&amp;plain-1" title="Pay" style="width:100%;height:600px;border:0"></iframe>`);
    await waitUntil(async () => (await frameText('plain-1'))?.includes('$48,780'), 'the other profile did not load', { timeout: 8000 });
  });

  it('resize.js takes origin "null" only from a frame sandboxed without allow-same-origin', async function () {
    this.timeout(30000); // three embed pages load at once, beside two other engines' tests
    // Each frame's page is replaced by one with an opaque origin (data:) that sends a height: only
    // the truly sandboxed frame may be sized by it.
    const page = await host(
      ['allow-scripts', 'allow-scripts allow-same-origin', null]
        .map((sandbox, i) => `<iframe ${sandbox ? `sandbox="${sandbox}"` : ''} id="f${i}" src="${base}embed/index.html?widget=salary-card&amp;null-${i}" title="Pay" style="height:50px"></iframe>`)
        .join('') + `<script src="${base}embed/resize.js"></script>`,
    );
    const frames = [...doc(page).querySelectorAll('iframe')];
    // The host page's load event waited for the three embed pages to load; their own height
    // messages, if any, come before the one below (one window's messages keep their order).
    // The host page counts the 77 px messages as they arrive (after resize.js has seen each).
    const arrived: number[] = [];
    page.contentWindow!.addEventListener('message', (e) => {
      if ((e.data as { height?: number }).height === 77) arrived.push(frames.findIndex((f) => f.contentWindow === e.source));
    });
    const opaquePage = 'data:text/html,<script>parent.postMessage({type:"mrt-widgets:height",height:77},"*")</script>';
    // Navigating the frame's own window keeps its src attribute, so resize.js still takes it for ours.
    for (const f of frames) (f.contentWindow as Window).location.href = opaquePage;
    await waitUntil(() => arrived.length === 3, 'the opaque pages did not all send their height', { timeout: 5000 });
    expect(frames.map((f) => f.style.height === '77px')).to.deep.equal([true, false, false]);
  });

  itWith('page inspection', 'sandboxed, a profile it would have to fetch says that the host must send a CORS header', async () => {
    await host(
      `<iframe sandbox="allow-scripts" src="${base}embed/index.html?widget=salary-card&amp;occupation=medical-records-specialists&amp;sandbox-2" title="Pay" style="width:100%;height:300px;border:0"></iframe>`,
    );
    await waitUntil(async () => (await frameText('sandbox-2'))?.includes('Access-Control-Allow-Origin'), 'no message about CORS', { timeout: 8000 });
    expect(await frameText('sandbox-2')).to.contain('could not be fetched');
  });

  for (const [theme, system] of [
    ['dark', 'light'],
    ['auto', 'dark'],
    ['light', 'dark'],
  ] as const) {
    itWith('media emulation', `theme=${theme} on a ${system} system: the frame's margin shows the host page, never the browser's canvas`, async () => {
      await emulateMedia({ colorScheme: system });
      // Host pages in both schemes, each with a background no canvas has.
      for (const css of ['body{background:rgb(255,0,0)}', ':root{color-scheme:dark} body{background:rgb(0,128,0)}']) {
        const page = await host(
          `<iframe src="${base}embed/index.html?widget=outlook-gauge&amp;theme=${theme}" title="Outlook" width="100%" height="400" style="border:0;max-width:100%;color-scheme:normal"></iframe>`,
          css,
        );
        const frame = doc(page).querySelector('iframe')!;
        await waitUntil(() => frame.contentDocument?.querySelector('mrt-outlook-gauge')?.shadowRoot?.querySelector('.meter'), 'gauge not drawn', { timeout: 8000 });
        const hostColour = getComputedStyle(doc(page).body).backgroundColor.match(/\d+/g)!.map(Number);
        // The page's 4 px margin around the widget: the host's colour shows through.
        expect((await pixelIn(page, 1, 1)).slice(0, 3), `${css}: margin`).to.deep.equal(hostColour);
        // Inside: the widget's own surface, dark or light as asked.
        const [r] = await pixelIn(page, 12, 12);
        const dark = theme === 'dark' || (theme === 'auto' && system === 'dark');
        expect(dark ? r < 60 : r > 200, `${css}: widget surface ${r}`).to.equal(true);
        page.remove();
      }
    });
  }
});
