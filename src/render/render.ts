/// <reference types="node" />
/**
 * `mrt-widgets render`: one element as HTML, its shadow root pre-rendered as declarative shadow
 * DOM by Lit's server renderer (@lit-labs/ssr), stamped for the element that takes it over in the
 * browser (src/internal/prerendered.ts). Node only. See docs/decisions/0015-pre-rendered-snippets.md.
 */
// The DOM shim first: the elements' modules define classes that extend HTMLElement.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { readFile } from 'node:fs/promises';
import { render as renderToParts } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { LitElement, ReactiveElement, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { resolveLocale } from '../data/format.js';
import { formatProblem } from '../data/problem.js';
import { DEFAULT_OCCUPATION, isBuiltInId } from '../data/profiles.js';
import type { OccupationProfile } from '../data/types.js';
import { loadStrings } from '../internal/i18n.js';
import type { Theme } from '../internal/locale.js';
import { toScriptSafeJson } from '../import/json.js';
import { escapeAttribute, escapeText, shrinkCss } from '../internal/markup.js';
import { STAMP, VEIL, WAITING, withoutScript, stampOf } from '../internal/prerendered.js';
import { readText } from '../internal/read-profile.js';

/** The widgets `render` writes, by the name after `mrt-`. */
export const RENDER_WIDGETS = ['salary-card', 'salary-range', 'outlook-gauge', 'state-wages', 'career-path', 'career-profile'] as const;
export type RenderWidget = (typeof RENDER_WIDGETS)[number];

type Inputs = [data: unknown, locale: string, theme: Theme];

/** Each widget's element with its inputs as properties (a tag name cannot be a binding). */
const ELEMENTS: Record<RenderWidget, (...inputs: Inputs) => TemplateResult> = {
  'salary-card': (d, l, t) => html`<mrt-salary-card .data=${d} .locale=${l} .theme=${t}></mrt-salary-card>`,
  'salary-range': (d, l, t) => html`<mrt-salary-range .data=${d} .locale=${l} .theme=${t}></mrt-salary-range>`,
  'outlook-gauge': (d, l, t) => html`<mrt-outlook-gauge .data=${d} .locale=${l} .theme=${t}></mrt-outlook-gauge>`,
  'state-wages': (d, l, t) => html`<mrt-state-wages .data=${d} .locale=${l} .theme=${t}></mrt-state-wages>`,
  'career-path': (d, l, t) => html`<mrt-career-path .data=${d} .locale=${l} .theme=${t}></mrt-career-path>`,
  'career-profile': (d, l, t) => html`<mrt-career-profile .data=${d} .locale=${l} .theme=${t}></mrt-career-profile>`,
};

export const THEMES = ['auto', 'light', 'dark'] as const;

export interface RenderOptions {
  widget: RenderWidget;
  /** A built-in profile's id (default: the default one); not with `profile`. */
  occupation?: string;
  /** A profile document's JSON text, written inside the element for the script to read; `what` names it in messages. */
  profile?: { text: string; what: string };
  /** `locale` attribute (`es`, `en-US`); none: English, US. */
  locale?: string;
  /** `theme` attribute. */
  theme?: Theme;
}

export interface Rendered {
  html: string;
}

/** A problem with the input, said in one line (the CLI prints it and exits 1). */
export class RenderError extends Error {}

const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

// Not `new URL(…, import.meta.url)` inline: the bundler would copy every data file into the module.
const HERE = import.meta.url;

/** The built-in profile `id` as JSON text, from data/ beside the package (two folders up, in dist/ as in src/). */
async function builtIn(id: string): Promise<string> {
  return readFile(new URL(`../../data/${id}.json`, HERE), 'utf8');
}

/**
 * The elements' modules, imported once the DOM shim is in place (a static import could be placed
 * before the shim's by the bundler, and define the elements in a registry the shim then replaces).
 */
/** The drawings loaded on first use, by the widgets that need them: the state map's, and the career profile's own too. */
type Loaders = { map: () => unknown; profile: () => unknown };
let elements: Promise<Loaders> | undefined;
const loadElements = (): Promise<Loaders> =>
  (elements ??= Promise.all([
    import('../components/salary-card/salary-card.js'),
    import('../components/salary-range/salary-range.js'),
    import('../components/outlook-gauge/outlook-gauge.js'),
    import('../components/career-path/career-path.js'),
    import('../components/state-wages/state-wages.js'),
    import('../components/career-profile/career-profile.js'),
  ]).then((modules) => ({ map: modules[4].loadDrawing, profile: modules[5].loadDrawing })));

// The elements run their connectedCallback in the server render: their controllers read the
// profile there (Lit's SSR skips the hostUpdate hook), and the state map takes its drawing.
LitElementRenderer.renderOptions.push((element) => (element.localName.startsWith('mrt-') ? { connectedCallback: true } : undefined));

/**
 * Lit's server renderer calls an element's willUpdate and then ReactiveElement's own update (which
 * only reflects attributes), so an element's update() override never runs there: the career path
 * and the state map derive their steps and rows in it, from the profile the controller has just
 * read (it runs after willUpdate). In this process, ReactiveElement's update runs the element's
 * own update(), and LitElement's, where that chain ends, only reflects: the renderer renders
 * render() itself. (Node only: this module is the `render` command's.)
 */
const reflect = ReactiveElement.prototype['update'];
let inUpdate = false;
ReactiveElement.prototype['update'] = function (this: ReactiveElement, changed: PropertyValues): void {
  if (inUpdate) return reflect.call(this, changed);
  inUpdate = true;
  try {
    (this as unknown as { update(changed: PropertyValues): void }).update(changed);
  } finally {
    inUpdate = false;
  }
};
LitElement.prototype['update'] = function (this: LitElement, changed: PropertyValues): void {
  reflect.call(this, changed);
};

/**
 * The hydration markers Lit's server renderer writes (`<!--lit-part …-->`, `<!--lit-node 3-->`,
 * `<?lit$…$?>`, `defer-hydration`): nothing hydrates this output (the element renders afresh and
 * replaces it), so they go. Data text cannot match them: its `<` is written `&lt;`.
 */
const unmark = (markup: string): string =>
  markup
    .replace(/<!--\/?lit-(?:part|node)[^>]*?-->/g, '')
    .replace(/<\?(?:lit\$\d+\$)?>/g, '')
    .replace(/ defer-hydration(?:="")?/g, '')
    // Only the declarative attribute browsers read now.
    .replace(/ shadowroot="open"/g, '')
    // A `.checked` binding comes out as checked="true" or checked="false": the second would check it too.
    .replace(/ checked="false"/g, '')
    .replace(/ checked="true"/g, ' checked')
    // The gauge sets role="meter" as a property (ARIA reflection, outlook-gauge.ts says why), which
    // the server renderer does not write: written here (test/render/render.test.mjs checks it is).
    .replace(/<div\s+class="meter"\s+part="meter"(?!\s+role=)/g, '$& role="meter"');

/**
 * Shorter output, read the same: indentation goes, and the styles are shrunk as the CDN build
 * shrinks them (`shrinkCss`, whose tests on the built file show the elements render the same).
 */
const shorten = (markup: string): string =>
  markup
    .replace(/<style>([^]*?)<\/style>/g, (_, css: string) => `<style>${shrinkCss(css)}</style>`)
    // Indentation goes; a line break stays: between two tags it may be the space between two words
    // ("Source: How To Become…").
    .replace(/\n\s+/g, '\n');


/**
 * The fallback link inside the tag: what a reader gets when the template is stripped and no script
 * runs. The source of what the widget shows: the projections for the outlook gauge, else the wages.
 */
function fallbackLink(profile: OccupationProfile, widget: RenderWidget): string {
  const source = widget === 'outlook-gauge' ? (profile.projection?.source ?? profile.wages?.source) : (profile.wages?.source ?? profile.projection?.source);
  const text = `${profile.title}${source ? ` (${source.name})` : ''}`;
  return source?.url ? `<a href="${escapeAttribute(source.url)}">${escapeText(text)}</a>` : `<p>${escapeText(text)}</p>`;
}

/** One element, pre-rendered: the HTML `mrt-widgets render` writes. Throws RenderError for input it cannot render. */
export async function renderWidget(options: RenderOptions): Promise<Rendered> {
  const tag = `mrt-${options.widget}`;
  if (!(RENDER_WIDGETS as readonly string[]).includes(options.widget)) throw new RenderError(`no widget "${options.widget}" (${RENDER_WIDGETS.join(', ')})`);
  const occupation = options.profile ? undefined : (options.occupation ?? DEFAULT_OCCUPATION);
  if (occupation !== undefined && !isBuiltInId(occupation))
    throw new RenderError(`"${occupation}" is not a built-in profile; give a profile file with --profile`);
  const text = options.profile?.text ?? (await builtIn(occupation!));
  const reading = readText(text, options.profile?.what ?? `data/${occupation}.json`);
  if ('problem' in reading) throw new RenderError(formatProblem(reading.problem));
  const { profile, problems } = reading.result;
  // A snippet is written once and pasted for good: a profile with any problem is refused, not
  // rendered with a data-problem message in it.
  if (!profile || problems.length) {
    throw new RenderError(`${options.profile?.what ?? occupation} is not a profile the widgets can show:\n  ${problems.map(formatProblem).join('\n  ')}`);
  }
  const locale = resolveLocale(options.locale);
  // What the browser loads on first use, here before the render, so it renders the finished widget.
  const drawings = await loadElements();
  await loadStrings(locale);
  if (options.widget === 'state-wages' || options.widget === 'career-profile') await drawings.map();
  if (options.widget === 'career-profile') await drawings.profile();

  const element = ELEMENTS[options.widget](reading.raw, locale, options.theme ?? 'auto');
  const markup = shorten(unmark(await collectResult(renderToParts(element))));
  // The element's own checks (a salary card needs wages): its visible message says what is missing.
  const message = /<p class="message" part="message">([^<]*)/.exec(markup);
  if (message) throw new RenderError(`<${tag}> cannot show ${options.profile?.what ?? occupation}: ${unescape(message[1])}`);
  const open = new RegExp(`^<${tag}((?:\\s+[\\w-]+(?:="[^"]*")?)*)>`).exec(markup);
  const close = `</${tag}>`;
  if (!open || !markup.endsWith(close)) throw new RenderError(`unexpected output from the server renderer for <${tag}>`);

  // The host's attributes: what the renderer reflected (theme, basis), then the inputs.
  const attributes = new Map<string, string>();
  for (const [, name, value] of open[1].matchAll(/\s+([\w-]+)(?:="([^"]*)")?/g)) attributes.set(name, unescape(value ?? ''));
  if (occupation) attributes.set('occupation', occupation);
  if (options.theme) attributes.set('theme', options.theme);
  if (options.locale) {
    attributes.set('locale', options.locale);
    // As the element sets it when it runs: its text's language, for screen readers.
    attributes.set('lang', locale);
  }
  const type = customElements.get(tag) as unknown as typeof LitElement;
  // The inline profile as the element will read it, written so no text in it can end the script.
  const json = options.profile ? toScriptSafeJson(reading.raw) : '';
  attributes.set(STAMP, stampOf(type.observedAttributes, (name) => attributes.get(name) ?? null, json));
  const inline = json && `<script type="application/json">${json}</script>`;
  const head = `<${tag}${[...attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`;
  // Every shadow root, the nested elements' too, starts with the style for controls that wait for
  // the script and ends with the veil the script renders behind (src/internal/prerendered.ts).
  const body = withoutScript(markup.slice(open[0].length, -close.length))
    .replace(/<template shadowrootmode="open">/g, (start) => `${start}${WAITING}`)
    .replace(/<\/template>/g, (end) => `${VEIL}${end}`);
  return {
    html: `${head}${body}${inline}${fallbackLink(profile, options.widget)}${close}\n`,
  };
}
