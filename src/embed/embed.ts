/**
 * The embed page (`dist/embed/index.html`): renders one element, chosen by the
 * query string, full width on a transparent page, and tells the page that
 * holds it in an iframe its height, on load and after every change.
 */
// Registers every element: each element's module defines its tag when imported. The built page gets
// them in its one classic script, dist/embed/embed.js (vite.config.ts, `--mode embed-script`).
import '../components/salary-card/salary-card.js';
import '../components/salary-range/salary-range.js';
import '../components/outlook-gauge/outlook-gauge.js';
import '../components/state-wages/state-wages.js';
import '../components/career-path/career-path.js';
import '../components/career-profile/career-profile.js';
import { HEIGHT_MESSAGE, PING_MESSAGE, readEmbedOptions } from './options.js';

const options = readEmbedOptions(location.search);
const locale = options.attributes['locale'];
if (locale) document.documentElement.lang = locale;
document.title = options.title;
// The page itself keeps the `normal` colour scheme whatever the widget's theme (the widget sets its
// own): a frame whose page differs in scheme from the iframe element gets an opaque canvas (CSS
// Color Adjustment 1, §3.2), which would paint a dark frame's margin on a light page. Our
// snippets and resize.js give the iframe element `color-scheme: normal` too, so the two match on
// any page, dark ones included.

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
