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
import { COMPOSABLE, prefixFor, sameFamily, sameRow, type Prefix } from './composites';
import { inputType, type ControlType } from './controls';
import { walkDomSteps, type TextEvent } from './dom-walk';
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

const REGION_KEYS = ['subject.province', 'subject.city', 'subject.district'];
/** A key already taken comes back from assign() as the reason it is left unmapped. */
const DUPLICATE = 'duplicate of ';
const isSelect = (c: ControlType): boolean => c === 'select' || c === 'cselect';

interface OpenGroup {
  logical: string;
  elements: HTMLElement[];
  ctls: ControlType[];
  confidence: number;
  label: string;
  item?: Element;
  prefix?: Prefix;
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

/** Events between two pauses of a sliced recognition. */
const EVENTS_PER_CHECK = 32;

export function recognizeForm(root: Document | Element | ShadowRoot, opts: RecognizeOptions = {}): FormRecognition {
  const steps = recognizeFormSteps(root, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Recognition as steps: pauses (yields) every few nodes and controls, so the first pass over a
 * large page can be spread over short tasks (run-sliced.ts); the result is the same as
 * recognizeForm's when the page does not change in between.
 */
export function* recognizeFormSteps(root: Document | Element | ShadowRoot, opts: RecognizeOptions = {}): Generator<void, FormRecognition> {
  const { events, labelsFor } = yield* walkDomSteps(root, opts);

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
  /** Keys already given to a field. */
  const used = new Set<string>();
  /** parseFieldKey per key: a form repeats its keys (every website), and each is parsed up to three times. */
  const parsedKeys = new Map<string, ReturnType<typeof parseFieldKey>>();
  const parseKey = (key: string): ReturnType<typeof parseFieldKey> => {
    let p = parsedKeys.get(key);
    if (p === undefined) parsedKeys.set(key, (p = parseFieldKey(key)));
    return p;
  };

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

  const skip = (element: HTMLElement, label: string, reason: string): void => {
    unmapped.push({ element, label, reason });
  };

  const addSecret = (kind: SecretKind, element: HTMLElement): void => {
    markSecret(element);
    secrets.push({ kind, element });
  };

  /** Resolve a logical key at the group's section, handling repeats (website index, duplicates). */
  const assign = (logical: string, groupSection: Section): string | undefined => {
    let key = resolveKey(logical, groupSection, websiteIndex);
    if (!key) return undefined;
    let parsed = parseKey(key);
    if (parsed?.section === 'subject' && used.has(key) && key.startsWith('subject.principal.') && groupSection === 'none') {
      // A second person block with no headings: the website principal (Alibaba's order).
      key = websiteKey(websiteIndex, key.slice('subject.'.length));
      parsed = parseKey(key);
    }
    if (parsed?.section === 'website') {
      if (websiteSubs.has(parsed.sub) && !LIST_SUBKEYS.has(parsed.sub)) {
        // The same website field again: the next website block.
        websiteIndex++;
        websiteSubs = new Set();
        key = websiteKey(websiteIndex, parsed.sub);
      }
      websiteSubs.add(parsed.sub);
      return key;
    }
    return used.has(key) ? DUPLICATE + key : key;
  };

  const push = (field: RecognizedField): void => {
    fields.push(field);
    lastKey = field.key;
    used.add(field.key);
  };

  const closeOpen = (): void => {
    const g = open;
    open = null;
    if (!g) return;
    const { elements, confidence, label } = g;
    if (g.logical === 'subject.region') {
      if (elements.length === 1 && g.ctls[0] !== 'select') {
        REGION_KEYS.forEach((key, part) => push({ key, kind: 'region', elements: [...elements], anchor: elements[0]!, confidence, part }));
      } else {
        elements.forEach((el, i) => {
          const key = REGION_KEYS[i];
          if (key) push({ key, kind: 'region', elements: [el], anchor: el, confidence });
          else skip(el, label, 'extra region control');
        });
      }
      return;
    }
    const key = assign(g.logical, g.section);
    if (!key || key.startsWith(DUPLICATE)) {
      const reason = key || `no field for "${g.logical}"`;
      for (const el of elements) skip(el, label, reason);
      return;
    }
    const { text: prefixText, element: prefixElement } = g.prefix ?? {};
    // List keys are never composite: several inputs are several list items.
    const kind: FieldKind =
      !LIST_SUBKEYS.has(parseKey(key)?.sub ?? '') && (elements.length > 1 || prefixText || prefixElement)
        ? 'composite'
        : g.ctls.every(isSelect)
          ? 'select'
          : 'text';
    const field: RecognizedField = { key, kind, elements, anchor: elements[0]!, confidence };
    if (prefixText) field.prefixText = prefixText;
    if (prefixElement) field.prefixElement = prefixElement;
    push(field);
  };

  const closeChecks = (): void => {
    const g = checks;
    checks = null;
    if (!g) return;
    const ev = g.evidence;
    // Only choice fields come as checkboxes or radios ("同主体负责人" is no person name).
    const key = ev && CHOICE_FIELDS.test(ev.logical) && ev.score >= MIN_CONFIDENCE ? assign(ev.logical, g.section) : undefined;
    if (!key || key.startsWith(DUPLICATE)) {
      skip(g.elements[0]!, g.label, key || 'option group without a known label');
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

  const closeBoth = (): void => {
    closeOpen();
    closeChecks();
  };

  /** Adds the fields of a value shown as text. */
  const addStatic = (ev: TextEvent): void => {
    const found = findStaticValue(ev);
    if (!found) return;
    closeBoth();
    const make = (key: string, el: HTMLElement, part?: number): RecognizedField => {
      const f: RecognizedField = { key, kind: 'static', elements: [el], anchor: el, confidence: found.score };
      if (part !== undefined) f.part = part;
      if ('labelInText' in found && found.labelInText) f.labelInText = true;
      return f;
    };
    if (found.logical === 'subject.region') {
      // One element per part, or one text holding all three.
      REGION_KEYS.forEach((key, part) => {
        const el = 'parts' in found ? found.parts[part] : found.anchor;
        if (el && !used.has(key)) push(make(key, el, 'parts' in found ? undefined : part));
      });
      return;
    }
    if ('parts' in found) return;
    const key = assign(found.logical, section);
    if (key && !key.startsWith(DUPLICATE)) push(make(key, found.anchor));
  };

  for (let i = 0; i < events.length; i++) {
    if (i % EVENTS_PER_CHECK === EVENTS_PER_CHECK - 1) yield;
    const ev = events[i]!;
    // Leaving a fieldset or card whose heading set the section: back to the section around it.
    const node = ev.t === 'text' ? ev.node : ev.el;
    while (scopes.length && !composedContains(scopes.at(-1)!.scope, node)) {
      closeBoth();
      section = scopes.pop()!.saved;
    }
    if (ev.t === 'text') {
      segs.push(ev);
      addStatic(ev);
      continue;
    }
    if (ev.t === 'heading') {
      closeBoth();
      const next = ev.section;
      if (ev.scope) scopes.push({ scope: ev.scope, saved: section });
      if (next === 'website' && websiteHeadingSeen && websiteSubs.size > 0) {
        websiteIndex++;
        websiteSubs = new Set();
      } else if (next === 'websitePrincipal' && [...websiteSubs].some((s) => s.startsWith('principal.'))) {
        websiteIndex++;
        websiteSubs = new Set();
      }
      if (next.startsWith('website')) websiteHeadingSeen = true;
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
        closeBoth();
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
        ((name && name === checks.name) || (!(name && checks.name) && shareAncestor(checks.elements.at(-1)!, input, 4) && !segsHaveLabel(before)))
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
      skip(el, label, 'file upload');
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
    if (strong && isSelect(ev.ctl) && TYPED_ONLY.test(strong.logical)) {
      closeOpen();
      skip(el, label, `a list cannot hold ${strong.logical}`);
      continue;
    }
    // Several controls under one generic label (Tencent's 联系方式: mobile + landline):
    // the second one is told apart by its own placeholder or name.
    if (strong?.item && strong.item === prevItem?.item && strong.logical === prevItem.logical && !COMPOSABLE.has(strong.logical)) {
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
    if (strong?.logical.startsWith('principal.') && section.endsWith('Principal')) {
      strong = { ...strong, score: Math.min(1, strong.score + 0.15) };
    }
    // Parts of a composite field: same label (same form item) or no label of their own.
    if (open && COMPOSABLE.has(open.logical) && sameFamily(open.logical, open.ctls[0]!, ev.ctl)) {
      const last = open.elements.at(-1)!;
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
      const lowInSearch = !ev.inForm && (type === 'search' || /搜索|search/i.test([el.getAttribute('placeholder'), el.getAttribute('name'), el.getAttribute('role')].join(' ')));
      if (!lowInSearch) skip(el, label, best ? `low confidence ${best.score.toFixed(2)} for ${best.logical}` : label ? 'label not recognised' : 'no label found');
      continue;
    }
    const { logical, score, item } = strong;
    const prefix = COMPOSABLE.has(logical) || logical.endsWith('hone') ? prefixFor(logical, before, labelIndex) : undefined;
    open = { logical, elements: [el], ctls: [ev.ctl], confidence: score, label: strong.label, section, item, prefix };
  }
  closeBoth();

  return { fields, secrets, unmapped };
}

