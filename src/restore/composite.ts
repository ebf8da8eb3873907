/**
 * Splitting one stored value over the inputs of a composite field (pure).
 * - Phones: `086-022-12345678-123` over [area, number, ext] inputs (the 086 country prefix is
 *   static text on the page).
 * - Region prefix + street: `天津市天津市南开区 某某路1号` where the page shows the prefix as text
 *   and only the street is an input.
 */
import { fail } from '../controls/outcome';

export type SplitResult = { ok: true; parts: string[] } | { ok: false; reason: string };

const COUNTRY_PREFIX = /^(\+?86|0086|086)$/;

export function splitComposite(key: string, value: string, prefixText: string | undefined, inputCount: number): SplitResult {
  if (inputCount <= 0) return fail('no-input');
  if (/(^|\.)(phone|emergencyPhone|mobile)$/.test(key) || (inputCount > 1 && /^[\d+\s-]+$/.test(value))) {
    return splitPhone(value, inputCount);
  }
  if (inputCount === 1) return stripPrefix(value, prefixText);
  return fit(value.split(/\s*-\s*/), inputCount);
}

export function splitPhone(value: string, inputCount: number): SplitResult {
  let parts = value.trim().split(/[\s-]+/).filter(Boolean);
  if (parts.length > 1 && COUNTRY_PREFIX.test(parts[0]!)) parts = parts.slice(1);
  return fit(parts, inputCount);
}

/** Only the part after the page's prefix text goes into the input; the prefix must match. */
export function stripPrefix(value: string, prefixText: string | undefined): SplitResult {
  const prefix = (prefixText ?? '').replace(/\s+/g, '');
  if (!prefix) return { ok: true, parts: [value] };
  let i = 0;
  let j = 0;
  // Walk the value, skipping its whitespace, until the whole prefix was matched.
  while (j < prefix.length && i < value.length) {
    const c = value[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c !== prefix[j]) break;
    i++;
    j++;
  }
  if (j === prefix.length) return { ok: true, parts: [value.slice(i).trim()] };
  // A draft typed on a page without the prefix (the whole address in one input) that does not
  // start with this page's region: filling the street would put the wrong region before it.
  return fail('prefix-mismatch');
}

/** One part per input, empty inputs for missing parts; more parts than inputs do not fit. */
function fit(parts: string[], n: number): SplitResult {
  return parts.length > n ? fail('too-many-parts') : { ok: true, parts: Array.from({ length: n }, (_, i) => parts[i] ?? '') };
}
