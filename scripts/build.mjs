// npm run build: package modules, CDN bundle and stylesheet, embed page, snippet builder and
// resize script, type declarations, element manifest.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { writeReadmeSnippet } from './integrity.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
// The embed page's script and resize.js before the builder, which carries the hashes of the files its snippets load.
run(bin('vite'), ['build', '--mode', 'embed-script', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'resize', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'embed', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// Types for `mrt-widgets/cdn/mrt-widgets.js`, the declarations of src/cdn.ts (dist/cdn.d.ts).
writeFileSync(
  'dist/cdn/mrt-widgets.d.ts',
  `/**
 * The CDN file: one self-contained module that registers every element. Browser only: it defines
 * custom elements when it loads, so server-rendering frameworks load it on the client. In Node,
 * import \`mrt-widgets\` or an element's entry instead.
 */
export * from '../cdn.js';
`,
);
run('npm', ['run', '--silent', 'analyze']);
// The README's versioned CDN snippet with the built files' integrity hashes (checked current in CI).
if (writeReadmeSnippet()) console.log('README.md: versioned snippet updated');
console.log('built dist/ and custom-elements.json');
