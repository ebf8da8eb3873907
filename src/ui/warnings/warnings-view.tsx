import { render } from 'preact';
import type { Finding } from '../../domain/finding';
import type { Lang } from '../../domain/localized';
import type { RecognizedField } from '../../recognition/types';
import { anchorBox } from './anchor-rect';
import { placeBubble, type Box } from './place';
import { WARNINGS_CSS } from './styles';
import { WarningsLayer } from './WarningsLayer';
import { dismissKey, groupFindings, type FieldGroup } from './warning-model';

export interface WarningsView {
  /** Draws the findings beside the fields (fields not on the page are skipped). */
  update(findings: readonly Finding[], fields: readonly RecognizedField[]): void;
  /** Re-place the bubbles on the next animation frame (layout may have moved). */
  reposition(): void;
  /** `field|rule` pairs the user dismissed (kept for this page session). */
  dismissed(): ReadonlySet<string>;
  destroy(): void;
}

export interface WarningsViewOptions {
  doc: Document;
  lang: Lang;
  /** Called after the user dismissed a warning (counts for the badge changed). */
  onDismiss?(field: string, rule: string): void;
}

export const HOST_TAG = 'icp-filing-helper';

/**
 * One overlay host (`<icp-filing-helper data-icp-helper>`, open shadow root) appended to
 * `<html>`, outside the page's React/Vue trees: fixed, zero-sized, top z-index, so the
 * page's layout never moves. Bubbles inside are placed beside their fields and follow them
 * on scroll and resize (one requestAnimationFrame per burst).
 */
