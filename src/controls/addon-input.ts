/**
 * Input with an addon: a text input whose group shows fixed text before it ("+86", "086-").
 * The addon is part of what the user sees (read as the field's prefix) but never typed:
 * `fill` writes only what follows the addon.
 */
import { cleanText } from './shown-text';
import { fail, type FillOutcome } from './outcome';

/** Addon elements by class hint (antd `addon`, Arco `addbefore`, Element/TDesign/OpenTiny `prepend`/`append`). */
const ADDON = '[class*="addon"], [class*="addbefore"], [class*="prepend"], [class*="append"], [class*="group-text"], [class*="group__text"]';

/** The addon shown before this input in its own group, if any. */
export function addonOf(input: Element): Element | undefined {
  let group = input.parentElement;
  for (let i = 0; group && i < 4; i++, group = group.parentElement) {
    if (group.querySelectorAll('input, textarea, select').length > 1) return undefined;
    const addon = [...group.querySelectorAll(ADDON)].find((a) => !a.contains(input) && a.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (addon) return addon;
  }
  return undefined;
}

export const matchesAddonInput = (input: Element): boolean => input.tagName === 'INPUT' && addonOf(input) !== undefined;

/** What the group shows: the addon text and the input's value. */
export function readAddonInput(input: HTMLInputElement): { addon: string; value: string } {
  return { addon: cleanText(addonOf(input)?.textContent ?? ''), value: input.value.trim() };
}

/** China's calling code as pages write it in an addon: 086, 0086, +86, 86. */
const CHINA = /^(?:\+|00?)?86$/;
/** China's code written another way in front of a stored number. */
const CHINA_IN_VALUE = /^(?:\+|00?)86[\s-]+/;

/**
 * The part of a stored value that goes into the input: without the addon's text when the
 * value starts with it ("086-0755-12345678" → "0755-12345678", "+86 138…" → "138…"), also
 * when China's code is written another way ("+86-0755-…" after "086-"). Another country's
 * code ("+852 …") cannot be typed after a China addon: that fails the key.
 */
export function valueAfterAddon(value: string, addon: string): string | FillOutcome {
  const a = addon.replace(/[\s-]+$/, '');
  const v = value.trim();
  if (!a) return v;
  const china = CHINA.test(a) ? CHINA_IN_VALUE.exec(v)?.[0] : undefined;
  if (!v.startsWith(a) && !china) return CHINA.test(a) && /^(?:\+|00)/.test(v) ? fail('prefix-mismatch') : v;
  const rest = v.slice(v.startsWith(a) ? a.length : china!.length).replace(/^[\s-]+/, '');
  return rest || fail('bad-value');
}
