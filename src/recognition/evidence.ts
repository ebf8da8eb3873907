/**
 * Label evidence for one control (or one option group), strongest source first: the label
 * sources of label-sources.ts scored by score-label.ts, with their strengths.
 */
import type { ControlEvent, LabelRoot, TextEvent } from './dom-walk';
import { ariaLabelledBy, formItemLabel, labelForText, tableCellLabel, textOf, wrappingLabelText } from './label-sources';
import { cleanText } from './normalize';
import { bestLabel, scoreAttribute, scoreNorm, type LabelScore } from './score-label';

/** A text is a label when it scores at least this (preceding text). */
export const LABEL_TEXT_MIN = 0.6;

export interface Evidence {
  logical: string;
  score: number;
  label: string;
  /** The form item the label came from (groups composite parts). */
  item?: Element;
}

export interface EvidenceResult {
  best?: Evidence;
  /** The label text found (for `unmapped`), even when it matched nothing. */
  label: string;
  /** Index of the label in the preceding text pieces, -1 when it came from elsewhere. */
  labelIndex: number;
}

export function scoreText(text: string | null | undefined, strength: number): { logical: string; score: number } | undefined {
  if (!text) return undefined;
  const best = bestLabel(text);
  return best ? { logical: best.key, score: best.score * strength } : undefined;
}

/** Help texts ("请填写电子邮件地址以便接收通知") mention fields without labelling them. */
const HINT = '[class*="tip"], [class*="hint"], [class*="help"], [class*="extra"], [class*="explain"], [class*="desc"]';

/** The best key for a normalised text when it reads as a label. */
function asLabel(norm: string): LabelScore | undefined {
  const best = scoreNorm(norm)[0];
  return best && best.score >= LABEL_TEXT_MIN ? best : undefined;
}

/** Index of the most recent of the last four text pieces that reads as a label (help texts excluded), or -1. */
export function lastLabelSegment(segs: readonly TextEvent[]): number {
  let seen = 0;
  for (let i = segs.length - 1; i >= 0 && seen < 4; i--) {
    const s = segs[i]!;
    if (!s.norm) continue;
    seen++;
    if (!s.parent.closest(HINT) && asLabel(s.norm)) return i;
  }
  return -1;
}

export function segsHaveLabel(segs: readonly TextEvent[]): boolean {
  return segs.some((s) => asLabel(s.norm));
}

/** "固定电话（选填），如 0571-88888888" → "固定电话": the hint part of a placeholder is no label. */
export function firstClause(text: string | null): string | undefined {
  if (!text) return undefined;
  return text.split(/[,，;；]|(?:例如|如|e\.g\.)\s*[\dA-Za-z]/)[0];
}

/** The first known token in the name or id (weak evidence). */
function attributeEvidence(el: Element): { logical: string; score: number } | undefined {
  for (const attr of [el.getAttribute('name'), el.id]) {
    const a = attr ? scoreAttribute(attr) : undefined;
    if (a) return { logical: a.key, score: 0.6 };
  }
  return undefined;
}

/** The control's own placeholder/title/name as evidence, for controls sharing one label. */
export function ownEvidence(el: Element): { logical: string; score: number } | undefined {
  const p = scoreText(firstClause(el.getAttribute('placeholder')), 0.75) ?? scoreText(firstClause(el.getAttribute('title')), 0.75);
  return p && p.score >= LABEL_TEXT_MIN ? p : attributeEvidence(el);
}

/** Label evidence for a control, strongest sources first; stops at a near-certain match. */
export function evidenceFor(
  ev: ControlEvent,
  before: readonly TextEvent[],
  forGroup: boolean,
  labelsFor: Map<LabelRoot, Map<string, HTMLLabelElement>>,
): EvidenceResult {
  const el = ev.el;
  let best: Evidence | undefined;
  let label = '';
  let labelIndex = -1;
  const consider = (text: string | null | undefined, strength: number, item?: Element): boolean => {
    const clean = cleanText(text ?? '');
    if (!label) label = clean;
    const s = scoreText(text, strength);
    if (s && (!best || s.score > best.score)) best = { ...s, label: clean, item };
    return (best?.score ?? 0) >= 0.95;
  };
  const done = (): EvidenceResult => ({ best, label, labelIndex });
  const groupEl = forGroup ? el.closest('[role=group], [role=radiogroup], fieldset') : null;
  if (forGroup) {
    if (groupEl && consider(ariaLabelledBy(groupEl, ev.root), 1)) return done();
    if (consider(textOf(groupEl?.tagName === 'FIELDSET' ? groupEl.querySelector('legend') : null), 1)) return done();
  } else {
    if (consider(ariaLabelledBy(el, ev.root), 1)) return done();
    if (consider(labelForText(el, labelsFor, ev.root), 1)) return done();
    if (consider(wrappingLabelText(el), 1)) return done();
  }
  const item = formItemLabel(el);
  consider(item?.text, 1, item?.item);
  consider(tableCellLabel(el), 0.95);
  consider((groupEl ?? el).getAttribute('aria-label'), 0.95);
  // A label found in the layout (form item, table cell) beats nearby text.
  if ((best?.score ?? 0) >= LABEL_TEXT_MIN) return done();
  const seg = lastLabelSegment(before);
  if (seg >= 0) {
    labelIndex = seg;
    consider(before[seg]!.raw, 0.9);
  } else if (!label) {
    const near = [...before].reverse().find((b) => b.norm);
    if (near && near.norm.length <= 40) label = cleanText(near.raw);
  }
  if ((best?.score ?? 0) >= 0.85) return done();
  if (!forGroup) {
    consider(firstClause(el.getAttribute('placeholder')), 0.75);
    consider(firstClause(el.getAttribute('title')), 0.75);
    const a = attributeEvidence(el);
    if (a && (!best || a.score > best.score)) best = { ...a, label: best?.label ?? label };
  }
  return done();
}
