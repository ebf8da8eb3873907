import type { RecognizedField } from '../recognition/types';

/** Brings a field into view and puts the caret in it (asked for by the user from the popup). */
export function scrollToField(fields: readonly RecognizedField[], key: string): boolean {
  const field = fields.find((f) => f.key === key && f.anchor.isConnected);
  if (!field) return false;
  field.anchor.scrollIntoView({ block: 'center', inline: 'nearest' });
  const target = field.elements.find((el) => el.isConnected && !(el as HTMLInputElement).disabled) ?? field.anchor;
  target.focus({ preventScroll: true });
  return true;
}
