// The formatting module as Node runs it (a server renderer, the importer): the
// built dist/data.js must give the same text as the browsers do, case for case
// (test/data/format-cases.json, also run in Chromium, Firefox and WebKit).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import * as format from '../../dist/data.js';

const { cases } = JSON.parse(readFileSync(new URL('../data/format-cases.json', import.meta.url), 'utf8'));

it('dist/data.js formats every case as the browsers do (en-US, es-US, es-ES)', () => {
  for (const [name, args, text] of cases) {
    assert.equal(format[name](...args), text, `${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
});
