import { dispatchInputAndChange, norm, setNativeValue, waitFor } from './dom-events';
import { fail, OK, type FillOutcome } from '../controls/outcome';

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

const OPTION_SELECTORS = [
  '[role="option"]',
  '.el-select-dropdown__item',
  '.ant-select-item-option',
  '.tea-dropdown-list__item',
  '.tea-list__item',
  '.next-menu-item',
  'li[data-value]',
].join(',');

/**
 * Component-library selects (a div that shows its value as text): open it like a user, then
 * click the visible option with the text. Options often render in a popup at the end of <body>.
 */
export async function pickFromCustomSelect(trigger: HTMLElement, text: string, timeoutMs: number): Promise<FillOutcome> {
  const shown = trigger.querySelector<HTMLInputElement>('input');
  const shownText = (): string => norm(shown ? shown.value : (trigger.textContent ?? ''));
  const want = norm(text);
  if (shownText() === want) return OK;
  const target = (trigger.querySelector('input, [role="combobox"], .el-select__wrapper, .ant-select-selector') as HTMLElement | null) ?? trigger;
  clickLikeUser(target);
  const option = await waitFor(() => {
    const all = [...trigger.ownerDocument.querySelectorAll<HTMLElement>(OPTION_SELECTORS)];
    return all.find((o) => norm(o.textContent ?? '') === want && isShown(o));
  }, timeoutMs);
  if (!option) {
    // Close the dropdown we opened, as a user pressing Escape would.
    const win = target.ownerDocument.defaultView ?? window;
    target.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    return fail('no-such-option');
  }
  clickLikeUser(option);
  // The component updates asynchronously; check that it now shows the value.
  const took = await waitFor(() => shownText().includes(want), Math.min(timeoutMs, 1000));
  return took ? OK : fail('rejected-by-page');
}

/** Press, release, click: component selects open on mousedown, not only on click. */
function clickLikeUser(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView ?? window;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new win.MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
  }
}

function isShown(el: HTMLElement): boolean {
  // happy-dom and hidden popups: treat elements without layout info as shown unless hidden.
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style?.display !== 'none' && style?.visibility !== 'hidden';
}
