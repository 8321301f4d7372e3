import { DEFAULT_OCCUPATION, isBuiltInId } from '../data/profiles.js';
import type { BuiltInId } from '../data/profiles.js';

/**
 * What the embed page (`dist/embed/index.html`) accepts in its query string,
 * shared by the page, the snippet builder and the tests. No DOM here.
 */

/** The widgets the embed page renders, by the `widget` parameter: their name in the builder, and what their iframe's title says. */
export const WIDGETS = {
  'salary-card': { label: 'Salary card', en: 'pay', es: 'salario' },
  'salary-range': { label: 'Salary range', en: 'pay range', es: 'rango de salarios' },
  'outlook-gauge': { label: 'Job outlook gauge', en: 'job outlook', es: 'perspectivas de empleo' },
  'state-wages': { label: 'Pay by state', en: 'pay by state', es: 'salario por estado' },
  'career-path': { label: 'Career path', en: 'career path', es: 'trayectoria profesional' },
  'career-profile': { label: 'Career profile (all of them)', en: 'career profile', es: 'perfil profesional' },
} as const;
export type Widget = keyof typeof WIDGETS;

/**
 * The built-in profiles, with the title and the pages of their wage and projection sources (the
 * fallback link for readers whose browser runs no scripts: the outlook gauge's goes to the
 * projections, every other widget's to the wages). A test checks them against data/<id>.json.
 */
export const OCCUPATIONS: Record<BuiltInId, { title: string; url: string; outlookUrl: string; data: string }> = {
  'medical-records-technician': {
    title: 'Medical Records Technician',
    url: 'https://www.bls.gov/oes/2017/may/oes292071.htm',
    outlookUrl: 'https://www.bls.gov/emp/',
    data: 'pay May 2017, projections 2016–26',
  },
  'medical-records-specialists': {
    title: 'Medical Records Specialist',
    url: 'https://www.bls.gov/oes/tables.htm',
    outlookUrl: 'https://www.bls.gov/emp/tables.htm',
    data: 'pay May 2023, projections 2023–33: the newest',
  },
};

/**
 * Attributes the embed page passes on to its element. Not `src`: the page shows built-in
 * profiles only, so nobody can make it show their own figures under this origin.
 */
export const EMBED_ATTRIBUTES = ['occupation', 'theme', 'locale', 'heading-level', 'basis', 'metric', 'view', 'compare', 'current'] as const;

export interface EmbedOptions {
  widget?: Widget;
  /** Attributes for the element, from the query string. */
  attributes: Record<string, string>;
  /** Why nothing can be shown (an unknown widget), for the visible message. */
  problem?: string;
  /** The iframe's and the page's title: "Medical Records Technician: pay". */
  title: string;
}

const isWidget = (name: string | null): name is Widget => name !== null && Object.hasOwn(WIDGETS, name);

/** A query value echoed in a message: its first 40 characters, without controls or bidirectional formatting. */
// Cut by code points (never half a surrogate pair), without control or bidirectional characters.
const echo = (value: string): string => [...value].slice(0, 40).join('').replace(/[\p{Cc}\p{Bidi_Control}]/gu, '');

/**
 * Reads `?widget=outlook-gauge&occupation=…&theme=dark&locale=es`. Values over 100 characters
 * are dropped. An `occupation` that is not exactly a built-in id shows a problem instead of a
 * widget: no address is ever formed from it.
 */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const attributes: Record<string, string> = {};
  for (const name of EMBED_ATTRIBUTES) {
    const value = params.get(name);
    if (value && value.length <= 100) attributes[name] = value;
  }
  const widget = params.get('widget');
  const occupation = params.get('occupation');
  if (occupation !== null && !isBuiltInId(occupation)) {
    delete attributes['occupation'];
    return { attributes, title: embedTitle(undefined), problem: `“${echo(occupation)}” is not a built-in occupation: use ?occupation= with one of ${Object.keys(OCCUPATIONS).join(', ')}.` };
  }
  const title = embedTitle(isWidget(widget) ? widget : undefined, attributes['occupation'], attributes['locale']);
  if (!isWidget(widget)) {
    const known = Object.keys(WIDGETS).join(', ');
    return { attributes, title, problem: `${widget ? `“${echo(widget)}” is not a widget` : 'No widget chosen'}: use ?widget= with one of ${known}.` };
  }
  return { widget, attributes, title };
}

/** "Medical Records Technician: pay", or in Spanish "Medical Records Technician: salario". */
export function embedTitle(widget: Widget | undefined, occupation: string = DEFAULT_OCCUPATION, locale = 'en'): string {
  const name = isBuiltInId(occupation) ? OCCUPATIONS[occupation].title : echo(occupation);
  if (!widget) return name;
  return `${name}: ${WIDGETS[widget][locale.toLowerCase().startsWith('es') ? 'es' : 'en']}`;
}

export const HEIGHT_MESSAGE = 'mrt-widgets:height';
/** The message the embed page sends its parent; resize.js accepts no other. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}
/** What resize.js sends an embed page to ask for its height again. */
export const PING_MESSAGE = 'mrt-widgets:ping';

/** Whether `data` is a height message: the right type and a finite height from 0 to 100,000 px (other keys are ignored). */
export const isHeightMessage = (data: unknown): data is HeightMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as HeightMessage).type === HEIGHT_MESSAGE &&
  typeof (data as HeightMessage).height === 'number' &&
  (data as HeightMessage).height >= 0 &&
  (data as HeightMessage).height <= 100000;
