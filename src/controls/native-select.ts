/**
 * Native <select>: matched by tag, read as the chosen options' LABELS (what the user saw, not
 * the page's codes), filled by label.
 */
import { cleanText } from './shown-text';
import { PLACEHOLDER_VALUE } from './shown-text';
import { dispatchInputAndChange, norm, setNativeValue, waitFor } from './dom-events';
import { fail, OK, type FillOutcome } from './outcome';

/**
 * Picks the option whose TEXT matches (drafts store what the user saw, not the page's option
 * codes): exact text, then the same text ignoring spaces and bracket width, then the option
 * value, then a unique option that starts with the text ("营业执照" → "营业执照（个人或企业）").
 */
export function findOption(select: HTMLSelectElement, text: string): HTMLOptionElement | undefined {
  const opts = [...select.options];
  const want = text.trim();
  const n = norm(want);
  if (!n) return undefined;
  const prefixed = opts.filter((o) => {
    const t = norm(o.text);
    return t !== '' && (t.startsWith(n) || n.startsWith(t));
  });
  return (
    opts.find((o) => o.text.trim() === want) ??
    opts.find((o) => norm(o.text) === n) ??
    opts.find((o) => o.value !== '' && o.value === want) ??
    (prefixed.length === 1 ? prefixed[0] : undefined)
  );
}

/**
 * Selects by text, waiting up to `timeoutMs` for the option to appear: a cascading city select
 * loads its options only after the province changed.
 */
export async function selectByText(select: HTMLSelectElement, text: string, timeoutMs: number): Promise<FillOutcome> {
  const option = await waitFor(() => findOption(select, text), timeoutMs);
  if (!option) return fail(select.options.length <= 1 ? 'options-not-loaded' : 'no-such-option');
  if (select.value !== option.value || !option.selected) setNativeValue(select, option.value);
  else dispatchInputAndChange(select);
  return select.value === option.value ? OK : fail('rejected-by-page');
}

export const matchesNativeSelect = (el: Element): el is HTMLSelectElement => el.tagName === 'SELECT';

/** The chosen options' labels; a placeholder option (value="", "请选择…") is nothing chosen. */
export function readNativeSelect(sel: HTMLSelectElement): string[] {
  const single = sel.multiple ? undefined : sel.options[sel.selectedIndex];
  // selectedIndex is -1 in some DOM implementations (happy-dom parsing <option selected>): fall back to the flags.
  const chosen = single ? [single] : [...sel.options].filter((o) => o.selected);
  // An explicit value="" marks a placeholder option ("选择负责人证件类型"), whatever its text;
  // an option without a value attribute has its text as value, so it is never dropped here.
  return chosen
    .filter((o) => o.value !== '')
    .map((o) => cleanText(o.text))
    .filter((t) => t && !PLACEHOLDER_VALUE.test(t));
}

export const fillNativeSelect = selectByText;
