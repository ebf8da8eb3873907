/**
 * A value built on first use, then kept. For zod schemas in modules the content script
 * imports: building a schema costs time at every page load, and most are needed only when a
 * message is sent or answered (often never). `export const X = /* @__PURE__ *\/ x()` keeps the
 * eager name for other bundles; a bundle that never reads `X` drops it and builds nothing.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
