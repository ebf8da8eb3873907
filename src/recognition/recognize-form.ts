/**
 * Recognises the filing form on a page: maps every control (and every value shown as locked
 * text) to its canonical key, finds the secrets, and lists what it could not map.
 *
 * One DOM pass (dom-walk.ts) yields events in document order; this module walks the events
 * once, tracking the section (headings) and the website index, and decides each control's
 * key from the strongest label evidence (label-sources.ts, score-label.ts).
 */
import type { SecretKind } from '../domain/field-keys';
import { LIST_SUBKEYS, parseFieldKey, websiteKey } from '../domain/field-keys';
import type { ProviderId } from '../hosts/filing-hosts';
import { CONTROL_SELECTOR, controlType, inputType, type ControlType } from './controls';
import { walkDom, type LabelRoot, type WalkEvent } from './dom-walk';
import { SECRET_ATTRIBUTE } from './label-dictionary';
import {
  ariaLabelledBy,
  formItemLabel,
  labelForText,
  shareAncestor,
  tableCellLabel,
  textOf,
  wrappingLabelText,
} from './label-sources';
import { cleanText, normalizeLabel } from './normalize';
import { overridesFor, type SelectorOverride } from './provider-maps';
import { resolveKey, type Section } from './resolve-key';
import { bestLabel, scoreAttribute, scoreNorm } from './score-label';
import { markSecret } from './secret-registry';
import type { FieldKind, FormRecognition, RecognizedField, SecretField, UnmappedControl } from './types';

export interface RecognizeOptions {
  provider?: ProviderId;
  includeFrames?: boolean;
  /** Extra selector overrides, applied before the provider's map. */
  overrides?: readonly SelectorOverride[];
}

/** Heuristic matches below this confidence go to `unmapped`. */
export const MIN_CONFIDENCE = 0.5;
/** A text is a label when it scores at least this (preceding text, static values). */
const LABEL_TEXT_MIN = 0.6;
const STATIC_LABEL_MIN = 0.8;

