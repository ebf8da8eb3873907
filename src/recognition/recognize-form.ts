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
import { COMPOSABLE, prefixFor, sameFamily, sameRow } from './composites';
import { inputType, type ControlType } from './controls';
import { walkDom, type TextEvent } from './dom-walk';
import { evidenceFor, ownEvidence, segsHaveLabel, type Evidence } from './evidence';
import { formItemLabel, shareAncestor } from './label-sources';
import { overridesFor, type SelectorOverride } from './provider-maps';
import { resolveKey, type Section } from './resolve-key';
import { codeKind, secretFromAttributes } from './secret-kind';
import { markSecret } from './secret-registry';
import { findStaticValue } from './static-values';
import type { FieldKind, FormRecognition, RecognizedField, SecretField, UnmappedControl } from './types';

export interface RecognizeOptions {
  provider?: ProviderId;
  includeFrames?: boolean;
  /** Extra selector overrides, applied before the provider's map. */
  overrides?: readonly SelectorOverride[];
}

/** Heuristic matches below this confidence go to `unmapped`. */
export const MIN_CONFIDENCE = 0.5;

/** Logical keys a checkbox or radio group can hold. */
const CHOICE_FIELDS = /(?:serviceContent|language|preApproval|nature|certType|idType|cert\.type|region|province|city|district)$/;
/**
 * Logical keys that are typed, never picked from a list. A select labelled "网站负责人"
 * (同主体负责人 / 新增负责人) chooses whose details follow; taken as the principal's name it
 * would make the real 负责人姓名 a repeat and shift the whole person block to the next website.
 */
const TYPED_ONLY = /(?:^|\.)(?:name|idNumber|email|homepageUrl)$|^cert\.number$/;

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

/** `scope.contains(node)`, looking through shadow roots to their hosts. */
function composedContains(scope: Element, node: Node): boolean {
  for (let n: Node | null = node; n; ) {
    if (scope.contains(n)) return true;
    const r = n.getRootNode();
    n = r.nodeType === 11 ? (r as ShadowRoot).host : null;
  }
  return false;
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
  const scopes: Array<{ scope: Element; saved: Section }> = [];
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

  /** Adds the fields of a value shown as text. */
  const addStatic = (ev: TextEvent): void => {
    const found = findStaticValue(ev);
    if (!found) return;
    closeOpen();
    closeChecks();
    const regionKeys = ['subject.province', 'subject.city', 'subject.district'];
    if ('parts' in found) {
      found.parts.slice(0, 3).forEach((el, i) => {
        const key = regionKeys[i]!;
        if (!used.has(key)) push({ key, kind: 'static', elements: [el], anchor: el, confidence: found.score });
      });
      return;
    }
    const { anchor, score, labelInText } = found;
    const make = (key: string, part?: number): RecognizedField => {
      const f: RecognizedField = { key, kind: 'static', elements: [anchor], anchor, confidence: score };
      if (part !== undefined) f.part = part;
      if (labelInText) f.labelInText = true;
      return f;
    };
    if (found.logical === 'subject.region') {
      regionKeys.forEach((key, part) => {
        if (!used.has(key)) push(make(key, part));
      });
      return;
    }
    const key = assign(found.logical, section);
    if (key && !key.startsWith('duplicate:')) push(make(key));
  };

  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    // Leaving a fieldset or card whose heading set the section: back to the section around it.
    const node = ev.t === 'text' ? ev.node : ev.el;
    while (scopes.length && !composedContains(scopes[scopes.length - 1]!.scope, node)) {
      closeOpen();
      closeChecks();
      section = scopes.pop()!.saved;
    }
    if (ev.t === 'text') {
      segs.push(ev);
      addStatic(ev);
      continue;
    }
    if (ev.t === 'heading') {
      closeOpen();
      closeChecks();
      const next = ev.section;
      if (ev.scope) scopes.push({ scope: ev.scope, saved: section });
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
      const { best, label } = evidenceFor(ev, before, true, labelsFor);
      checks = { elements: [input], type, name, evidence: best, label, section };
      continue;
    }
    closeChecks();

    if (ev.ctl === 'file') {
      closeOpen();
      const { label } = evidenceFor(ev, before, false, labelsFor);
      unmapped.push({ element: el, label, reason: 'file upload' });
      continue;
    }

    const { best, label, labelIndex } = evidenceFor(ev, before, false, labelsFor);
    const type = el.tagName === 'INPUT' ? inputType(el) : '';

    // Secrets first: they are never mapped to fields, whatever else matches.
    let secret: SecretKind | 'code' | undefined;
    if (best?.logical.startsWith('secret.') && best.score >= MIN_CONFIDENCE) secret = best.logical.slice(7) as SecretKind | 'code';
    else if (type === 'password') secret = 'icpPassword';
    else if (!best || best.score < 0.9) secret = secretFromAttributes(el);
    if (secret) {
      closeOpen();
      addSecret(secret === 'code' ? codeKind(events, i, lastKey) : secret, el);
      continue;
    }

    let strong = best && best.score >= MIN_CONFIDENCE ? best : undefined;
    if (strong && (ev.ctl === 'select' || ev.ctl === 'cselect') && TYPED_ONLY.test(strong.logical)) {
      closeOpen();
      unmapped.push({ element: el, label, reason: `a list cannot hold ${strong.logical}` });
      continue;
    }
    // Several controls under one generic label (Tencent's 联系方式: mobile + landline):
    // the second one is told apart by its own placeholder or name.
    if (strong?.item && prevItem && strong.item === prevItem.item && strong.logical === prevItem.logical && !COMPOSABLE.has(strong.logical)) {
      const own = ownEvidence(el);
      if (own && own.logical !== strong.logical) strong = { ...strong, logical: own.logical, score: Math.min(strong.score, Math.max(own.score, 0.6)) };
    }
    if (strong?.item) prevItem = { item: strong.item, logical: strong.logical };
    // Outside the page's form, look-alikes (newsletter e-mail, site search) are not the filing
    // form: skipped unless they carry a real label.
    const outside = !ev.inForm && formDocs.has(el.ownerDocument);
    if (outside && (!strong || strong.score < 0.85)) {
      closeOpen();
      continue;
    }
    // A generic person label ("姓名", "Name") inside a principal section: the section confirms it.
    if (strong?.logical.startsWith('principal.') && (section === 'subjectPrincipal' || section === 'websitePrincipal')) {
      strong = { ...strong, score: Math.min(1, strong.score + 0.15) };
    }
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

