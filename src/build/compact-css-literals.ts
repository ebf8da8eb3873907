/**
 * Build step (wxt.config.ts): the CSS the content script injects into its shadow roots is
 * written readably in `const …CSS = \`…\`` template literals; the build strips the layout
 * whitespace from them, because every byte of the content script counts against its size
 * budget (test/bench/bundle-sizes.ts). Only literals without `${…}` are touched.
 */
import type { Plugin } from 'vite';

/** Whitespace a browser ignores: runs collapse, none around `{ } ; , >` or after `:`, no `;` before `}`. */
export function compactCss(css: string): string {
  return css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The modules whose CSS literals are compacted. */
const FILES = /\/src\/ui\/warnings\/styles\.ts$/;

export function compactCssLiterals(): Plugin {
  return {
    name: 'icp-compact-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!FILES.test(id.split('?')[0]!)) return null;
      return { code: code.replace(/(CSS = `)([^`$]*)`/g, (_m, head: string, css: string) => `${head}${compactCss(css)}\``), map: null };
    },
  };
}
