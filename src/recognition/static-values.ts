/**
 * Values shown as text next to their label, with no control (fields locked after
 * 验证备案类型: 主办单位性质, 证件类型, 证件号码, 所属区域). Finds them from one text event.
 */
import { containsControl, controlType } from './controls';
import type { TextEvent } from './dom-walk';
import { textOf } from './label-sources';
import { cleanText, normalizeLabel } from './normalize';
import { bestLabel, scoreNorm, type LabelScore } from './score-label';

/** A text is a static value's label only when it matches this well. */
export const STATIC_LABEL_MIN = 0.8;

export type StaticFinding =
  | { logical: string; score: number; anchor: HTMLElement; labelInText: boolean }
  /** A region shown one element per part. */
  | { logical: 'subject.region'; score: number; parts: HTMLElement[] };

/** Whether everything beside `el` in its parent is whitespace or marks ("*", ":"), cheaply. */
function onlyMarksBeside(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n === el) continue;
    if (n.nodeType === 3) {
      if (normalizeLabel((n as Text).data)) return false;
    } else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.firstElementChild || controlType(e) || normalizeLabel(e.textContent ?? '')) return false;
    }
  }
  return true;
}

/** The innermost element holding a static value (skipping notes such as "（不可修改）"). */
function valueAnchor(value: Element): HTMLElement {
  let el = value;
  for (let depth = 0; depth < 4; depth++) {
    if ([...el.childNodes].some((n) => n.nodeType === 3 && (n as Text).data.trim())) break;
    const first = [...el.children].find((c) => normalizeLabel(textOf(c)));
    if (!first) break;
    el = first;
  }
  return el as HTMLElement;
}

/** Ends like a region name (省, 市, 自治区, 地区 …). */
const REGION_NAME = /[省市区县州盟旗]$/;

/** Region shown as one element per part ("<span>天津市</span><span>天津市</span><span>南开区</span>"). */
function regionParts(value: Element): HTMLElement[] {
  let el = value;
  for (let depth = 0; depth < 3; depth++) {
    const kids = [...el.children].filter((c) => REGION_NAME.test(cleanText(textOf(c))));
    if (kids.length >= 2) return kids as HTMLElement[];
    const only = [...el.children].filter((c) => normalizeLabel(textOf(c)));
    if (only.length !== 1) break;
    el = only[0]!;
  }
  return [];
}

function hasControl(el: Element | null | undefined): boolean {
  return !!el && (controlType(el) !== undefined || containsControl(el));
}

/** A label good enough for a static value (secrets never have one). */
function staticLabel(best: LabelScore | undefined): best is LabelScore {
  return !!best && best.score >= STATIC_LABEL_MIN && !best.key.startsWith('secret.');
}

export function findStaticValue(ev: TextEvent): StaticFinding | undefined {
  if (ev.norm.length < 2 || ev.norm.length > 60) return undefined;
  // "主办单位性质：企业" in one text.
  const colon = ev.raw.search(/[:：]/);
  if (colon > 0 && ev.raw.slice(colon + 1).trim()) {
    const best = bestLabel(ev.raw.slice(0, colon));
    if (!staticLabel(best)) return undefined;
    const host = ev.parent;
    if (hasControl(host) || hasControl(host.nextElementSibling)) return undefined;
    if (host.tagName !== 'TD' && host.tagName !== 'TH' && hasControl(host.parentElement)) return undefined;
    return { logical: best.key, score: best.score, anchor: host as HTMLElement, labelInText: true };
  }
  if (ev.norm.length > 30) return undefined;
  const best = scoreNorm(ev.norm)[0];
  if (!staticLabel(best)) return undefined;
  // The label box: climb while the label is alone in its parent (but for marks).
  let box: Element = ev.parent;
  for (let i = 0; i < 4; i++) {
    const up = box.parentElement;
    if (!up || up.tagName === 'TR' || up.tagName === 'BODY' || !onlyMarksBeside(box)) break;
    box = up;
  }
  // The value: the next sibling with text or a control. Next to a control (most labels) there
  // is no static value, and that is known from the tag alone: checked before any text is read.
  let value = box.nextElementSibling;
  for (; value; value = value.nextElementSibling) {
    if (hasControl(value)) return undefined;
    if (normalizeLabel(textOf(value))) break;
  }
  if (!value || containsControl(box)) return undefined;
  const cellLike = box.tagName === 'TD' || box.tagName === 'TH' || box.tagName === 'DT';
  if (!cellLike && containsControl(box.parentElement)) return undefined;
  const valueText = cleanText(textOf(value));
  if (!valueText || valueText.length > 120) return undefined;
  // Two labels side by side (a value missing): no value.
  const asLabel = bestLabel(valueText);
  if (asLabel && asLabel.score >= STATIC_LABEL_MIN) return undefined;
  if (best.key === 'subject.region') {
    const parts = regionParts(value);
    if (parts.length >= 2) return { logical: 'subject.region', score: best.score, parts };
  }
  return { logical: best.key, score: best.score, anchor: valueAnchor(value), labelInText: false };
}
