import type { Lang } from '../../domain/localized';
import { UI_TEXT } from './strings';
import { WARNINGS_CSS } from './styles';
import type { FieldGroup, FieldWarning } from './warning-model';

export interface WarningsLayerProps {
  groups: readonly FieldGroup[];
  lang: Lang;
  /** Fields whose bubble the user opened (the controller keeps this state). */
  open: ReadonlySet<string>;
  /** A field's name as the page labels it, or "this field": never its key. */
  name(field: string): string;
}

export interface WarningsLayerEvents {
  onToggle(field: string): void;
  onDismiss(field: string, rule: string): void;
  /** Keys inside a bubble (Tab out of it goes back to the page after its field). */
  onKey(e: KeyboardEvent, field: string, bubble: HTMLElement): void;
}

type Attrs = Record<string, string | false | undefined>;

/** What a bubble was drawn from: an unchanged bubble keeps its element (focus, position). */
const drawnFrom = new WeakMap<Element, string>();
/** A warning element's stable id (rule, counter), to keep focus on its button across redraws. */
const warningId = new WeakMap<Element, string>();

/**
 * Every bubble of the page, and the polite live region that announces new errors (its text is
 * written by the controller). Plain DOM, no framework (the content script's size): a bubble is
 * rebuilt only when what it shows changed, keyed by field, so unchanged bubbles keep their
 * elements, position and focus while the user types. Positions are written by the controller
 * straight onto the bubbles (style.transform), so scrolling never redraws. Page values in
 * messages are set as text, never as markup. One click and one keydown listener serve every
 * bubble.
 */
export function renderWarningsLayer(root: ShadowRoot, p: WarningsLayerProps, on: WarningsLayerEvents): void {
  const doc = root.ownerDocument;
  const h = (tag: string, attrs: Attrs, ...children: (Node | string | false)[]): HTMLElement => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== false && v !== undefined) el.setAttribute(k, v);
    for (const c of children) if (c !== false) el.append(c);
    return el;
  };
  let layer = root.querySelector<HTMLElement>('.layer');
  if (!layer) {
    const style = h('style', {});
    style.textContent = WARNINGS_CSS;
    layer = h('div', { class: 'layer' }, h('div', { class: 'live', role: 'status', 'aria-live': 'polite' }));
    root.append(style, layer);
    const bubbleOf = (e: Event): HTMLElement | null | undefined => (e.target as Element).closest?.<HTMLElement>('.bubble');
    layer.addEventListener('click', (e) => {
      const button = (e.target as Element).closest?.('button');
      const field = bubbleOf(e)?.getAttribute('data-icp-field-group');
      if (!button || field == null) return;
      if (button.classList.contains('more')) on.onToggle(field);
      else on.onDismiss(field, button.closest('.warning')!.getAttribute('data-icp-rule')!);
    });
    layer.addEventListener('keydown', (e) => {
      const bubble = bubbleOf(e);
      const field = bubble?.getAttribute('data-icp-field-group');
      if (!bubble || field == null) return;
      if (e.key === 'Escape' && bubble.classList.contains('open')) on.onToggle(field);
      on.onKey(e, field, bubble);
    });
  }
  layer.lang = p.lang === 'zh' ? 'zh-CN' : 'en';
  const old = new Map<string, HTMLElement>();
  for (const el of layer.querySelectorAll<HTMLElement>(':scope > .bubble')) old.set(el.getAttribute('data-icp-field-group')!, el);
  let prev: Element = layer.firstElementChild!;
  for (const g of p.groups) {
    const open = p.open.has(g.field);
    const names = [g.field, ...g.warnings.flatMap((w) => [w.about, ...w.partners])].map(p.name);
    const sig = JSON.stringify([g, open, p.lang, names]);
    let el = old.get(g.field);
    old.delete(g.field);
    if (!el || drawnFrom.get(el) !== sig) {
      const next = bubble(g, open, p, h);
      drawnFrom.set(next, sig);
      if (el) {
        // Redrawn in place: where it stood and whether it is shown until the next placement.
        next.style.transform = el.style.transform;
        next.toggleAttribute('data-placed', el.hasAttribute('data-placed'));
        // The button that had focus keeps it (the same button of the same warning).
        const focused = root.activeElement;
        const inOld = focused && el.contains(focused) ? focused : null;
        const from = inOld?.closest('.warning');
        el.replaceWith(next);
        if (inOld && from) {
          const id = warningId.get(from);
          const cls = inOld.classList.contains('more') ? '.more' : '.close';
          for (const w of next.querySelectorAll('.warning')) if (warningId.get(w) === id) w.querySelector<HTMLElement>(cls)?.focus({ preventScroll: true });
        }
      }
      el = next;
    }
    if (prev.nextElementSibling !== el) prev.after(el);
    prev = el;
  }
  for (const el of old.values()) el.remove();
}