export function createWarningsView({ doc, lang, onDismiss }: WarningsViewOptions): WarningsView {
  const win = doc.defaultView ?? window;
  const abort = new AbortController();
  const dismissed = new Set<string>();
  const scrollTargets = new WeakSet<EventTarget>();
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let container: HTMLElement | null = null;
  let findings: readonly Finding[] = [];
  let fields: readonly RecognizedField[] = [];
  let byKey = new Map<string, RecognizedField>();
  let groups: FieldGroup[] = [];
  let frame = 0;
  let destroyed = false;
  const resizeObserver = new ResizeObserver(() => reposition());
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
  let pressed = false;
  let heldBack = false;

  function ensureHost(): HTMLElement {
    if (!host) {
      host = doc.createElement(HOST_TAG);
      host.setAttribute('data-icp-helper', 'warnings');
      for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
      root = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = WARNINGS_CSS;
      container = doc.createElement('div');
      root.append(style, container);
    }
    // Some pages rewrite <html>'s children (document.open, hydration); come back if removed.
    if (!host.isConnected) doc.documentElement.append(host);
    return host;
  }

  function draw(): void {
    const present: string[] = [];
    for (const f of fields) if (f.anchor.isConnected) present.push(f.key);
    groups = groupFindings(findings, present, dismissed);
    if (groups.length === 0 && !host) return;
    ensureHost();
    render(<WarningsLayer groups={groups} lang={lang} onDismiss={dismiss} onResize={reposition} />, container!);
    watchAnchors();
    // Placed in the next frame, before it is painted (new bubbles stay hidden until then):
    // no synchronous layout of the page in the middle of the user's typing.
    reposition();
  }

  function dismiss(field: string, rule: string): void {
    const hadFocus = root?.activeElement != null;
    dismissed.add(dismissKey(field, rule));
    draw();
    // The user pressed the button: hand focus back to the field rather than to <body>.
    if (hadFocus && root?.activeElement == null) {
      const target = byKey.get(field)?.elements[0] ?? byKey.get(field)?.anchor;
      target?.focus?.({ preventScroll: true });
    }
    onDismiss?.(field, rule);
  }

  /** Observe the anchors on the page (size changes) and the documents they scroll in. */
  function watchAnchors(): void {
    const wanted = new Set<Element>();
    for (const g of groups) {
      const a = byKey.get(g.field)?.anchor;
      if (a) wanted.add(a);
    }
    for (const a of observedAnchors) {
      if (!wanted.has(a)) {
        resizeObserver.unobserve(a);
        intersectionObserver.unobserve(a);
        observedAnchors.delete(a);
      }
    }
    for (const a of wanted) {
      if (observedAnchors.has(a)) continue;
      resizeObserver.observe(a);
      intersectionObserver.observe(a);
      observedAnchors.add(a);
      // Scrolling inside same-origin iframes or shadow-root scrollers moves fields too.
      const d = a.ownerDocument;
      if (!scrollTargets.has(d)) {
        scrollTargets.add(d);
        d.addEventListener('scroll', reposition, { capture: true, passive: true, signal: abort.signal });
      }
    }
  }

  function reposition(): void {
    if (frame || destroyed) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!destroyed) place();
    });
  }

  /** All reads first, then all writes: one layout per frame. */
  function place(): void {
    if (!container) return;
    const bubbles = container.querySelectorAll<HTMLElement>('.bubble');
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const plan: PlannedBubble[] = [];
    let stale = false;
    for (const el of bubbles) {
      if (pressed && !el.hasAttribute('data-placed')) {
        heldBack = true;
        continue;
      }
      const anchor = byKey.get(el.getAttribute('data-icp-field-group') ?? '')?.anchor;
      if (!anchor?.isConnected) {
        stale = true;
        plan.push({ el, at: null, w: 0, h: 0, open: false });
        continue;
      }
      const box: Box | null = hiddenAnchors.has(anchor) ? null : anchorBox(anchor, win);
      const w = el.offsetWidth;
      const h = el.offsetHeight;
      plan.push({ el, at: box ? placeBubble(box, { width: w, height: h }, viewport) : null, w, h, open: el.classList.contains('open') });
    }
    avoidOverlaps(plan);
    for (const { el, at } of plan) {
      if (at) {
        el.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`;
        el.setAttribute('data-placed', '');
      } else {
        el.removeAttribute('data-placed');
      }
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
  win.addEventListener('pointerdown', press, { capture: true, passive: true, signal: abort.signal });
  win.addEventListener('pointerup', release, { capture: true, passive: true, signal: abort.signal });
  win.addEventListener('pointercancel', release, { capture: true, passive: true, signal: abort.signal });
  // A release outside the window (dragged out) is never seen: the next move without buttons ends it.
  win.addEventListener('pointermove', (e) => {
    if (pressed && e.buttons === 0) release();
  }, { capture: true, passive: true, signal: abort.signal });
  win.addEventListener('blur', release, { signal: abort.signal });
  win.addEventListener('resize', reposition, { passive: true, signal: abort.signal });
  win.visualViewport?.addEventListener('resize', reposition, { passive: true, signal: abort.signal });
  scrollTargets.add(doc);
  doc.addEventListener('scroll', reposition, { capture: true, passive: true, signal: abort.signal });
  // Content growing or shrinking above a field moves it without resizing it.
  resizeObserver.observe(doc.documentElement);

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
    destroy() {
      destroyed = true;
      if (frame) win.cancelAnimationFrame(frame);
      abort.abort();
      resizeObserver.disconnect();
      intersectionObserver.disconnect();
      if (container) render(null, container);
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
}

/**
 * Closed bubbles of neighbouring fields must not cover each other: top to bottom, a bubble
 * that would overlap one above it moves down just below it. An opened bubble lies on top.
 */
export function avoidOverlaps(plan: PlannedBubble[], gap = 3): void {
  const placed = plan.filter((p) => p.at && !p.open).sort((a, b) => a.at!.y - b.at!.y);
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    for (let moved = true; moved; ) {
      moved = false;
      for (let j = 0; j < i; j++) {
        const q = placed[j]!;
        const xOverlap = p.at!.x < q.at!.x + q.w && q.at!.x < p.at!.x + p.w;
        if (xOverlap && p.at!.y < q.at!.y + q.h + gap && q.at!.y < p.at!.y + p.h) {
          p.at = { x: p.at!.x, y: q.at!.y + q.h + gap };
          moved = true;
        }
      }
    }
  }
}

const HOST_STYLE: Array<[string, string]> = [
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['display', 'block'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
  ['contain', 'none'],
];
