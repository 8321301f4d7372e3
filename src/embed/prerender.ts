import type { LitElement } from 'lit';
import { cssText } from '../internal/document-styles.js';
import { escapeAttribute, escapeText } from '../internal/markup.js';
import { STAMP, VEIL, WAITING, withoutScript, stampOf } from '../internal/prerendered.js';

/**
 * The snippet builder's pre-rendered snippet, made from its live preview: the element's shadow
 * root (and those of the elements inside it) serialised as declarative shadow DOM, with its styles
 * inline and the stamp the element checks when the script takes it over, as `mrt-widgets render`
 * writes it (src/render/render.ts renders the same on the server).
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);


/** The CSS of an element class's styles. */
const stylesOf = (element: Element): string => ((element.constructor as Partial<typeof LitElement>).elementStyles ?? []).map(cssText).join('');

/** A node as HTML, shadow roots written as declarative shadow DOM; comments (Lit's markers) left out. */
function serialise(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const tag = element.localName;
  const attributes = [...element.attributes].map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(a.value)}"`)).join('');
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  return `<${tag}${attributes}>${declarative(element)}${[...element.childNodes].map(serialise).join('')}</${tag}>`;
}

/** An element's shadow root as a `<template shadowrootmode="open">`, or nothing when it has none. */
export function declarative(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const content = [...root.childNodes].map(serialise).join('');
  return `<template shadowrootmode="open">${WAITING}<style>${stylesOf(element)}</style>${content}${VEIL}</template>`;
}

/**
 * The element `element` (rendered, not loading) as the pre-rendered snippet's tag: `attributes`
 * (the snippet's own, which the stamp covers), its shadow root, and `fallback` inside for editors
 * that strip `<template>`.
 */
export function prerenderedElement(element: Element, attributes: [string, string][], fallback: string): string {
  const tag = element.localName;
  const given = new Map(attributes);
  const stamp = stampOf((element.constructor as typeof LitElement).observedAttributes, (name) => given.get(name) ?? null);
  const attrs = [...attributes, [STAMP, stamp]].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<${tag}${attrs}>${withoutScript(declarative(element))}${fallback}</${tag}>`;
}