type H = (tag: string, attrs: Attrs, ...children: (Node | string | false)[]) => HTMLElement;

/**
 * One field's warnings. Closed: the first message on up to two lines, the count of the others
 * on the toggle; opened: every message in full with why and source. The toggle's visible text
 * is its accessible name.
 */
function bubble(g: FieldGroup, open: boolean, p: WarningsLayerProps, h: H): HTMLElement {
  const t = UI_TEXT[p.lang];
  const more = g.warnings.length - 1;
  // For aria-controls: field keys are unique within the layer's shadow root.
  const bodyId = `icp-b:${g.field}`;
  // A lone pointer to a partner's warning has nothing to unfold.
  const toggle =
    (more > 0 || g.warnings[0]!.primary) &&
    h(
      'button',
      { type: 'button', class: 'more', 'aria-expanded': String(open), 'aria-controls': bodyId, 'aria-describedby': `${bodyId}:m` },
      open ? t.less : more > 0 ? `${t.more} +${more}` : t.more,
      h('span', { 'aria-hidden': 'true' }, open ? ' ▴' : ' ▾'),
    );
  return h(
    'div',
    { class: `bubble sev-${g.severity}${open ? ' open' : ''}`, 'data-icp-field-group': g.field, role: 'group', 'aria-label': `${t.group}: ${p.name(g.field)}` },
    h('div', { id: bodyId }, ...g.warnings.map((w, i) => warning(w, open, i, i === 0 && toggle, `${bodyId}${i ? i : ':m'}`, p, h))),
  );
}

/** One warning of a bubble; closed, only the first (`index` 0) shows, with the bubble's toggle. */
function warning(w: FieldWarning, open: boolean, index: number, toggle: HTMLElement | false, msgId: string, p: WarningsLayerProps, h: H): HTMLElement {
  const t = UI_TEXT[p.lang];
  const line = (label: string, text: string): HTMLElement => h('p', {}, h('b', {}, label), text);
  const el = h(
    'div',
    { class: `warning sev-${w.severity}`, 'data-icp-rule': w.rule, 'data-icp-field': w.field, 'data-icp-severity': w.severity, hidden: !open && index > 0 && '' },
    h(
      'div',
      { class: 'head' },
      h('span', { class: 'chip' }, t.severity[w.severity]),
      h('span', { class: 'msg', id: msgId }, w.primary ? w.message[p.lang] : t.seeAt(p.name(w.about))),
      toggle,
      h('button', { type: 'button', class: 'close', 'aria-label': t.dismiss, title: t.dismiss, 'data-icp-dismiss': '' }, '×'),
    ),
    open &&
      w.primary &&
      h(
        'div',
        { class: 'details' },
        ...w.more.map((m) => h('p', {}, m[p.lang])),
        line(t.why, w.why[p.lang]),
        line(t.source, w.sourceText?.[p.lang] ?? ''),
        w.partners.length > 0 && line(t.alsoMarks, w.partners.map(p.name).join(p.lang === 'zh' ? '、' : ', ')),
      ),
  );
  warningId.set(el, w.id);
  return el;
}
