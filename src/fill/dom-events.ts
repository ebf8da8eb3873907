/**
 * Writing into page controls the way a user would, so that framework state follows:
 * React keeps a "value tracker" on inputs and ignores an `input` event whose value it already
 * saw, so the value must be set through the NATIVE prototype setter (not the instance's
 * overridden one), then `input` and `change` are dispatched, bubbling.
 */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const win = el.ownerDocument.defaultView ?? window;
  const proto =
    el instanceof win.HTMLTextAreaElement
      ? win.HTMLTextAreaElement.prototype
      : el instanceof win.HTMLSelectElement
        ? win.HTMLSelectElement.prototype
        : win.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  dispatchInputAndChange(el);
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
    const win = el.ownerDocument.defaultView ?? window;
    const setter = Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'checked')?.set;
    setter?.call(el, checked);
    dispatchInputAndChange(el);
  }
}

export function isTextControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'image', 'hidden'].includes(type);
}

export function isSelect(el: Element): el is HTMLSelectElement {
  return el.tagName === 'SELECT';
}

export function isCheckable(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type);
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLInputElement).disabled === true || (el as HTMLInputElement).readOnly === true;
}

/** Resolves when `probe` returns a value, or with undefined after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs: number, intervalMs = 40): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() >= end) return undefined;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Text normalised for comparisons: no whitespace, full-width brackets as ASCII. */
export function norm(s: string): string {
  return s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

/** The visible text that names a checkbox or radio (its label). */
export function labelOf(el: HTMLInputElement): string {
  const wrap = el.closest('label');
  if (wrap) return (wrap.textContent ?? '').trim();
  if (el.id) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const labels = root.querySelectorAll?.('label') ?? [];
    for (const lab of labels) if (lab.htmlFor === el.id) return (lab.textContent ?? '').trim();
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const next = el.nextSibling;
  if (next?.textContent?.trim()) return next.textContent.trim();
  return el.value;
}
