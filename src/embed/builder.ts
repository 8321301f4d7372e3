/**
 * The snippet builder (`dist/embed/builder.html`, and in the demo): choose a
 * widget and its options, see it live in the embed page, copy one of three
 * snippets. Built with DOM calls only (no HTML strings), so it runs under a
 * strict CSP with Trusted Types.
 */
import { resizeFrames } from './resize.js';
import { OCCUPATIONS, WIDGETS, embedTitle } from './options.js';
import type { Widget } from './options.js';
import { prerenderedElement } from './prerender.js';
import { attributes, embedUrl, fallbackLink, prerenderedSnippet, snippets } from './snippets.js';
import type { SnippetChoice } from './snippets.js';

/** Set by the build (vite.config.ts, `--mode embed`): the package's version and the integrity hashes of the files the snippets load. */
declare const __MRT_VERSION__: string;
declare const __MRT_INTEGRITY__: SnippetChoice['integrity'];

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const form = $<HTMLFormElement>('choices');
const preview = $<HTMLDivElement>('preview');
const measured = $<HTMLParagraphElement>('measured');
const baseInput = $<HTMLInputElement>('base');

// The files beside this page: dist/ when built, the project root in the demo.
const here = new URL('../', location.href).href;
baseInput.value = here;
$<HTMLElement>('version').textContent = __MRT_VERSION__;
for (const [name, { label }] of Object.entries(WIDGETS)) $<HTMLSelectElement>('widget').append(new Option(label, name));
// Each option says how old its figures are, so an editor can pick the newest.
for (const [id, { title, data }] of Object.entries(OCCUPATIONS)) $<HTMLSelectElement>('occupation').append(new Option(`${title} (${data})`, id));
$<HTMLSelectElement>('widget').value = 'salary-card';

const frame = document.createElement('iframe');
frame.loading = 'eager';
preview.append(frame);
resizeFrames(`${here}embed/`);

let height = 600;

function read(): SnippetChoice {
  const data = new FormData(form);
  const base = String(data.get('base') ?? '').trim() || here;
  return {
    widget: String(data.get('widget')) as Widget,
    occupation: String(data.get('occupation')),
    theme: String(data.get('theme')) as SnippetChoice['theme'],
    locale: String(data.get('locale')) as SnippetChoice['locale'],
    width: Number(data.get('width')),
    base: base.endsWith('/') ? base : `${base}/`,
    height,
    integrity: __MRT_INTEGRITY__,
  };
}

function showSnippets(): void {
  const texts = snippets(read());
  for (const [id, text] of Object.entries(texts)) $<HTMLTextAreaElement>(id).value = text;
  showPrerendered();
}

/** Whether anything in `root` (or the elements it holds) still shows its "Loading…" status. */
const loading = (root: ParentNode): boolean =>
  [...root.querySelectorAll('*')].some((e) => e.matches('[role="status"] > .vh') || (e.shadowRoot !== null && loading(e.shadowRoot)));

/**
 * Snippet D: the preview's element, once drawn, serialised with its shadow root (the embed page
 * beside this one is same-origin). The embed page renders the same elements as the CDN file.
 */
function showPrerendered(): void {
  const choice = read();
  const area = $<HTMLTextAreaElement>('prerendered');
  const element = frame.contentDocument?.querySelector(`mrt-${choice.widget}`);
  const ready = element?.shadowRoot && element.shadowRoot.childElementCount > 0 && !loading(element.shadowRoot) && frame.src === embedUrl({ ...choice, base: here });
  area.value = ready ? prerenderedSnippet(choice, prerenderedElement(element, attributes(choice), fallbackLink(choice))) : '';
  area.placeholder = ready ? '' : 'Rendering the preview…';
}

function update(): void {
  const choice = read();
  // The preview shows the embed page served beside this builder, at the chosen width.
  const src = embedUrl({ ...choice, base: here });
  if (frame.src !== src) frame.src = src;
  frame.title = `Preview: ${embedTitle(choice.widget, choice.occupation, choice.locale)}`;
  preview.className = `preview ${choice.width ? `w-${choice.width}` : ''}`;
  showSnippets();
}

// The preview's height, as resizeFrames sets it from the embed page's report, is the fixed height of
// snippet C.
new ResizeObserver(() => {
  if (!frame.style.height) return; // not reported yet
  height = Math.ceil(parseFloat(frame.style.height));
  measured.textContent = `Height at this width: ${height} px.`;
  showSnippets();
}).observe(frame);

// The preview draws after its frame loads (and may load a chunk or a profile): snippet D follows it.
frame.addEventListener('load', () => {
  const started = frame.src;
  const poll = (left: number): void => {
    if (frame.src !== started) return;
    showPrerendered();
    if (!$<HTMLTextAreaElement>('prerendered').value && left > 0) setTimeout(() => poll(left - 1), 100);
  };
  poll(100);
});

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const area = $<HTMLTextAreaElement>(button.dataset['copy']!);
  // The announcement sits next to the button that was pressed.
  const status = $<HTMLParagraphElement>(`${area.id}-status`);
  const name = button.textContent!.replace(/^Copy /, '');
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    // No clipboard permission (an http page, an old browser): copy the selection instead.
    area.select();
    if (!document.execCommand('copy')) {
      status.textContent = `Could not copy ${name}: it is selected, press Ctrl+C (⌘C on a Mac).`;
      return;
    }
    button.focus();
  }
  // Every announcement cleared first, and the new one set a moment later (not in the same frame),
  // so copying the same snippet twice is announced twice.
  document.querySelectorAll('.status').forEach((s) => (s.textContent = ''));
  setTimeout(() => (status.textContent = `Copied ${name} to the clipboard.`), 150);
});

update();