/** Logical keys whose value may be split over several controls. */
const COMPOSABLE = new Set([
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

/** Logical keys a checkbox or radio group can hold. */
const CHOICE_FIELDS = /(?:serviceContent|language|preApproval|nature|certType|idType|cert\.type|region|province|city|district)$/;

interface Evidence {
  logical: string;
  score: number;
  label: string;
  /** The form item the label came from (groups composite parts). */
  item?: Element;
}

type TextEvent = Extract<WalkEvent, { t: 'text' }>;
type ControlEvent = Extract<WalkEvent, { t: 'control' }>;

interface OpenGroup {
  logical: string;
  elements: HTMLElement[];
  ctls: ControlType[];
  confidence: number;
  label: string;
  item?: Element;
  prefixText?: string;
  prefixElement?: HTMLElement;
  section: Section;
}

interface CheckGroup {
  elements: HTMLInputElement[];
  type: string;
  name: string;
  evidence?: Evidence;
  label: string;
  section: Section;
}

function scoreText(text: string | undefined, strength: number): { logical: string; score: number } | undefined {
  if (!text) return undefined;
  const best = bestLabel(text);
  return best ? { logical: best.key, score: best.score * strength } : undefined;
}

function lastLabelSegment(segs: readonly TextEvent[]): { index: number; logical: string; score: number } | undefined {
  let seen = 0;
  for (let i = segs.length - 1; i >= 0 && seen < 4; i--) {
    const s = segs[i]!;
    if (!s.norm) continue;
    seen++;
    const best = scoreNorm(s.norm)[0];
    if (best && best.score >= LABEL_TEXT_MIN) return { index: i, logical: best.key, score: best.score };
  }
  return undefined;
}

function segsHaveLabel(segs: readonly TextEvent[]): boolean {
  for (const s of segs) {
    const best = scoreNorm(s.norm)[0];
    if (best && best.score >= LABEL_TEXT_MIN) return true;
  }
  return false;
}

const PHONE_PREFIX = /^\+?[\d\s()-]+$/;
const REGION_PREFIX = /[省市区县州盟旗]/;
const URL_PREFIX = /^(?:https?:\/\/)?(?:www\.)?$/i;

/** Text shown between the label and the first control: "086-", a region "天津市 南开区", "www.". */
const LABEL_BOX = 'label, th, .ant-form-item-label, .el-form-item__label, .tea-form__label, .next-form-item-label, .form-label';

function prefixFor(logical: string, segs: readonly TextEvent[], labelIndex: number): { text?: string; element?: HTMLElement } | undefined {
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
  // Only an element holding nothing but the prefix can be re-read later.
  const first = after[0]?.parent;
  const element =
    first && after.every((s) => first.contains(s.node)) && normalizeLabel(textOf(first)) === normalizeLabel(text) ? (first as HTMLElement) : undefined;
  if (logical.endsWith('hone') && PHONE_PREFIX.test(text)) return { text, element };
  if (logical === 'subject.mailingAddress' || logical === 'subject.certAddress') {
    if (text.length > 30) return undefined;
    if (REGION_PREFIX.test(text) && !/请|填写|不要/.test(text)) return { text, element };
    // A prefix that is still a placeholder ("请先选择备案区域"): keep the element, it will fill in.
    if (/^请.*(?:选择|区域|地区)/.test(text) && element) return { element };
    return undefined;
  }
  if (logical === 'website.domains' && URL_PREFIX.test(text)) return { text, element };
  return undefined;
}

/** "固定电话（选填），如 0571-88888888" → "固定电话": the hint part of a placeholder is no label. */
function firstClause(text: string | null): string | undefined {
  if (!text) return undefined;
  return text.split(/[,，;；]|(?:例如|如|e\.g\.)\s*[\dA-Za-z]/)[0];
}

/** The control's own placeholder/title/name as evidence, for controls sharing one label. */
function ownEvidence(el: Element): { logical: string; score: number } | undefined {
  const p = scoreText(firstClause(el.getAttribute('placeholder')), 0.75) ?? scoreText(firstClause(el.getAttribute('title')), 0.75);
  if (p && p.score >= 0.6) return p;
  for (const attr of [el.getAttribute('name'), el.id]) {
    const a = attr ? scoreAttribute(attr) : undefined;
    if (a) return { logical: a.key, score: 0.6 };
  }
  return undefined;
}

function secretFromAttributes(el: Element): SecretKind | 'code' | undefined {
  const attrs = [el.getAttribute('name'), el.id, el.getAttribute('autocomplete')].filter(Boolean).join(' ');
  if (!attrs) return undefined;
  if (/one-time-code/i.test(attrs)) return 'smsCode';
  for (const [re, kind] of SECRET_ATTRIBUTE) if (re.test(attrs)) return kind;
  return undefined;
}

const SMS_CONTEXT = /获取|发送|重新发送|短信|手机验证|sms|send|get ?code/i;
const CAPTCHA_CONTEXT = /看不清|换一张|刷新|refresh|captcha/i;

function sameRow(a: Element, b: Element, itemA?: Element, itemB?: Element): boolean {
  if (itemA && itemB) return itemA === itemB;
  const ra = a.closest('tr');
  const rb = b.closest('tr');
  if (ra !== rb) return false;
  return shareAncestor(a, b, 3);
}

function sameFamily(logical: string, a: ControlType, b: ControlType): boolean {
  if (logical === 'subject.region' || logical === 'subject.mailingAddress' || logical === 'subject.certAddress') return true;
  const fam = (c: ControlType): string => (c === 'cselect' ? 'select' : c);
  return fam(a) === fam(b);
}

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
    let ownText = false;
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n as Text).data.trim()) ownText = true;
    if (ownText) break;
    const withText = [...el.children].filter((c) => normalizeLabel(textOf(c)));
    const first = withText[0];
    if (!first) break;
    el = first;
  }
  return el as HTMLElement;
}

const REGION_NAME = /(?:省|市|区|县|州|盟|旗|自治区|特别行政区|地区)$/;

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

