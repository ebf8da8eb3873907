/**
 * Scores a label text against the label dictionary. Pure: no DOM.
 *
 * Exact matches score the variant's weight. A variant contained in a longer text (a label
 * with extra words, a placeholder such as "请输入网站名称") scores less, the less of the text
 * it covers; short variants (under 3 Chinese characters or 6 Latin letters) must match
 * exactly, so "name" or "备注" never match inside unrelated words.
 *
 * Speed: recognition scores every short text on the page, so the dictionary is indexed once
 * (exact texts in a map, partial candidates by their first two characters) and results are memoised
 * per normalised text (forms repeat their labels: 19 websites, the same person fields). Person
 * labels (role + field, label-dictionary.ts) are matched as a role, then a field after it: the
 * same offers, in the same order, as if every pair were indexed (score-label.test.ts checks it
 * against a plain scan of the expanded dictionary).
 */
import { hasCjk, normalizeLabel } from './normalize';
import { ATTRIBUTE_TOKENS, forEachPlainVariant, PERSON_FIELDS, PERSON_ROLES } from './label-dictionary';

export interface LabelScore {
  /** Logical key (label-dictionary.ts). */
  key: string;
  /** 0..1 */
  score: number;
}

/**
 * A variant; or, with weight 0, a person role (label-dictionary.ts: text the role, key its
 * section, its pairs with the fields weigh 1). One shape for both keeps the loop monomorphic.
 */
interface IndexedVariant {
  key: string;
  text: string;
  weight: number;
}

interface DictionaryIndex {
  exact: Map<string, IndexedVariant[]>;
  /**
   * Variants long enough to match inside a longer text (3 characters at least), by their first
   * two: a text is tried at each position against the few variants starting with the two
   * characters there, not against every variant starting with the first. Person roles come
   * last in their list, after every plain variant, as the person keys follow the plain ones.
   */
  partial: Map<string, IndexedVariant[]>;
}

function addTo(map: Map<string, IndexedVariant[]>, at: string, v: IndexedVariant): void {
  const list = map.get(at);
  if (list) list.push(v);
  else map.set(at, [v]);
}

let index: DictionaryIndex | undefined;

/** The label dictionary indexed, on first use. */
function dictionaryIndex(): DictionaryIndex {
  if (index) return index;
  const built: DictionaryIndex = { exact: new Map(), partial: new Map() };
  // No variant is empty (label-dictionary.test.ts).
  forEachPlainVariant((key, text, weight) => {
    const v = { key, text, weight };
    addTo(built.exact, text, v);
    if (text.length >= 6 || (text.length >= 3 && hasCjk(text))) addTo(built.partial, text.slice(0, 2), v);
  });
  // Every role is long enough to match partially (label-dictionary.test.ts), so are its pairs.
  for (const [section, packed] of Object.entries(PERSON_ROLES)) {
    for (const text of packed.split('|')) addTo(built.partial, text.slice(0, 2), { key: section, text, weight: 0 });
  }
  index = built;
  return index;
}

/** How many entries the index holds (exact texts, partial candidates): tests. */
export function dictionaryIndexSize(): { exact: number; partial: number } {
  const idx = dictionaryIndex();
  let partial = 0;
  for (const list of idx.partial.values()) partial += list.length;
  return { exact: [...idx.exact.values()].reduce((n, list) => n + list.length, 0), partial };
}

/** Indexes the label dictionary now (at idle, before a form appears), not at its first use. */
export function indexLabelDictionary(): void {
  dictionaryIndex();
}

/** Score of a variant found at `at` in a longer text. */
export function partialScore(textLength: number, variantLength: number, at: number, weight: number): number {
  const coverage = variantLength / textLength;
  const edge = at === 0 || at + variantLength === textLength;
  return weight * ((edge ? 0.55 : 0.45) + 0.4 * coverage);
}

export function scoreNormalized(t: string): LabelScore[] {
  const idx = dictionaryIndex();
  const best = new Map<string, number>();
  const offer = (key: string, score: number): void => {
    if (score > (best.get(key) ?? 0)) best.set(key, score);
  };
  for (const v of idx.exact.get(t) ?? []) offer(v.key, v.weight);
  for (let i = 0; i + 2 < t.length; i++) {
    // Plain variants, then person roles (last in the list), as in the dictionary's order.
    for (const v of idx.partial.get(t.slice(i, i + 2)) ?? []) {
      if (v.weight) {
        if (v.text.length < t.length && t.startsWith(v.text, i)) offer(v.key, partialScore(t.length, v.text.length, i, v.weight));
      } else if (t.startsWith(v.text, i)) {
        // A person pair (role + field, weight 1): exact when it is the whole text. Offered after
        // the plain partial ones at 0, unlike an indexed pair: same order all the same, as only
        // exact offers score 1 and the plain exact ones come first.
        const end = i + v.text.length;
        for (const [field, suffixes] of Object.entries(PERSON_FIELDS)) {
          for (const s of suffixes.split('|')) {
            if (t.startsWith(s, end)) offer(`${v.key}.principal.${field}`, end + s.length < t.length || i ? partialScore(t.length, end - i + s.length, i, 1) : 1);
          }
        }
      }
    }
  }
  return [...best].map(([key, score]) => ({ key, score })).sort((a, b) => b.score - a.score);
}

/** Memo per normalised text, cleared at 4,000 entries (as the section memo). */
const memo = new Map<string, LabelScore[]>();

/** All logical keys the text could mean, best first (scores > 0 only). */
export function scoreLabel(text: string): LabelScore[] {
  return scoreNorm(normalizeLabel(text));
}

/** scoreLabel for an already normalised text (memoised). */
export function scoreNorm(t: string): LabelScore[] {
  if (!t || t.length > 40) return [];
  let hit = memo.get(t);
  if (!hit) {
    if (memo.size >= 4000) memo.clear();
    hit = scoreNormalized(t);
    memo.set(t, hit);
  }
  return hit;
}

/** The best logical key for a label text, or undefined. */
export function bestLabel(text: string): LabelScore | undefined {
  return scoreNorm(normalizeLabel(text))[0];
}

/** Weak evidence from name/id attributes: the longest known token contained. */
export function scoreAttribute(value: string): LabelScore | undefined {
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  let best: readonly [string, string] | undefined;
  for (const pair of ATTRIBUTE_TOKENS) {
    if (v.includes(pair[0]) && (!best || pair[0].length > best[0].length)) best = pair;
  }
  return best ? { key: best[1], score: 1 } : undefined;
}
