import { DEFAULT_OCCUPATION, isBuiltInId } from '../data/profiles.js';
import type { Theme } from '../internal/locale.js';
import { escapeAttribute, escapeText } from '../internal/markup.js';
import { OCCUPATIONS, embedTitle } from './options.js';
import type { Widget } from './options.js';

/** What an editor chose in the snippet builder. */
export interface SnippetChoice {
  widget: Widget;
  occupation: string;
  theme: Theme;
  locale: 'en' | 'es';
  /** Width in px, or 0 for the full width of the column. */
  width: number;
  /** Where the package's `dist/` folder is served, ending in `/`. */
  base: string;
  /** Height in px for the fixed-height iframe (measured in the builder's preview). */
  height: number;
  /**
   * Subresource Integrity hashes (`sha384-…`) of the files the tags load, by their path under
   * `dist/` (`cdn/mrt-widgets.js`, `cdn/mrt-widgets.css`, `embed/resize.js`); a tag whose file
   * has none gets no `integrity`.
   */
  integrity?: Readonly<Partial<Record<TaggedFile, string>>>;
}

/** The files a snippet loads by a tag, by their path under `dist/`. */
export type TaggedFile = 'cdn/mrt-widgets.js' | 'cdn/mrt-widgets.css' | 'embed/resize.js';

/**
 * `integrity` and `crossorigin` for a tag loading `file`, or nothing: a browser checks an
 * integrity hash only on a CORS request, so the two go together.
 */
const sri = (choice: SnippetChoice, file: TaggedFile): string => {
  const hash = choice.integrity?.[file];
  return hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
};


/** Attributes that differ from the defaults, in a stable order. */
export function attributes(choice: SnippetChoice): [string, string][] {
  const out: [string, string][] = [];
  if (choice.occupation !== DEFAULT_OCCUPATION) out.push(['occupation', choice.occupation]);
  if (choice.theme !== 'auto') out.push(['theme', choice.theme]);
  if (choice.locale !== 'en') out.push(['locale', choice.locale]);
  return out;
}

/** The embed page's address for a choice. */
export function embedUrl(choice: SnippetChoice): string {
  const query = new URLSearchParams([['widget', choice.widget], ...attributes(choice)]);
  return `${choice.base}embed/index.html?${query}`;
}

const iframe = (choice: SnippetChoice): string => {
  const title = embedTitle(choice.widget, choice.occupation, choice.locale);
  const width = choice.width ? String(choice.width) : '100%';
  return `<iframe src="${escapeAttribute(embedUrl(choice))}" title="${escapeAttribute(title)}" width="${width}" height="${choice.height}" loading="lazy" style="border:0;max-width:100%;color-scheme:normal"></iframe>`;
};

/** The link inside the tag, for readers without scripts (and editors that strip `<template>`). */
export function fallbackLink(choice: SnippetChoice): string {
  const occupation = OCCUPATIONS[isBuiltInId(choice.occupation) ? choice.occupation : DEFAULT_OCCUPATION];
  return `<a href="${escapeAttribute(choice.widget === 'outlook-gauge' ? occupation.outlookUrl : occupation.url)}">${escapeText(embedTitle(choice.widget, choice.occupation, choice.locale))} (U.S. Bureau of Labor Statistics)</a>`;
}

/** The stylesheet and the script of the script tier. */
const scriptTags = (choice: SnippetChoice): string[] => [
  `<link rel="stylesheet" href="${escapeAttribute(choice.base)}cdn/mrt-widgets.css"${sri(choice, 'cdn/mrt-widgets.css')}>`,
  `<script type="module" src="${escapeAttribute(choice.base)}cdn/mrt-widgets.js"${sri(choice, 'cdn/mrt-widgets.js')}></script>`,
];

/**
 * Snippet D, pre-rendered: the script tier's two tags and `element`, the widget as HTML with its
 * shadow root written out (src/embed/prerender.ts, or `mrt-widgets render`), which the script
 * takes over in place when it arrives.
 */
export const prerenderedSnippet = (choice: SnippetChoice, element: string): string => [...scriptTags(choice), element].join('\n');

/**
 * The three snippets: (a) the script and the element, with a link inside it
 * for readers without scripts; (b) the iframe and the script that sizes it;
 * (c) the iframe alone, at a fixed height, for editors that strip every script.
 */
export function snippets(choice: SnippetChoice): { script: string; iframeResize: string; iframeFixed: string } {
  const tag = `mrt-${choice.widget}`;
  const attrs = attributes(choice)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const style = choice.width ? ` style="max-width:${choice.width}px"` : '';
  return {
    script: [...scriptTags(choice), `<${tag}${attrs}${style}>${fallbackLink(choice)}</${tag}>`].join('\n'),
    iframeResize: [iframe(choice), `<script src="${escapeAttribute(choice.base)}embed/resize.js"${sri(choice, 'embed/resize.js')} async></script>`].join('\n'),
    iframeFixed: iframe(choice),
  };
}
