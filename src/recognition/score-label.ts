/**
 * Scores a label text against the label dictionary. Pure: no DOM.
 *
 * Exact matches score the variant's weight. A variant contained in a longer text (a label
 * with extra words, a placeholder such as "请输入网站名称") scores less, the less of the text
 * it covers; short variants (under 3 Chinese characters or 6 Latin letters) must match
 * exactly, so "name" or "备注" never match inside unrelated words.
 */
import { hasCjk, normalizeLabel } from './normalize';
import { ATTRIBUTE_TOKENS, LABEL_DICTIONARY, type LabelEntry } from './label-dictionary';

export interface LabelScore {
  /** Logical key (label-dictionary.ts). */
  key: string;
  /** 0..1 */
  score: number;
}

function variantScore(text: string, variant: string, weight: number): number {
  if (text === variant) return weight;
  const min = hasCjk(variant) ? 3 : 6;
  if (variant.length < min || variant.length >= text.length) return 0;
  const at = text.indexOf(variant);
  if (at < 0) return 0;
  const coverage = variant.length / text.length;
  const edge = at === 0 || at + variant.length === text.length;
  return weight * ((edge ? 0.55 : 0.45) + 0.4 * coverage);
}

/** All logical keys the text could mean, best first (scores > 0 only). */
export function scoreLabel(text: string, dictionary: readonly LabelEntry[] = LABEL_DICTIONARY): LabelScore[] {
  const t = normalizeLabel(text);
  if (!t || t.length > 40) return [];
  return scoreNormalized(t, dictionary);
}

export function scoreNormalized(t: string, dictionary: readonly LabelEntry[] = LABEL_DICTIONARY): LabelScore[] {
  const out: LabelScore[] = [];
  for (const entry of dictionary) {
    let best = 0;
    for (const v of entry.variants) {
      const s = variantScore(t, v.text, v.weight);
      if (s > best) best = s;
    }
    if (best > 0) out.push({ key: entry.key, score: best });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The best logical key for a label text, or undefined. */
export function bestLabel(text: string): LabelScore | undefined {
  return scoreLabel(text)[0];
}

/** Weak evidence from name/id attributes: the longest known token contained. */
export function scoreAttribute(value: string): LabelScore | undefined {
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!v) return undefined;
  let best: readonly [string, string] | undefined;
  for (const pair of ATTRIBUTE_TOKENS) {
    if (v.includes(pair[0]) && (!best || pair[0].length > best[0].length)) best = pair;
  }
  return best ? { key: best[1], score: 1 } : undefined;
}
