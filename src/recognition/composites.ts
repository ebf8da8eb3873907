/**
 * Fields split over several controls: which logical keys may be, when a control joins the
 * field before it, and the text shown before the first control (prefix).
 */
import type { ControlType } from './controls';
import type { TextEvent } from './dom-walk';
import { shareAncestor, textOf } from './label-sources';
import { cleanText, normalizeLabel } from './normalize';
import { scoreNorm } from './score-label';

/** Logical keys whose value may be split over several controls. */
export const COMPOSABLE: ReadonlySet<string> = new Set([
  'principal.phone',
  'principal.emergencyPhone',
  'subject.principal.phone',
  'subject.principal.emergencyPhone',
  'website.principal.phone',
  'website.principal.emergencyPhone',
  'subject.region',
  'subject.mailingAddress',
  'subject.certAddress',
  'website.domains',
]);

const isAddress = (logical: string): boolean => logical === 'subject.mailingAddress' || logical === 'subject.certAddress';

/** Two controls of one field: the same form item, or close together in the same table row. */
export function sameRow(a: Element, b: Element, itemA?: Element, itemB?: Element): boolean {
  if (itemA && itemB) return itemA === itemB;
  if (a.closest('tr') !== b.closest('tr')) return false;
  return shareAncestor(a, b, 3);
}

/** Parts of one field are of one kind (region and address mix selects and inputs). */
export function sameFamily(logical: string, a: ControlType, b: ControlType): boolean {
  if (logical === 'subject.region' || isAddress(logical)) return true;
  const fam = (c: ControlType): string => (c === 'cselect' ? 'select' : c);
  return fam(a) === fam(b);
}

const PHONE_PREFIX = /^\+?[\d\s()-]+$/;
const REGION_PREFIX = /[省市区县州盟旗]/;
const LABEL_BOX = 'label, th, .ant-form-item-label, .el-form-item__label, .tea-form__label, .next-form-item-label, .form-label';

export interface Prefix {
  text?: string;
  /** Set when one element holds nothing but the prefix: it can be re-read later. */
  element?: HTMLElement;
}

/**
 * Text shown between the label and the first control: "086-" before a phone, a region
 * "天津市 南开区" before a street. `labelIndex` is the label's index in `segs` when the label
 * came from the preceding text (-1 otherwise).
 */
export function prefixFor(logical: string, segs: readonly TextEvent[], labelIndex: number): Prefix | undefined {
  let start = labelIndex;
  for (let i = segs.length - 1; i > start; i--) {
    const s = segs[i]!;
    const best = scoreNorm(s.norm)[0];
    if ((best && best.score >= 0.85) || s.parent.closest(LABEL_BOX)) {
      start = i;
      break;
    }
  }
  const after = segs.slice(start + 1).filter((s) => s.norm || /\d/.test(s.raw));
  const text = cleanText(after.map((s) => s.raw).join(' ')).replace(/^[*:：\s]+/, '');
  if (!text) return undefined;
  const first = after[0]?.parent;
  const element =
    first && after.every((s) => first.contains(s.node)) && normalizeLabel(textOf(first)) === normalizeLabel(text) ? (first as HTMLElement) : undefined;
  // "086 -" / "086-010-" → "086" / "086-010": separators are not part of the prefix.
  if (logical.endsWith('hone') && PHONE_PREFIX.test(text)) return { text: text.replace(/\s*-\s*/g, '-').replace(/^-+|-+$/g, ''), element };
  if (isAddress(logical)) {
    if (text.length > 30) return undefined;
    if (REGION_PREFIX.test(text) && !/请|填写|不要/.test(text)) return { text, element };
    // A prefix that is still a placeholder ("请先选择备案区域"): keep the element, it will fill in.
    if (/^请.*(?:选择|区域|地区)/.test(text) && element) return { element };
    return undefined;
  }
  // A "www." before a domain input is decoration: the domain is what is typed.
  return undefined;
}
