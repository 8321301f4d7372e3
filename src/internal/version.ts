/** The package's version (package.json's, checked by test/render/render.test.mjs): pre-rendered output carries it. */
export const VERSION = '0.1.0';
