/**
 * Text normalisation for label matching. Labels on filing forms come with required marks
 * (`*`), full- or half-width colons, parenthesised hints, prompt words in placeholders
 * (请输入 …) and arbitrary whitespace; none of that carries meaning.
 */

const PARENTHESISED = /[(\[【][^)\]】]*[)\]】]/g;
const NOISE = /[\s*:\-_.·•、▼▾?？!！"'“”‘’|]/g;
const PROMPT = /^(?:请您?(?:输入|填写|选择|上传)|输入|填写|选择|pleaseenter|pleaseselect|pleaseinput|pleasefillin|enteryour|enter|select|input)/;

/** Lower-case, NFKC-folded, without marks, colons, brackets, whitespace or prompt words. */
// Only full-width forms (：（）＊ …) and the ideographic space need NFKC; skip it otherwise (speed).
const NEEDS_NFKC = /[\u3000\uFF00-\uFFEF]/;

/** Memo: a form repeats its texts (19 websites, the same person fields) and recognition runs per change. */
const memo = new Map<string, string>();

export function normalizeLabel(text: string): string {
  let n = memo.get(text);
  if (n === undefined) {
    const s = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
    n = s.toLowerCase().replace(PARENTHESISED, '').replace(NOISE, '').replace(PROMPT, '');
    // Short texts only (labels), so the memo never holds a page's worth of text.
    if (text.length <= 200) {
      if (memo.size >= 4000) memo.clear();
      memo.set(text, n);
    }
  }
  return n;
}

/** Values shown as text: the adapters' reading (src/controls/shown-text.ts). */
export { cleanText } from '../controls/shown-text';

/** The text contains Chinese characters (partial matches are allowed from 3 of them). */
export function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}
