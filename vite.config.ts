import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * Shrinks the text inside our own templates for the CDN file: indentation goes
 * (only template literals hold raw newlines, and in HTML and CSS a newline is
 * whitespace like any other), line breaks between two tags go, and css``
 * blocks lose comments and the spaces around their punctuation. Output renders
 * the same (the tests run on the built file too); measured: -0.3 kB min+gzip.
 */
const minifyTemplates: Plugin = {
  name: 'mrt-minify-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const css = (block: string): string =>
      block
        .replace(/\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/: /g, ':')
        .replace(/;}/g, '}');
    return {
      code: code
        .replace(/\bcss`([^`]*)`/g, (_, block: string) => `css\`${css(block)}\``)
        .replace(/\n[ \t]+/g, '\n')
        // Between two tags a line break is collapsible white space; our templates never rely on it.
        .replace(/>\n</g, '><'),
      map: null,
    };
  },
};

const shim = (name: string): string => fileURLToPath(new URL(`./build/shims/${name}.js`, import.meta.url));

/**
 * `vite build`: the npm package (ES modules; lit and d3 stay imports).
 * `vite build --mode cdn`: one self-contained, minified module for a script tag.
 */
export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyTemplates],
        resolve: { alias: { 'd3-scale': shim('d3-scale'), 'd3-shape': shim('d3-shape') } },
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'mrt-widgets.js' },
          // Vite 8.3 library mode keeps whitespace with `build.minify: true` (measured);
          // rolldown's own output minifier does minify.
          rolldownOptions: { output: { minify: true } },
        },
      }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: {
            entry: {
              index: 'src/index.ts',
              'salary-card': 'src/salary-card.ts',
              'salary-range': 'src/salary-range.ts',
              'outlook-gauge': 'src/outlook-gauge.ts',
              'career-path': 'src/career-path.ts',
              'state-wages': 'src/state-wages.ts',
              'career-profile': 'src/career-profile.ts',
              data: 'src/data.ts',
              // Node only: the importer and its command. Never imported by the browser entries.
              'import/index': 'src/import/index.ts',
              'import/cli': 'src/import/cli.ts',
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^node:/, /^read-excel-file/],
            // One file per source module, so `sideEffects` can name exactly the files that register elements.
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
