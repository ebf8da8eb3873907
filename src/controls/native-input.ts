/**
 * Native text input and textarea: read as the trimmed value, written through the native
 * setter with bubbling input/change (so React's value tracker and Vue's v-model follow), then
 * checked: a page that trims or refuses the value fails the key.
 */
import { isDisabled, isTextControl, setNativeValue } from './dom-events';
import { fail, OK, type FillOutcome } from './outcome';

export const matchesTextInput = isTextControl;

export function readTextInput(el: HTMLInputElement | HTMLTextAreaElement): string[] {
  const v = el.value.trim();
  return v ? [v] : [];
}

export function fillTextInput(el: HTMLInputElement | HTMLTextAreaElement, text: string): FillOutcome {
  if (isDisabled(el)) return el.value === text ? OK : fail('disabled');
  if (el.value !== text) setNativeValue(el, text);
  if (el.value === text) return OK;
  // maxlength trims: the page cannot hold the stored value.
  return fail(el.maxLength > 0 && text.length > el.maxLength ? 'too-long' : 'rejected-by-page');
}
