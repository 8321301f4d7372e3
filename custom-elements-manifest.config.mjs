// `npm run analyze` (part of `npm run build`) writes custom-elements.json from the JSDoc, and from
// it the JSX and Vue template types in types/ (checked in, and checked current by CI like the manifest).
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Each element's class, from its own module in dist/ (paths are relative to types/). */
const componentTypePath = (_name, tag) => `../dist/components/${tag.slice('mrt-'.length)}/${tag.slice('mrt-'.length)}.js`;

/**
 * Each event's `detail` type, as the generators print it (`CustomEvent<detail>`), by an import from
 * dist/ relative to types/: the JSDoc `@fires` tag has no place for it.
 */
const eventDetail = (name) => {
  const file = name.slice('mrt-'.length);
  const className = `Mrt${file.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase())}Event`;
  return { type: { text: `import("../dist/events/${file}.js").${className}["detail"]` } };
};

export default {
  globs: ['src/components/*/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.layout.ts', 'src/**/*.template.ts', 'src/**/*.map.ts'],
  litelement: true,
  plugins: [
    {
      // Every element spreads PROFILE_PROPERTIES (src/internal/profile-controller.ts) into its
      // `static properties`; the analyzer does not follow the spread, so the shared attributes
      // are listed here from the fields, which each element declares with its JSDoc and default.
      name: 'mrt-profile-attributes',
      packageLinkPhase({ customElementsManifest }) {
        // Modules in path order, whatever order the file system lists them in (CI compares the file).
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        const attributes = { occupation: 'occupation', src: 'src', srcTimeout: 'src-timeout', locale: 'locale', theme: 'theme' };
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.tagName) continue;
            const shared = Object.entries(attributes).flatMap(([fieldName, name]) => {
              const field = decl.members?.find((m) => m.kind === 'field' && m.name === fieldName);
              if (!field) return [];
              field.attribute = name;
              const { type, description, default: value } = field;
              return [{ name, fieldName, ...(type ? { type } : {}), ...(description ? { description } : {}), ...(value ? { default: value } : {}) }];
            });
            decl.attributes = [...shared, ...(decl.attributes ?? [])];
          }
        }
      },
    },
    {
      // The analyzer reads `dispatchEvent(new MrtBasisChangeEvent(basis))` as an
      // event named "basis"; our events are all `mrt-…` and documented by @fires.
      name: 'mrt-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('mrt-')).map((e) => ({ ...e, ...eventDetail(e.name) }));
          }
        }
      },
    },
      customElementJsxPlugin({ outdir: 'types', fileName: 'jsx.d.ts', componentTypePath, hideLogs: true }),
    customElementVuejsPlugin({ outdir: 'types', fileName: 'vue.d.ts', componentTypePath, hideLogs: true }),
  ],
};