export function recognizeForm(
  root: Document | Element | ShadowRoot,
  opts: RecognizeOptions = {},
): FormRecognition {
  const { events, labelsFor } = walkDom(root, { includeFrames: opts.includeFrames ?? false });

  const overrides = new Map<Element, SelectorOverride>();
  for (const o of overridesFor(opts.provider, opts.overrides)) {
    let matched: NodeListOf<Element>;
    try {
      matched = root.querySelectorAll(o.selector);
    } catch {
      continue; // an invalid selector in the map must not break recognition
    }
    for (const el of matched) if (!overrides.has(el)) overrides.set(el, o);
  }

  const fields: RecognizedField[] = [];
  const secrets: SecretField[] = [];
  const unmapped: UnmappedControl[] = [];
  const used = new Map<string, RecognizedField>();

  let section: Section = 'none';
  let websiteIndex = 0;
  let websiteSubs = new Set<string>();
  let segs: TextEvent[] = [];
  let open: OpenGroup | null = null;
  let checks: CheckGroup | null = null;
  let prevItem: { item: Element; logical: string } | undefined;
  let websiteHeadingSeen = false;
  let lastKey = '';
  /** Documents whose filing form is inside a <form>. */
  const formDocs = new Set<Document>();
  for (const e of events) if (e.t === 'control' && e.inForm && !e.inChrome) formDocs.add(e.el.ownerDocument);

  const addSecret = (kind: SecretKind, element: HTMLElement): void => {
    markSecret(element);
    secrets.push({ kind, element });
  };

  /** Resolve a logical key at the group's section, handling repeats (website index, duplicates). */
  const assign = (logical: string, groupSection: Section): string | undefined => {
    let key = resolveKey(logical, groupSection, websiteIndex);
    if (!key) return undefined;
    let parsed = parseFieldKey(key);
    if (parsed?.section === 'subject' && used.has(key) && key.startsWith('subject.principal.') && groupSection === 'none') {
      // A second person block with no headings: the website principal (Alibaba's order).
      key = websiteKey(websiteIndex, key.slice('subject.'.length));
      parsed = parseFieldKey(key);
    }
    if (parsed?.section === 'website') {
      const listy = LIST_SUBKEYS.has(parsed.sub);
      if (websiteSubs.has(parsed.sub) && !listy) {
        // The same website field again: the next website block.
        websiteIndex++;
        websiteSubs = new Set();
        key = websiteKey(websiteIndex, parsed.sub);
      }
      websiteSubs.add(parsed.sub);
      return key;
    }
    return used.has(key) ? `duplicate:${key}` : key;
  };

  const push = (field: RecognizedField): void => {
    fields.push(field);
    lastKey = field.key;
    if (!used.has(field.key)) used.set(field.key, field);
  };

  const closeOpen = (): void => {
    const g = open;
    open = null;
    if (!g) return;
    if (g.logical === 'subject.region') {
      const keys = ['subject.province', 'subject.city', 'subject.district'];
      const single = g.elements.length === 1 && g.ctls[0] !== 'select';
      if (single) {
        keys.forEach((key, part) => push({ key, kind: 'region', elements: [...g.elements], anchor: g.elements[0]!, confidence: g.confidence, part }));
      } else {
        g.elements.forEach((el, i) => {
          const key = keys[i];
          if (key) push({ key, kind: 'region', elements: [el], anchor: el, confidence: g.confidence });
          else unmapped.push({ element: el, label: g.label, reason: 'extra region control' });
        });
      }
      return;
    }
    const key = assign(g.logical, g.section);
    if (!key) {
      for (const el of g.elements) unmapped.push({ element: el, label: g.label, reason: `no field for "${g.logical}"` });
      return;
    }
    if (key.startsWith('duplicate:')) {
      for (const el of g.elements) unmapped.push({ element: el, label: g.label, reason: `duplicate of ${key.slice(10)}` });
      return;
    }
    const sub = parseFieldKey(key)?.sub ?? '';
    let kind: FieldKind;
    if (LIST_SUBKEYS.has(sub)) kind = g.ctls.every((c) => c === 'select' || c === 'cselect') ? 'select' : 'text';
    else if (g.elements.length > 1 || g.prefixText !== undefined || g.prefixElement) kind = 'composite';
    else kind = g.ctls[0] === 'select' || g.ctls[0] === 'cselect' ? 'select' : 'text';
    const field: RecognizedField = { key, kind, elements: g.elements, anchor: g.elements[0]!, confidence: g.confidence };
    if (g.prefixText) field.prefixText = g.prefixText;
    if (g.prefixElement) field.prefixElement = g.prefixElement;
    push(field);
  };

  const closeChecks = (): void => {
    const g = checks;
    checks = null;
    if (!g) return;
    const ev = g.evidence;
    // Only choice fields come as checkboxes or radios ("同主体负责人" is no person name).
    const choice = ev !== undefined && CHOICE_FIELDS.test(ev.logical);
    const key = ev && choice && ev.score >= MIN_CONFIDENCE ? assign(ev.logical, g.section) : undefined;
    if (!key || key.startsWith('duplicate:')) {
      unmapped.push({ element: g.elements[0]!, label: g.label, reason: key ? `duplicate of ${key.slice(10)}` : 'option group without a known label' });
      return;
    }
    push({
      key,
      kind: g.type === 'radio' ? 'radio-group' : 'checkbox-group',
      elements: g.elements,
      anchor: g.elements[0]!,
      confidence: ev!.score,
    });
  };

  /** Label evidence for a control, strongest sources first; stops at a near-certain match. */
  const evidenceFor = (ev: ControlEvent, before: readonly TextEvent[], forGroup: boolean): { best?: Evidence; label: string; labelIndex: number } => {
    const el = ev.el;
    let best: Evidence | undefined;
    let label = '';
    let labelIndex = -1;
    const consider = (text: string | undefined, strength: number, item?: Element): boolean => {
      if (text && !label && text.trim()) label = cleanText(text);
      const s = scoreText(text, strength);
      if (s && (!best || s.score > best.score)) best = { ...s, label: cleanText(text ?? ''), item };
      return (best?.score ?? 0) >= 0.95;
    };
    const groupEl = forGroup ? el.closest('[role=group], [role=radiogroup], fieldset') : null;
    if (forGroup) {
      if (groupEl && consider(ariaLabelledBy(groupEl, ev.root), 1)) return { best, label, labelIndex };
      const legend = groupEl?.tagName === 'FIELDSET' ? groupEl.querySelector('legend') : null;
      if (legend && consider(textOf(legend), 1)) return { best, label, labelIndex };
    } else {
      if (consider(ariaLabelledBy(el, ev.root), 1)) return { best, label, labelIndex };
      if (consider(labelForText(el, labelsFor, ev.root), 1)) return { best, label, labelIndex };
      if (consider(wrappingLabelText(el), 1)) return { best, label, labelIndex };
    }
    const item = formItemLabel(el);
    consider(item?.text, 1, item?.item);
    consider(tableCellLabel(el), 0.95);
    consider((groupEl ?? el).getAttribute('aria-label') ?? undefined, 0.95);
    // A label found in the layout (form item, table cell) beats nearby text.
    if ((best?.score ?? 0) >= 0.6) return { best, label, labelIndex };
    const seg = lastLabelSegment(before);
    if (!label && !seg) {
      const near = [...before].reverse().find((b) => b.norm);
      if (near && near.norm.length <= 40) label = cleanText(near.raw);
    }
    if (seg) {
      labelIndex = seg.index;
      const text = before[seg.index]!.raw;
      if (!label) label = cleanText(text);
      const score = seg.score * 0.9;
      if (!best || score > best.score) best = { logical: seg.logical, score, label: cleanText(text) };
    }
    if ((best?.score ?? 0) >= 0.85) return { best, label, labelIndex };
    if (!forGroup) {
      consider(firstClause(el.getAttribute('placeholder')), 0.75);
      consider(firstClause(el.getAttribute('title')), 0.75);
      for (const attr of [el.getAttribute('name'), el.id]) {
        const a = attr ? scoreAttribute(attr) : undefined;
        if (a && (!best || 0.6 > best.score)) best = { logical: a.key, score: 0.6, label: best?.label ?? label };
      }
    }
    return { best, label, labelIndex };
  };

  /** 验证码: an image nearby means an image captcha, a "get code" button an SMS code. */
  const codeKind = (i: number, before: readonly TextEvent[]): SecretKind => {
    for (let j = i + 1; j < events.length && j < i + 8; j++) {
      const e = events[j]!;
      if (e.t === 'control' || e.t === 'heading') break;
      if (e.t === 'image') return 'captcha';
      const text = e.t === 'action' ? e.text : e.t === 'text' ? e.raw : '';
      if (CAPTCHA_CONTEXT.test(text)) return 'captcha';
      if (SMS_CONTEXT.test(text)) return 'smsCode';
    }
    for (let j = i - 1; j >= 0 && j > i - 6; j--) {
      const e = events[j]!;
      if (e.t === 'heading') break;
      if (e.t === 'image') return 'captcha';
      if (e.t === 'action' && SMS_CONTEXT.test(e.text)) return 'smsCode';
    }
    void before;
    // Right after a mobile number, a bare 验证码 is the SMS code for it.
    return lastKey.endsWith('.mobile') ? 'smsCode' : 'captcha';
  };

  /** Value shown as text next to a label, no control in between (locked fields). */
  const staticFrom = (ev: TextEvent): void => {
    if (ev.norm.length < 2 || ev.norm.length > 60) return;
    const colon = ev.raw.search(/[:：]/);
    const after = colon >= 0 ? ev.raw.slice(colon + 1).trim() : '';
    if (after && colon > 0) {
      const best = bestLabel(ev.raw.slice(0, colon));
      if (!best || best.score < STATIC_LABEL_MIN || best.key.startsWith('secret.')) return;
      const host = ev.parent;
      if (host.querySelector(CONTROL_SELECTOR)) return;
      const next = host.nextElementSibling;
      if (next && (controlType(next) || next.querySelector(CONTROL_SELECTOR))) return;
      if (host.parentElement && host.tagName !== 'TD' && host.tagName !== 'TH' && host.parentElement.querySelector(CONTROL_SELECTOR)) return;
      addStatic(best.key, best.score, host as HTMLElement, true, cleanText(ev.raw.slice(0, colon)));
      return;
    }
    if (ev.norm.length > 30) return;
    const best = scoreNorm(ev.norm)[0];
    if (!best || best.score < STATIC_LABEL_MIN || best.key.startsWith('secret.')) return;
    // The label box: climb while the ancestor holds only this label's text.
    let box: Element = ev.parent;
    for (let i = 0; i < 4; i++) {
      const up = box.parentElement;
      if (!up || up.tagName === 'TR' || up.tagName === 'BODY' || !onlyMarksBeside(box)) break;
      box = up;
    }
    if (box.querySelector(CONTROL_SELECTOR)) return;
    let value = box.nextElementSibling;
    while (value && !normalizeLabel(textOf(value)) && !controlType(value) && !value.querySelector(CONTROL_SELECTOR)) {
      value = value.nextElementSibling;
    }
    if (!value || controlType(value) || value.querySelector(CONTROL_SELECTOR)) return;
    const cellLike = box.tagName === 'TD' || box.tagName === 'TH' || box.tagName === 'DT';
    if (!cellLike && box.parentElement?.querySelector(CONTROL_SELECTOR)) return;
    const valueText = cleanText(textOf(value));
    if (!valueText || valueText.length > 120) return;
    const asLabel = bestLabel(valueText);
    if (asLabel && asLabel.score >= STATIC_LABEL_MIN) return;
    if (best.key === 'subject.region') {
      const parts = regionParts(value);
      if (parts.length >= 2) {
        closeOpen();
        closeChecks();
        ['subject.province', 'subject.city', 'subject.district'].forEach((key, i) => {
          const el = parts[i];
          if (el && !used.has(key)) push({ key, kind: 'static', elements: [el], anchor: el, confidence: best.score });
        });
        return;
      }
    }
    addStatic(best.key, best.score, valueAnchor(value), false, cleanText(ev.raw));
  };

  const addStatic = (logical: string, score: number, anchor: HTMLElement, labelInText: boolean, label: string): void => {
    closeOpen();
    closeChecks();
    if (logical === 'subject.region') {
      ['subject.province', 'subject.city', 'subject.district'].forEach((key, part) => {
        if (used.has(key)) return;
        const f: RecognizedField = { key, kind: 'static', elements: [anchor], anchor, confidence: score, part };
        if (labelInText) f.labelInText = true;
        push(f);
      });
      return;
    }
    const key = assign(logical, section);
    if (!key || key.startsWith('duplicate:')) return;
    const f: RecognizedField = { key, kind: 'static', elements: [anchor], anchor, confidence: score };
    if (labelInText) f.labelInText = true;
    void label;
    push(f);
  };

  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (ev.t === 'text') {
      segs.push(ev);
      staticFrom(ev);
      continue;
    }
    if (ev.t === 'heading') {
      closeOpen();
      closeChecks();
      const next = ev.section;
      if (next === 'website' && websiteHeadingSeen && websiteSubs.size > 0) {
        websiteIndex++;
        websiteSubs = new Set();
      } else if (next === 'websitePrincipal' && [...websiteSubs].some((s) => s.startsWith('principal.'))) {
        websiteIndex++;
        websiteSubs = new Set();
      }
      if (next === 'website' || next === 'websitePrincipal') websiteHeadingSeen = true;
      section = next;
      segs = [];
      continue;
    }
    if (ev.t !== 'control') continue;
    const before = segs;
    segs = [];
    if (ev.inChrome) continue;
    const el = ev.el;

    const override = overrides.get(el);
    if (override) {
      if (override.secret) {
        closeOpen();
        addSecret(override.secret, el);
        continue;
      }
      if (override.key) {
        closeOpen();
        closeChecks();
        open = { logical: override.key, elements: [el], ctls: [ev.ctl], confidence: 1, label: '', section };
        continue;
      }
    }

    if (ev.ctl === 'check') {
      closeOpen();
      const input = el as HTMLInputElement;
      const type = inputType(input);
      const name = input.getAttribute('name') ?? '';
      if (
        checks &&
        checks.type === type &&
        ((name && name === checks.name) || (!(name && checks.name) && shareAncestor(checks.elements[checks.elements.length - 1]!, input, 4) && !segsHaveLabel(before)))
      ) {
        checks.elements.push(input);
        continue;
      }
      closeChecks();
      const { best, label } = evidenceFor(ev, before, true);
      checks = { elements: [input], type, name, evidence: best, label, section };
      continue;
    }
    closeChecks();

    if (ev.ctl === 'file') {
      closeOpen();
      const { label } = evidenceFor(ev, before, false);
      unmapped.push({ element: el, label, reason: 'file upload' });
      continue;
    }

    const { best, label, labelIndex } = evidenceFor(ev, before, false);
    const type = el.tagName === 'INPUT' ? inputType(el) : '';

    // Secrets first: they are never mapped to fields, whatever else matches.
    let secret: SecretKind | 'code' | undefined;
    if (best?.logical.startsWith('secret.') && best.score >= MIN_CONFIDENCE) secret = best.logical.slice(7) as SecretKind | 'code';
    else if (type === 'password') secret = 'icpPassword';
    else if (!best || best.score < 0.9) secret = secretFromAttributes(el);
    if (secret) {
      closeOpen();
      addSecret(secret === 'code' ? codeKind(i, before) : secret, el);
      continue;
    }

    let strong = best && best.score >= MIN_CONFIDENCE ? best : undefined;
    // Several controls under one generic label (Tencent's 联系方式: mobile + landline):
    // the second one is told apart by its own placeholder or name.
    if (strong?.item && prevItem && strong.item === prevItem.item && strong.logical === prevItem.logical && !COMPOSABLE.has(strong.logical)) {
      const own = ownEvidence(el);
      if (own && own.logical !== strong.logical) strong = { ...strong, logical: own.logical, score: Math.min(strong.score, Math.max(own.score, 0.6)) };
    }
    if (strong?.item) prevItem = { item: strong.item, logical: strong.logical };
    // Outside the page's form, look-alikes (newsletter e-mail) need a real label.
    if (strong && !ev.inForm && strong.score < 0.85 && formDocs.has(el.ownerDocument)) strong = undefined;
    // Parts of a composite field: same label (same form item) or no label of their own.
    if (open && COMPOSABLE.has(open.logical) && sameFamily(open.logical, open.ctls[0]!, ev.ctl)) {
      const last = open.elements[open.elements.length - 1]!;
      const sameLabel = strong && strong.logical === open.logical && sameRow(last, el, open.item, strong.item);
      const noLabel = !strong && !segsHaveLabel(before) && sameRow(last, el, open.item, formItemLabel(el)?.item);
      if (sameLabel || noLabel) {
        open.elements.push(el);
        open.ctls.push(ev.ctl);
        continue;
      }
    }
    closeOpen();
    if (!strong) {
      const lowInSearch = !ev.inForm && (type === 'search' || /搜索|search/i.test(`${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('name') ?? ''} ${el.getAttribute('role') ?? ''}`));
      if (!lowInSearch) {
        unmapped.push({
          element: el,
          label,
          reason: best ? `low confidence ${best.score.toFixed(2)} for ${best.logical}` : label ? 'label not recognised' : 'no label found',
        });
      }
      continue;
    }
    const logical = strong.logical;
    const g: OpenGroup = { logical, elements: [el], ctls: [ev.ctl], confidence: strong.score, label: strong.label, section };
    if (strong.item) g.item = strong.item;
    if (COMPOSABLE.has(logical) || logical.endsWith('hone')) {
      const prefix = prefixFor(logical, before, labelIndex);
      if (prefix?.text) g.prefixText = prefix.text;
      if (prefix?.element) g.prefixElement = prefix.element;
    }
    open = g;
  }
  closeOpen();
  closeChecks();

  return { fields, secrets, unmapped };
}

export type { LabelRoot };
