// The README's versioned CDN snippet names the package's version and carries the integrity hashes
// of the built files (npm run build writes it; CI fails when the committed README is not current).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const block = readme.slice(readme.indexOf('<!-- snippet:versioned'), readme.indexOf('<!-- /snippet:versioned -->'));

for (const file of ['cdn/mrt-widgets.js', 'cdn/mrt-widgets.css']) {
  test(`the README loads ${file} of version ${version} with its sha384 integrity hash`, () => {
    const hash = createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64');
    const tag = new RegExp(`"https://cdn\\.jsdelivr\\.net/npm/mrt-widgets@([^/]+)/dist/${file.replace('.', '\\.')}"\\s+integrity="([^"]+)" crossorigin="anonymous"`);
    const [, pinned, integrity] = block.match(tag) ?? [];
    assert.equal(pinned, version);
    assert.equal(integrity, `sha384-${hash}`);
  });
}
