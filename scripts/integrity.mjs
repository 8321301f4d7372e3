// Subresource Integrity hashes (sha384, as browsers and CMS security reviews expect) of the files
// the snippets load by a tag: the CDN script and stylesheet and the embed's resize.js. The snippet
// builder gets them at build time (vite.config.ts, `--mode embed`), and `npm run build` writes the
// README's versioned snippet with them (between the `snippet:versioned` markers), which CI checks
// is current like custom-elements.json. SRI cannot cover what the script loads later
// (the chunks cdn/read-profile-<hash>.js, cdn/strings-es-<hash>.js, …, and data/*.json): see docs/decisions/0011-framework-layers-and-package-checks.md.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** The files a snippet's tags load, by their path under dist/. */
export const TAGGED_FILES = ['cdn/mrt-widgets.js', 'cdn/mrt-widgets.css', 'embed/resize.js'];

/** `{ 'cdn/mrt-widgets.js': 'sha384-…', … }` for the built files in `dist`. */
export function integrity(dist = 'dist') {
  return Object.fromEntries(TAGGED_FILES.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(`${dist}/${file}`)).digest('base64')}`]));
}

/** The README's versioned CDN snippet, for the package's version and the built files. */
export function versionedSnippet(version, hashes = integrity()) {
  const base = `https://cdn.jsdelivr.net/npm/mrt-widgets@${version}/dist/`;
  return [
    '```html',
    `<link rel="stylesheet" href="${base}cdn/mrt-widgets.css"`,
    `      integrity="${hashes['cdn/mrt-widgets.css']}" crossorigin="anonymous">`,
    `<script type="module" src="${base}cdn/mrt-widgets.js"`,
    `        integrity="${hashes['cdn/mrt-widgets.js']}" crossorigin="anonymous"></script>`,
    '```',
  ].join('\n');
}

const BEGIN = '<!-- snippet:versioned (npm run build writes this block) -->';
const END = '<!-- /snippet:versioned -->';

/** Rewrites the README's versioned snippet block; returns whether it changed. */
export function writeReadmeSnippet(readme = 'README.md') {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readme}: no ${BEGIN} … ${END} block`);
  const next = `${text.slice(0, start + BEGIN.length)}\n${versionedSnippet(version)}\n${text.slice(end)}`;
  if (next !== text) writeFileSync(readme, next);
  return next !== text;
}
