/**
 * A piece loaded on first use (an `import()` of a chunk: the reader, the Spanish text, the state
 * map's drawing; docs/decisions/0014-cdn-chunks.md), once per page however many elements ask:
 * the module itself once it is here (so a later element renders in its first update), the one
 * promise while it loads, and after a failed load a new try for the next element that asks.
 */
export function firstUse<T>(load: () => Promise<T>): () => T | Promise<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return () =>
    loaded ??
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
}
