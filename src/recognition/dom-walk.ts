/**
 * One pass over the DOM in document order, into shadow roots and (optionally) same-origin
 * frames, producing the events recognition works on: text pieces, section headings,
 * controls, buttons and images. No layout reads. Runs as steps that a caller can spread over
 * several tasks (walkDomSteps); walkDom runs them all at once.
 */
import { matchSection, type SectionKind } from './label-dictionary';
import { normalizeLabel } from './normalize';
import { classify, isChrome, type ControlType } from './controls';

export type LabelRoot = Document | ShadowRoot;

export type WalkEvent =
  | { t: 'text'; node: Text; raw: string; norm: string; parent: Element }
  /** `scope`: the container the heading titles (a fieldset for its legend, a card for its title). */
  | { t: 'heading'; section: SectionKind; el: Element; text: string; scope?: Element }
  | { t: 'control'; el: HTMLElement; ctl: ControlType; root: LabelRoot; inForm: boolean; inChrome: boolean }
  | { t: 'action'; el: Element; text: string }
  | { t: 'image'; el: Element };

export type TextEvent = Extract<WalkEvent, { t: 'text' }>;
export type ControlEvent = Extract<WalkEvent, { t: 'control' }>;

export interface WalkResult {
  events: WalkEvent[];
  /** label[for] per root: id → label element. */
  labelsFor: Map<LabelRoot, Map<string, HTMLLabelElement>>;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION', 'STRONG', 'B', 'TH']);
// (ant-card-head-title matches by its "-head-".)
const HEADING_CLASS = /(?:^|[\s_-])(?:title|heading|header|head)(?:$|[\s_-])|section-title/;
/** Texts in these are no headings. */
const NOT_HEADING_TEXT = new Set(['LABEL', 'OPTION', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** Step bars ("验证备案类型 › 填写主体信息 › 填写网站信息") and tabs name sections without opening them. */
const NOT_HEADING_CONTAINER = '[class*="step"], [role="tablist"], [role="tab"], nav, a';

function isHeadingElement(tag: string, role: string | null, cls: string): boolean {
  return HEADING_TAGS.has(tag) || role === 'heading' || (cls !== '' && HEADING_CLASS.test(cls));
}

/** A legend titles its fieldset, a card title its card: the section ends with them. */
function headingScope(el: Element): Element | undefined {
  const legend = el.closest('legend');
  if (legend?.parentElement?.tagName === 'FIELDSET') return legend.parentElement;
  if (el.closest('.ant-card-head, .el-card__header, .tea-card__header, .next-card-head')) {
    return el.closest('.ant-card, .el-card, .tea-card, .next-card') ?? undefined;
  }
  return undefined;
}

export interface WalkOptions {
  includeFrames?: boolean;
}

/** Work items between two pauses of a sliced walk (a time check every this many nodes). */
const NODES_PER_CHECK = 128;

/** One level of the walk: the next child to visit under a parent, with the context it inherits. */
interface Frame {
  next: ChildNode | null;
  /** A text's parentElement is the parent, or null under a shadow root (one DOM call less per text). */
  parentEl: Element | null;
  root: LabelRoot;
  inForm: boolean;
  inChrome: boolean;
}

export function walkDom(start: Document | Element | ShadowRoot, opts: WalkOptions): WalkResult {
  const steps = walkDomSteps(start, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The walk as steps: it pauses (yields) every few nodes so that a caller can spread a large
 * page over several short tasks (see run-sliced.ts). Iterative, with an explicit stack, so the
 * order is document order as a recursive walk would give: shadow tree before light children.
 */
export function* walkDomSteps(start: Document | Element | ShadowRoot, opts: WalkOptions): Generator<void, WalkResult> {
  const events: WalkEvent[] = [];
  const labelsFor = new Map<LabelRoot, Map<string, HTMLLabelElement>>();
  const stack: Frame[] = [];

  const pushHeading = (section: SectionKind, el: Element, text: string): void => {
    events.push({ t: 'heading', section, el, text, scope: headingScope(el) });
  };
  /** Pushed last = visited first. */
  /** `parentEl`: the parent when it is an element, null for a shadow root (the caller knows which). */
  const pushChildren = (parent: Node, parentEl: Element | null, root: LabelRoot, inForm: boolean, inChrome: boolean): void => {
    const first = parent.firstChild;
    // A leaf (an input, an empty cell): no level to push and pop again.
    if (first) stack.push({ next: first, parentEl, root, inForm, inChrome });
  };
  const visitDocument = (doc: Document | null): void => {
    const html = doc?.documentElement;
    if (html) pushChildren(html, html, doc, false, false);
  };

  const visitText = (child: Text, parentEl: Element | null): void => {
    const raw = child.data;
    const trimmed = raw.trim();
    if (!trimmed || !parentEl) return;
    // Long texts are never labels or headings: skip normalising them.
    const norm = trimmed.length > 60 ? trimmed : normalizeLabel(raw);
    const section = matchSection(norm, true);
    if (section && !NOT_HEADING_TEXT.has(parentEl.tagName) && !parentEl.closest(NOT_HEADING_CONTAINER)) {
      pushHeading(section, parentEl, raw);
    } else {
      events.push({ t: 'text', node: child, raw, norm, parent: parentEl });
    }
  };

  const visitElement = (el: Element, root: LabelRoot, inForm: boolean, inChrome: boolean): void => {
    const info = classify(el);
    if (!info) return;
    const ctl = info.ctl;
    if (ctl === 'action') {
      events.push({ t: 'action', el, text: el.textContent ?? el.getAttribute('value') ?? '' });
      return;
    }
    if (ctl) {
      events.push({ t: 'control', el: el as HTMLElement, ctl, root, inForm, inChrome });
      // Component selects contain inputs and value text; the wrapper is the control.
      if (ctl !== 'cselect' && el.shadowRoot) pushChildren(el.shadowRoot, null, el.shadowRoot, inForm, inChrome);
      return;
    }
    const tag = info.tag;
    if (tag === 'IMG' || tag === 'CANVAS') {
      events.push({ t: 'image', el });
      return;
    }
    if (tag === 'LABEL') {
      const id = (el as HTMLLabelElement).htmlFor;
      if (id) {
        let map = labelsFor.get(root);
        if (!map) labelsFor.set(root, (map = new Map()));
        if (!map.has(id)) map.set(id, el as HTMLLabelElement);
      }
    }
    if (tag === 'IFRAME' || tag === 'FRAME') {
      if (opts.includeFrames) {
        let doc: Document | null = null;
        try {
          doc = (el as HTMLIFrameElement).contentDocument;
        } catch {
          // cross-origin: not ours to read
        }
        visitDocument(doc);
      }
      return;
    }
    if (isHeadingElement(tag, info.role, info.cls) && !el.closest(NOT_HEADING_CONTAINER)) {
      const text = el.textContent ?? '';
      const section = text.length <= 60 ? matchSection(text) : undefined;
      if (section) return pushHeading(section, el, text);
    }
    const nextInForm = inForm || tag === 'FORM';
    const nextInChrome = inChrome || isChrome(tag, info.role);
    // Light children after the shadow tree: pushed first.
    pushChildren(el, el, root, nextInForm, nextInChrome);
    const shadow = el.shadowRoot;
    if (shadow) pushChildren(shadow, null, shadow, nextInForm, nextInChrome);
  };

  if (start.nodeType === 9) visitDocument(start as Document);
  else if (start.nodeType === 11) pushChildren(start, null, start as ShadowRoot, false, false);
  else {
    const r = start.getRootNode();
    visitElement(start as Element, (r.nodeType === 9 || r.nodeType === 11 ? r : start.ownerDocument) as LabelRoot, false, false);
  }

  let count = 0;
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const child = f.next;
    if (!child) {
      stack.pop();
      continue;
    }
    f.next = child.nextSibling;
    const type = child.nodeType;
    if (type === 3) visitText(child as Text, f.parentEl);
    else if (type === 1) visitElement(child as Element, f.root, f.inForm, f.inChrome);
    if (++count === NODES_PER_CHECK) {
      count = 0;
      yield;
    }
  }
  return { events, labelsFor };
}
