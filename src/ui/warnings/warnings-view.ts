import type { Finding } from '../../domain/finding';
import type { Lang } from '../../domain/localized';
import type { RecognizedField } from '../../recognition/types';
import { createHelperHost } from '../helper-host';
import { obstacleBoxes, onObstaclesChanged } from '../overlay-obstacles';
import { fieldBox } from './anchor-rect';
import { pageFieldName } from './field-name';
import { UI_TEXT } from './strings';
import { placeBubble, type Box } from './place';
import { renderWarningsLayer } from './warnings-layer';
import { dismissKey, groupFindings, type FieldGroup } from './warning-model';

export interface WarningsView {
  /** Draws the findings beside the fields (fields not on the page are skipped). */
  update(findings: readonly Finding[], fields: readonly RecognizedField[]): void;
  /** Re-place the bubbles on the next animation frame (layout may have moved). */
  reposition(): void;
  /** `field|rule` pairs the user dismissed (kept for this page session). */
  dismissed(): ReadonlySet<string>;
  /** Switches the bubbles' language (the options page's setting changes live). */
  setLang(lang: Lang): void;
  /** Scrolls to the next (1) or previous (-1) warning and focuses it; false when there is none. */
  go(step: 1 | -1): boolean;
  destroy(): void;
}

export interface WarningsViewOptions {
  doc: Document;
  lang: Lang;
  /** Called after the user dismissed a warning (counts for the badge changed). */
  onDismiss?(field: string, rule: string): void;
  /** A mouse button is held as the view is made (its code loaded during the press). */
  pressed?: boolean;
}

/**
 * One overlay host (random tag, `data-icp-helper="warnings"`, open shadow root) appended to
 * `<html>`, outside the page's React/Vue trees: fixed, zero-sized, top z-index, so the
 * page's layout never moves. Bubbles inside are placed beside their fields and follow them
 * on scroll and resize (one requestAnimationFrame per burst).
 */
