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
import { ATTRIBUTE_TOKENS, forEachPlainVariant, PERSON_ROLE_WEIGHT, personParts, type PersonRole } from './label-dictionary';

export interface LabelScore {
  /** Logical key (label-dictionary.ts). */
  key: string;
  /** 0..1 */
  score: number;
}

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
  partial: Map<string, Array<IndexedVariant | PersonRole>>;
  /** Person suffixes: [text, index into a role's keys]. */
  suffixes: ReadonlyArray<readonly [string, number]>;
}

function addTo<T>(map: Map<string, T[]>, at: string, v: T): void {
  const list = map.get(at);
  if (list) list.push(v);
  else map.set(at, [v]);
}

let index: DictionaryIndex | undefined;

/** The label dictionary indexed, on first use. */
function dictionaryIndex(): DictionaryIndex {
  if (index) return index;
  const { roles, suffixes } = personParts();
  const built: DictionaryIndex = { exact: new Map(), partial: new Map(), suffixes };
  forEachPlainVariant((key, text, weight) => {
    if (!text) return;
    const v = { key, text, weight };
    addTo(built.exact, text, v);
    if (text.length >= 6 || (text.length >= 3 && hasCjk(text))) addTo(built.partial, text.slice(0, 2), v);
  });
  // Every role is long enough to match partially (label-dictionary.test.ts), so are its pairs.
  for (const r of roles) addTo(built.partial, r.text.slice(0, 2), r);
  index = built;
  return index;
}

type Offer = (key: string, score: number) => void;

/**
 * Offers the person variants (role + suffix, or a role alone) found at `at`: the whole text
 * when `exact`, else shorter than it. Keys in dictionary order, as an index of every pair would
 * offer them (the first offer of a key decides its place among equal scores).
 */
function offerPersons(t: string, at: number, list: ReadonlyArray<IndexedVariant | PersonRole>, suffixes: DictionaryIndex['suffixes'], exact: boolean, offer: Offer): void {
  const found: Array<[order: number, key: string, length: number, weight: number]> = [];
  const fits = (length: number): boolean => (exact ? length === t.length : length < t.length);
  for (const r of list) {
    if (!('keys' in r) || !t.startsWith(r.text, at)) continue;
    const end = at + r.text.length;
    if (r.alone && fits(r.text.length)) found.push([r.base, r.keys[0]!, r.text.length, PERSON_ROLE_WEIGHT]);
    for (const [s, sub] of suffixes) {
      if (fits(r.text.length + s.length) && t.startsWith(s, end)) found.push([r.base + sub, r.keys[sub]!, r.text.length + s.length, 1]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  for (const [, key, length, weight] of found) offer(key, exact ? weight : partialScore(t.length, length, at, weight));
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
  const offer: Offer = (key, score) => {
    if (score > (best.get(key) ?? 0)) best.set(key, score);
  };
  for (const v of idx.exact.get(t) ?? []) offer(v.key, v.weight);
  const first = idx.partial.get(t.slice(0, 2));
  if (first) offerPersons(t, 0, first, idx.suffixes, true, offer);
  for (let i = 0; i + 2 < t.length; i++) {
    const list = i ? idx.partial.get(t.slice(i, i + 2)) : first;
    if (!list) continue;
    let persons = false;
    for (const v of list) {
      if ('keys' in v) persons = true;
      else if (v.text.length < t.length && t.startsWith(v.text, i)) offer(v.key, partialScore(t.length, v.text.length, i, v.weight));
    }
    if (persons) offerPersons(t, i, list, idx.suffixes, false, offer);
  }
  return [...best].map(([key, score]) => ({ key, score })).sort((a, b) => b.score - a.score);
}

const memo = new Map<string, LabelScore[]>();
const MEMO_LIMIT = 4000;

/** All logical keys the text could mean, best first (scores > 0 only). */
export function scoreLabel(text: string): LabelScore[] {
  return scoreNorm(normalizeLabel(text));
}

/** scoreLabel for an already normalised text (memoised). */
export function scoreNorm(t: string): LabelScore[] {
  if (!t || t.length > 40) return [];
  let hit = memo.get(t);
  if (!hit) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    hit = scoreNormalized(t);
    memo.set(t, hit);
  }
  return hit;
}

/** The best logical key for a label text, or undefined. */
export function bestLabel(text: string): LabelScore | undefined {
  return scoreLabel(text)[0];
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
