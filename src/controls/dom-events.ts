import { controlType } from './control-kind';

export { norm } from './equivalent';
export { waitFor } from './ui-actions';

/**
 * Writing into page controls the way a user would, so that framework state follows:
 * React keeps a "value tracker" on inputs and ignores an `input` event whose value it already
 * saw, so the value must be set through the NATIVE prototype setter (not the instance's
 * overridden one), then `input` and `change` are dispatched, bubbling.
 */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  setNative(el, 'value', value);
  dispatchInputAndChange(el);
}

/** Calls the prototype's setter of `prop`, past an instance-level override (a value tracker). */
function setNative(el: HTMLElement, prop: 'value' | 'checked', value: string | boolean): void {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const set = Object.getOwnPropertyDescriptor(proto, prop)?.set;
    if (set) return set.call(el, value);
  }
  (el as unknown as Record<string, unknown>)[prop] = value;
}

export function dispatchInputAndChange(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView ?? window;
  el.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/** Checkboxes and radios are clicked (not assigned) so frameworks see a real toggle. */
export function clickToState(el: HTMLInputElement, checked: boolean): void {
  if (el.checked === checked) return;
  el.click();
  // A framework that re-renders synchronously may have vetoed the click; force then notify.
  if (el.checked !== checked) {
    setNative(el, 'checked', checked);
    dispatchInputAndChange(el);
  }
}

// Control kinds as recognition sees them (one definition of what a text input is).
export function isTextControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return controlType(el) === 'text';
}

export function isSelect(el: Element): el is HTMLSelectElement {
  return el.tagName === 'SELECT';
}

export function isCheckable(el: Element): el is HTMLInputElement {
  return controlType(el) === 'check';
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLInputElement).disabled === true || (el as HTMLInputElement).readOnly === true;
}