export function createWarningsView({ doc, lang, onDismiss, pressed: pressedAtStart = false }: WarningsViewOptions): WarningsView {
  const win = doc.defaultView ?? window;
  const abort = new AbortController();
  // Capture sees scrolls of inner scrollers; for events on the window itself it changes nothing.
  const listening = { capture: true, passive: true, signal: abort.signal };
  const dismissed = new Set<string>();
  const opened = new Set<string>();
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let refused = false;
  let findings: readonly Finding[] = [];
  let fields: readonly RecognizedField[] = [];
  let byKey = new Map<string, RecognizedField>();
  let groups: FieldGroup[] = [];
  /** Fields' page labels, read once per drawing (each bubble's signature and text use them). */
  let names = new Map<string, string>();
  // Errors already announced in the live region (`field|rule`); a new one is announced once.
  let announced = new Set<string>();
  let announce = '';
  let frame = 0;
  let destroyed = false;
  const resizeObserver = new ResizeObserver(reposition);
  // Clipped away by a scrolling container (or scrolled off screen): hide the bubble too.
  const hiddenAnchors = new WeakSet<Element>();
  const intersectionObserver = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) hiddenAnchors.delete(e.target);
      else hiddenAnchors.add(e.target);
    }
    reposition();
  });
  const observedAnchors = new Set<Element>();
  // A bubble that appears while a mouse button is down could land under the pointer: the
  // press started on the page (a checkbox under the field just left, whose blur brought the
  // warning) and the release would end on the bubble, so the page never gets its click.
  // New bubbles wait for the release; bubbles already shown keep following their fields.
  let pressed = pressedAtStart;
  let heldBack = false;

  /** False when the page refuses every host (createHelperHost said so once): draw nothing. */
  function ensureHost(): boolean {
    if (!host) {
      // Open: the contract lets outside tests read the warnings; the tag is random (hostile pages).
      const made = refused ? undefined : createHelperHost(doc, 'warnings', 'open', HOST_STYLE);
      if (!made) {
        refused = true;
        return false;
      }
      ({ host, root } = made);
    }
    // Some pages rewrite <html>'s children (document.open, hydration); come back if removed.
    if (!host.isConnected) doc.documentElement.append(host);
    return true;
  }

  function draw(): void {
    const present = fields.filter((f) => f.anchor.isConnected).map((f) => f.key);
    groups = groupFindings(findings, present, dismissed);
    names = new Map();
    // A bubble that goes away forgets that it was open.
    for (const field of opened) if (!groups.some((g) => g.field === field)) opened.delete(field);
    if ((groups.length === 0 && !host) || !ensureHost()) return;
    const t = UI_TEXT[lang];
    const now = new Set<string>();
    const news: string[] = [];
    for (const g of groups) {
      for (const w of g.warnings) {
        if (!w.primary || w.severity !== 'error') continue;
        const k = dismissKey(w.field, w.rule);
        now.add(k);
        if (!announced.has(k)) news.push(`${t.severity.error}: ${name(w.field)}: ${w.message[lang]}`);
      }
    }
    announced = now;
    if (news.length > 0) announce = news.join('\n');
    renderWarningsLayer(root!, { groups, lang, open: opened, name }, { onToggle: toggle, onDismiss: dismiss, onKey: bubbleKey });
    watchAnchors();
    // Placed in the next frame, before it is painted (new bubbles stay hidden until then):
    // no synchronous layout of the page in the middle of the user's typing.
    reposition();
  }

  /** The page's own label of a field, else "this field" (never the key). */
  function name(field: string): string {
    let n = names.get(field);
    if (n === undefined) {
      const f = byKey.get(field);
      names.set(field, (n = (f && pageFieldName(f.elements[0] ?? f.anchor)) || UI_TEXT[lang].field));
    }
    return n;
  }

  /** The bubble's first button, when the bubble is shown. */
  function bubbleButton(field: string): HTMLElement | null | undefined {
    for (const el of root?.querySelectorAll<HTMLElement>('.bubble[data-placed]') ?? []) {
      if (el.getAttribute('data-icp-field-group') === field) return el.querySelector('button');
    }
    return null;
  }

  /** The control that holds a field's last keyboard stop. */
  function lastControl(field: string): HTMLElement | undefined {
    const f = byKey.get(field);
    return f && (f.elements[f.elements.length - 1] ?? f.anchor);
  }

  /**
   * Tab from a field with a warning goes into its bubble (the bubbles live at the end of the
   * document, so the browser's own order would reach them only after the page's footer).
   */
  function pageKey(e: KeyboardEvent): void {
    if (e.key !== 'Tab' || e.shiftKey || !root) return;
    const target = e.composedPath()[0] as Node;
    const g = groups.find((x) => lastControl(x.field)?.contains(target));
    const button = g && bubbleButton(g.field);
    if (!button) return;
    e.preventDefault();
    button.focus();
  }

  /** Tab out of a bubble returns to the page right after its field; Shift+Tab to the field. */
  function bubbleKey(e: KeyboardEvent, field: string, bubble: HTMLElement): void {
    if (e.key !== 'Tab') return;
    const buttons = [...(bubble.querySelectorAll<HTMLElement>('.warning:not([hidden]) button'))];
    const control = lastControl(field);
    if (!control) return;
    if (e.shiftKey && e.composedPath()[0] === buttons[0]) {
      e.preventDefault();
      control.focus();
    } else if (!e.shiftKey && e.composedPath()[0] === buttons[buttons.length - 1]) {
      // Focus goes back to the field and the browser's Tab then moves on from there.
      control.focus({ preventScroll: true });
    }
  }

  function go(step: 1 | -1): boolean {
    if (groups.length === 0) return false;
    const active = root?.activeElement?.closest('.bubble')?.getAttribute('data-icp-field-group');
    const from = groups.findIndex((g) => g.field === active || lastControl(g.field)?.contains(doc.activeElement));
    const g = groups[from < 0 ? (step > 0 ? 0 : groups.length - 1) : (from + step + groups.length) % groups.length]!;
    byKey.get(g.field)?.anchor.scrollIntoView({ block: 'center' });
    // Focused once placed beside the field (hidden bubbles take no focus).
    const tryFocus = (left: number): void => {
      const b = bubbleButton(g.field);
      if (b) b.focus();
      else if (left > 0) win.requestAnimationFrame(() => tryFocus(left - 1));
    };
    reposition();
    tryFocus(10);
    return true;
  }

  function toggle(field: string): void {
    if (!opened.delete(field)) opened.add(field);
    draw();
  }

  function dismiss(field: string, rule: string): void {
    const hadFocus = root?.activeElement != null;
    dismissed.add(dismissKey(field, rule));
    draw();
    // The user pressed the button: hand focus back to the field rather than to <body>.
    if (hadFocus && root?.activeElement == null) {
      const f = byKey.get(field);
      (f?.elements[0] ?? f?.anchor)?.focus?.({ preventScroll: true });
    }
    onDismiss?.(field, rule);
  }

  /** Observe the anchors on the page (size changes) and the documents they scroll in. */
  function watchAnchors(): void {
    // Groups are only made for fields in byKey (the fields on the page).
    const wanted = new Set<Element>(groups.map((g) => byKey.get(g.field)!.anchor));
    for (const a of observedAnchors) {
      if (wanted.has(a)) continue;
      resizeObserver.unobserve(a);
      intersectionObserver.unobserve(a);
      observedAnchors.delete(a);
    }
    for (const a of wanted) {
      if (observedAnchors.has(a)) continue;
      resizeObserver.observe(a);
      intersectionObserver.observe(a);
      observedAnchors.add(a);
      // Scrolling inside same-origin iframes or shadow-root scrollers moves fields too (the
      // same listener is added to a document only once).
      a.ownerDocument.addEventListener('scroll', reposition, listening);
    }
  }

  function reposition(): void {
    if (frame || destroyed) return;
    // destroy() cancels a pending frame.
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  }

  /** All reads first, then all writes: one layout per frame. */
  function place(): void {
    if (!root) return;
    const bubbles = root.querySelectorAll<HTMLElement>('.bubble');
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const plan: PlannedBubble[] = [];
    let stale = false;
    for (const el of bubbles) {
      if (pressed && !el.hasAttribute('data-placed')) {
        heldBack = true;
        continue;
      }
      const f = byKey.get(el.getAttribute('data-icp-field-group') ?? '');
      const anchor = f?.anchor;
      if (!anchor?.isConnected) stale = true;
      const box: Box | null = anchor?.isConnected && !hiddenAnchors.has(anchor) ? fieldBox(anchor, f!.elements, win) : null;
      const w = el.offsetWidth;
      const h = el.offsetHeight;
      plan.push({ el, at: box ? placeBubble(box, { width: w, height: h }, viewport) : null, w, h, open: el.classList.contains('open'), field: box });
    }
    // Never under or over the helper's own prompt: a bubble there moves left of it or above
    // it (not onto its own field); one still under it after the bubbles were pushed apart
    // waits until the prompt closes.
    const blocked = obstacleBoxes();
    const hits = (x: number, y: number, p: PlannedBubble, boxes: readonly (DOMRect | null | undefined)[]): boolean =>
      boxes.some((b) => b && x < b.right && b.left < x + p.w && y < b.bottom && b.top < y + p.h);
    for (const p of plan) {
      const a = p.at;
      const b = a && blocked.find((o) => hits(a.x, a.y, p, [o]));
      if (!a || !b) continue;
      const own = p.field && new DOMRect(p.field.left, p.field.top, p.field.width, p.field.height);
      const ok = (x: number, y: number): boolean => x >= 0 && y >= 0 && !hits(x, y, p, [...blocked, own]);
      p.at = ok(b.left - p.w - 8, a.y) ? { x: b.left - p.w - 8, y: a.y } : ok(a.x, b.top - p.h - 8) ? { x: a.x, y: b.top - p.h - 8 } : null;
    }
    avoidOverlaps(plan);
    for (const p of plan) if (p.at && hits(p.at.x, p.at.y, p, blocked)) p.at = null;
    for (const { el, at } of plan) {
      if (at) el.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`;
      el.toggleAttribute('data-placed', !!at);
    }
    // Written after the region exists, so screen readers notice the change.
    const live = root.querySelector('.live');
    if (live && announce) {
      live.textContent = announce;
      announce = '';
    }
    // A field left the DOM before the session noticed: drop its warnings now.
    if (stale) draw();
  }

  const press = (e: PointerEvent): void => {
    // Presses on the bubbles themselves (their buttons) hold nothing back.
    if (host && e.composedPath().includes(host)) return;
    pressed = e.buttons !== 0;
  };
  const release = (): void => {
    pressed = false;
    if (heldBack) {
      heldBack = false;
      reposition();
    }
  };
  win.addEventListener('pointerdown', press, listening);
  win.addEventListener('pointerup', release, listening);
  win.addEventListener('pointercancel', release, listening);
  // A release outside the window (dragged out) is never seen: the next move without buttons ends it.
  win.addEventListener('pointermove', (e) => {
    if (pressed && e.buttons === 0) release();
  }, listening);
  // The window's own blur only (not captured: a field's blur must not end a press).
  win.addEventListener('blur', release, { signal: abort.signal });
  doc.addEventListener('keydown', pageKey, { capture: true, signal: abort.signal });
  win.addEventListener('resize', reposition, listening);
  win.visualViewport?.addEventListener('resize', reposition, listening);
  doc.addEventListener('scroll', reposition, listening);
  // Content growing or shrinking above a field moves it without resizing it.
  resizeObserver.observe(doc.documentElement);
  const stopObstacles = onObstaclesChanged(reposition);

  return {
    update(nextFindings, nextFields) {
      if (destroyed) return;
      findings = nextFindings;
      fields = nextFields;
      byKey = new Map(nextFields.map((f) => [f.key, f]));
      draw();
    },
    reposition,
    dismissed: () => dismissed,
    setLang(next) {
      if (next === lang) return;
      lang = next;
      if (host) draw();
    },
    go,
    destroy() {
      destroyed = true;
      if (frame) win.cancelAnimationFrame(frame);
      abort.abort();
      stopObstacles();
      resizeObserver.disconnect();
      intersectionObserver.disconnect();
      // Dropping the host drops the bubbles and their listeners.
      host?.remove();
      host = null;
    },
  };
}

export interface PlannedBubble {
  el: HTMLElement;
  at: { x: number; y: number } | null;
  w: number;
  h: number;
  open: boolean;
  /** The field's own box: a bubble moved out of another's way never lands on it. */
  field?: Box | null;
}

/**
 * Bubbles never cover each other: an opened bubble keeps its place beside its field, then top
 * to bottom, a bubble that would overlap one already placed moves down just below it. One
 * pushed more than its own height past its field (a dense form in a narrow window) is not
 * shown rather than shown beside another field; it comes back when there is room (scroll,
 * wider window), and the popup and the next-warning command still reach it.
 */
export function avoidOverlaps(plan: PlannedBubble[], gap = 3): void {
  const placed = plan.filter((p) => p.at).sort((a, b) => +b.open - +a.open || a.at!.y - b.at!.y);
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    const wanted = p.at!.y;
    for (let moved = true; moved && p.at; ) {
      moved = false;
      for (let j = 0; j < i && p.at; j++) {
        const q = placed[j]!;
        if (!q.at || !(p.at.x < q.at.x + q.w && q.at.x < p.at.x + p.w && p.at.y < q.at.y + q.h + gap && q.at.y < p.at.y + p.h)) continue;
        let y = q.at.y + q.h + gap;
        // Placed above its field and pushed down onto it: go under the field instead.
        const f = p.field;
        if (f && p.at.x < f.left + f.width && f.left < p.at.x + p.w && y < f.top + f.height && f.top < y + p.h) y = f.top + f.height + gap;
        p.at = !p.open && y > Math.max(wanted, f ? f.top + f.height + gap : wanted) + p.h ? null : { x: p.at.x, y };
        moved = true;
      }
    }
  }
}

/**
 * The host's own box: zero-sized, fixed, above the page; `!important` so page styles cannot
 * move or hide it. Set through CSSOM (`style.cssText`), which a page's CSP does not block.
 */
const HOST_STYLE =
  'position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
  'margin:0!important;padding:0!important;border:0!important;display:block!important;overflow:visible!important;' +
  'z-index:2147483647!important;pointer-events:none!important;contain:none!important';
