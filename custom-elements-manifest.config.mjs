// `npm run analyze` (part of `npm run build`) writes custom-elements.json from the JSDoc.
export default {
  globs: ['src/components/*/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.layout.ts', 'src/**/*.template.ts'],
  litelement: true,
  plugins: [
    {
      // The analyzer reads `dispatchEvent(new MrtBasisChangeEvent(basis))` as an
      // event named "basis"; our events are all `mrt-…` and documented by @fires.
      name: 'mrt-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('mrt-'));
          }
        }
      },
    },
  ],
};
