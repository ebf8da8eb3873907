/** Text as a control shows it: whitespace collapsed, dropdown arrows dropped; placeholders told apart. */

export function cleanText(text: string): string {
  return text.replace(/[▼▾]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Placeholders shown where a value would be. */
export const PLACEHOLDER_VALUE = /^(?:-*\s*请选择.*|-+\s*选择.*|please select.*|select\.*|--+)$/i;
