/**
 * The embed page (`dist/embed/index.html`): renders one element, chosen by the
 * query string, full width on a transparent page, and tells the page that
 * holds it in an iframe its height, on load and after every change.
 */
// Registers every element (in the built page, the CDN file beside it: see vite.config.ts).
import '../cdn.js';
import { HEIGHT_MESSAGE, PING_MESSAGE, readEmbedOptions } from './options.js';

const options = readEmbedOptions(location.search);
const locale = options.attributes['locale'];
if (locale) document.documentElement.lang = locale;
document.title = options.title;
// The page's colour scheme is the widget's, so the few pixels around it match it (an iframe whose
// scheme differs from its host's gets an opaque background of its own scheme).
const theme = options.attributes['theme'];
document.documentElement.classList.add(theme === 'dark' || theme === 'light' ? theme : 'auto');

// In a landmark, so a reader who lands in the iframe finds the widget as the page's main content.
const main = document.createElement('main');
if (options.widget) {
  const el = document.createElement(`mrt-${options.widget}`);
  for (const [name, value] of Object.entries(options.attributes)) el.setAttribute(name, value);
  main.append(el);
} else {
  const message = document.createElement('p');
  message.className = 'problem';
  message.textContent = options.problem ?? '';
  main.append(message);
}
document.body.append(main);
document.querySelector('noscript')?.remove();

if (parent !== window) {
  let last = -1;
  const post = (always = false): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    // Only a height goes out, so any parent may read it.
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => post()).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source === parent && (event.data as { type?: unknown } | null)?.type === PING_MESSAGE) post(true);
  });
}
