/**
 * Elements recognised as secrets (captcha, SMS code, ICP filing password). readFieldValue
 * refuses them even if a caller builds a RecognizedField around one by mistake.
 */
const secretElements = new WeakSet<Element>();

export function markSecret(el: Element): void {
  secretElements.add(el);
}

export function isMarkedSecret(el: Element): boolean {
  return secretElements.has(el);
}
