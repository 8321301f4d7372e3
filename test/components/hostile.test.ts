// Every element against the hostile profile corpus (scripts/hostile/profiles.mjs), by `.data` and
// by inline JSON, beside a neighbour on the built-in data: no uncaught error, a visible message
// or the usable rest, no markup from data, every data string isolated from the text around it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import base from '../../data/medical-records-technician.json';
import { hostileProfiles } from '../../scripts/hostile/profiles.mjs';
import type { MrtDataErrorEvent } from '../../src/events/data-error.js';
import { toScriptSafeJson } from '../../src/import/json.js';
import { settled, textOf } from '../helpers.js';

const TAGS = ['mrt-salary-card', 'mrt-salary-range', 'mrt-outlook-gauge', 'mrt-state-wages', 'mrt-career-path', 'mrt-career-profile'] as const;

/** Every element in `root` and in the shadow roots below it. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** Every text node in `root` and in the shadow roots below it. */
function* texts(root: Node): Generator<Text> {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) yield node as Text;
    yield* texts(node);
    if ((node as Element).shadowRoot) yield* texts((node as Element).shadowRoot!);
  }
}

/** Renders every element with `profile`, beside a neighbour on the built-in data, and collects errors. */
async function renderAll(profile: { data?: unknown; json?: string }): Promise<{ wrapper: HTMLElement; errors: MrtDataErrorEvent[]; uncaught: string[] }> {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent): void => void uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent): void => void uncaught.push(String(e.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  const errors: MrtDataErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 900px" @mrt-data-error=${(e: MrtDataErrorEvent) => errors.push(e)}></div>`);
  try {
    const neighbour = document.createElement('mrt-salary-card');
    neighbour.id = 'neighbour';
    wrapper.append(neighbour);
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      if (profile.json !== undefined) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = profile.json;
        el.append(script);
      } else el.data = profile.data;
      wrapper.append(el);
    }
    for (const el of wrapper.children) await settled(el as HTMLElement);
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return { wrapper, errors, uncaught };
}

describe('every element on the hostile profile corpus', () => {
  for (const hostile of hostileProfiles(base)) {
    it(`${hostile.name}: no uncaught error, a message or the rest shown, no markup from data, the neighbour intact`, async () => {
      const { wrapper, errors, uncaught } = await renderAll(hostile);
      expect(uncaught).to.deep.equal([]);
      expect(textOf(wrapper.querySelector('#neighbour')!)).to.contain('$39,180');
      for (const el of wrapper.querySelectorAll<HTMLElement>(TAGS.join(','))) {
        // Something shown: a message about the data, or the figures.
        expect(textOf(el).length, el.localName).to.be.above(20);
        const message = el.shadowRoot!.querySelector('.message');
        if (message) expect(message.textContent!.length, 'a short message').to.be.below(600);
      }
      if (hostile.valid) expect(errors.map((e) => e.detail.message)).to.deep.equal([]);
      else expect(errors.length, 'every hostile profile is reported').to.be.above(0);
      for (const el of deep(wrapper)) {
        if (el.matches('[id] ~ * > script[type="application/json"]')) continue; // the inline JSON itself
        expect(['script', 'img', 'iframe', 'object', 'embed', 'style', 'link'], `<${el.localName}> from data`).to.not.include(el.localName);
        for (const { name } of el.attributes) expect(name.startsWith('on'), `${el.localName}[${name}]`).to.equal(false);
        if (el.localName === 'a') expect(el.getAttribute('href')).to.match(/^https?:\/\//);
      }
      // Nothing wider than its column (an absurd figure once overflowed by 2,000 px).
      for (const el of wrapper.querySelectorAll(TAGS.join(','))) expect(el.scrollWidth, el.localName).to.be.at.most(900);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });
  }
});

describe('every element on the hostile profile corpus, by src', () => {
  it('each hostile profile fetched from a src: a message or the rest shown, no markup, no uncaught error', async () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent): void => void uncaught.push(e.message);
    addEventListener('error', onError);
    try {
      for (const hostile of hostileProfiles(base)) {
        const url = URL.createObjectURL(new Blob([hostile.json ?? JSON.stringify(hostile.data)], { type: 'application/json' }));
        const el = await fixture<HTMLElement>(html`<mrt-career-profile src=${url}></mrt-career-profile>`);
        await settled(el);
        URL.revokeObjectURL(url);
        expect(textOf(el).length, hostile.name).to.be.above(20);
        for (const node of deep(el.shadowRoot!)) expect(['script', 'img', 'iframe'], hostile.name).to.not.include(node.localName);
        el.remove();
      }
    } finally {
      removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });
});

describe('every data string is isolated from the text around it', () => {
  // Each text of the profile ends with a right-to-left letter: outside an isolate it would pull the
  // neutral characters and figures after it into its own direction.
  const SKIP = new Set(['id', 'soc', 'lang', 'url', 'code', 'kind', 'next', 'atLeast', 'coverage']);
  const mark = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return SKIP.has(key) ? value : `${value}\u05d0`;
    if (Array.isArray(value)) return value.map((v) => mark(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k)]));
    return value;
  };

  it('in every element, each text holding a data string is the whole of a <bdi> or an isolating element', async () => {
    const { wrapper, uncaught } = await renderAll({ data: mark(base) });
    expect(uncaught).to.deep.equal([]);
    for (const el of wrapper.querySelectorAll<HTMLElement>(TAGS.join(','))) el.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true));
    let checked = 0;
    for (const node of texts(wrapper)) {
      if (!node.data.includes('\u05d0') || node.parentElement?.localName === 'script') continue;
      const parent = node.parentElement!;
      const bidi = getComputedStyle(parent).unicodeBidi;
      expect(['isolate', 'plaintext', 'isolate-override'], `"${node.data.trim()}" in <${parent.localName} class="${parent.className}">`).to.include(bidi);
      expect(node.data.trim().endsWith('\u05d0'), `"${node.data}" holds only the data string`).to.equal(true);
      checked++;
    }
    expect(checked).to.be.above(40);
    await expect(wrapper.querySelector('mrt-career-profile')).to.be.accessible();
  });
});

describe('importer output pasted inline, as the README recommends', () => {
  const profile = {
    ...base,
    title: 'Records</script><img src=x onerror="window.mrtBroken=1">',
    education: { ...base.education, typicalEntry: '<!--<script>\u2028</script' },
  };
  /** The snippet an editor pastes, parsed by the HTML parser. */
  const parse = (json: string): DocumentFragment => {
    const template = document.createElement('template');
    template.innerHTML = `<mrt-salary-card><script type="application/json">${json}</script></mrt-salary-card><p id="after">after</p>`;
    return template.content;
  };

  it('stays inside its <script type="application/json">, and the element reads it back unchanged', async () => {
    // Unescaped, the title would end the script element and start an <img>: the test can fail.
    expect(parse(JSON.stringify(profile)).querySelector('img')).to.not.equal(null);
    const fragment = parse(toScriptSafeJson(profile));
    expect(fragment.querySelector('img')).to.equal(null);
    expect(fragment.querySelectorAll('script')).to.have.length(1);
    expect(fragment.querySelector('#after')!.parentNode).to.equal(fragment);
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(fragment);
    const el = wrapper.querySelector('mrt-salary-card')!;
    await settled(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal(profile.title);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { mrtBroken?: number }).mrtBroken).to.equal(undefined);
  });
});
