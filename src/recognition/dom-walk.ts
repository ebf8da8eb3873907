/**
 * One pass over the DOM in document order, into shadow roots and (optionally) same-origin
 * frames, producing the events recognition works on: text pieces, section headings,
 * controls, buttons and images. No layout reads.
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

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
const HEADING_CLASS = /(?:^|[\s_-])(?:title|heading|header|head)(?:$|[\s_-])|ant-card-head-title|section-title/;
const NOT_LABEL_TEXT = new Set(['OPTION', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** Step bars ("验证备案类型 › 填写主体信息 › 填写网站信息") and tabs name sections without opening them. */
const NOT_HEADING_CONTAINER = '[class*="step"], [role="tablist"], [role="tab"], nav, a';

function isHeadingElement(el: Element, role: string | null, cls: string): boolean {
  const tag = el.tagName;
  if (HEADING_TAGS.has(tag) || tag === 'STRONG' || tag === 'B' || tag === 'TH') return true;
  if (role === 'heading') return true;
  return cls !== '' && HEADING_CLASS.test(cls);
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
  includeFrames: boolean;
}

export function walkDom(start: Document | Element | ShadowRoot, opts: WalkOptions): WalkResult {
  const events: WalkEvent[] = [];
  const labelsFor = new Map<LabelRoot, Map<string, HTMLLabelElement>>();

  const rootOf = (n: Node): LabelRoot => {
    const r = n.getRootNode();
    return (r.nodeType === 9 || r.nodeType === 11 ? r : n.ownerDocument) as LabelRoot;
  };

  const visitChildren = (parent: Node, root: LabelRoot, inForm: boolean, inChrome: boolean): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const raw = (child as Text).data;
        if (raw.trim() === '') continue;
        const parentEl = child.parentElement;
        if (!parentEl) continue;
        // Long texts are never labels or headings: skip normalising them.
        const trimmed = raw.trim();
        const norm = trimmed.length > 60 ? trimmed : normalizeLabel(raw);
        if (!norm) {
          events.push({ t: 'text', node: child as Text, raw, norm, parent: parentEl });
          continue;
        }
        const section = norm.length <= 40 ? matchSection(norm, true) : undefined;
        if (section && parentEl.tagName !== 'LABEL' && !NOT_LABEL_TEXT.has(parentEl.tagName) && !parentEl.closest(NOT_HEADING_CONTAINER)) {
          events.push({ t: 'heading', section, el: parentEl, text: raw, scope: headingScope(parentEl) });
        } else {
          events.push({ t: 'text', node: child as Text, raw, norm, parent: parentEl });
        }
      } else if (child.nodeType === 1) {
        visitElement(child as Element, root, inForm, inChrome);
      }
    }
  };

  const visitElement = (el: Element, root: LabelRoot, inForm: boolean, inChrome: boolean): void => {
    const info = classify(el);
    if (info.skip) return;
    const ctl = info.ctl;
    if (ctl) {
      events.push({ t: 'control', el: el as HTMLElement, ctl, root, inForm, inChrome });
      // Component selects contain inputs and value text; the wrapper is the control.
      if (ctl !== 'cselect') {
        if (el.shadowRoot) visitChildren(el.shadowRoot, el.shadowRoot, inForm, inChrome);
        return;
      }
      return;
    }
    if (info.action) {
      events.push({ t: 'action', el, text: el.textContent ?? el.getAttribute('value') ?? '' });
      return;
    }
    const tag = el.tagName;
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
          doc = null; // cross-origin: not ours to read
        }
        if (doc?.documentElement) visitChildren(doc.documentElement, doc, false, false);
      }
      return;
    }
    if (isHeadingElement(el, info.role, info.cls) && !el.closest(NOT_HEADING_CONTAINER)) {
      const text = el.textContent ?? '';
      const section = text.length <= 60 ? matchSection(text) : undefined;
      if (section) {
        events.push({ t: 'heading', section, el, text, scope: headingScope(el) });
        return;
      }
    }
    const nextInForm = inForm || tag === 'FORM';
    const nextInChrome = inChrome || isChrome(el, info.role);
    if (el.shadowRoot) visitChildren(el.shadowRoot, el.shadowRoot, nextInForm, nextInChrome);
    visitChildren(el, root, nextInForm, nextInChrome);
  };

  if (start.nodeType === 9) {
    const doc = start as Document;
    if (doc.documentElement) visitChildren(doc.documentElement, doc, false, false);
  } else if (start.nodeType === 11) {
    visitChildren(start, start as ShadowRoot, false, false);
  } else {
    visitElement(start as Element, rootOf(start), false, false);
  }
  return { events, labelsFor };
}
