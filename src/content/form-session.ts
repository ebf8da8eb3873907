import type { FieldValue, FieldValues } from '../domain/draft-file';
import type { FormRecognition, RecognizedField } from '../recognition/types';
import type { FormSession, FormSnapshot } from './form-session-types';
import { sameValue } from './same-value';
import { runSliced } from '../scheduling/run-sliced';
import { whenIdle, yieldToPage } from '../scheduling/yield-to-page';
import { afterNextPaint } from '../scheduling/after-paint';

export interface FormSessionOptions {
  /** Recognises the whole form (document, open shadow roots, same-origin iframes). */
  recognize(doc: Document): FormRecognition;
  /** Reads one field's current value (never called for secrets). */
  readValue(field: RecognizedField): FieldValue | undefined;
  /** Quiet time before a structural change is re-recognised. */
  mutationDebounceMs?: number;
  /** Shorter quiet time when controls were added (a form or a field just rendered). */
  controlsAddedDebounceMs?: number;
  /** Upper bound on the wait while the page keeps mutating. */
  mutationMaxWaitMs?: number;
  /** Called (undebounced) on every relevant DOM change, e.g. to re-place warnings. */
  onDomChange?(): void;
  /**
   * Controls were added to the page (a form is rendering): called at once, before the page's
   * frame and the re-recognition, e.g. to start loading what showing warnings needs. Keep it cheap.
   */
  onControlsAdded?(): void;
  /**
   * The recognition as steps (recognizeFormSteps): given, the first pass waits for the page to
   * be idle and runs in short slices, and `ready` resolves when it is done (until then
   * `current()` is an empty snapshot and nothing is emitted); re-recognitions run in slices
   * too. Without it the first pass runs at once, inside createFormSession.
   */
  recognizeSteps?(doc: Document): Generator<void, FormRecognition>;
  /** Longest wait for an idle moment before the sliced first pass starts anyway. */
  firstPassIdleTimeoutMs?: number;
  /** Waits for the page's frame before a form that just rendered is read (tests pass their own). */
  afterPaint?(): Promise<void>;
  /**
   * Readies what recognising a form needs (the label dictionary's index), at idle after a first
   * pass that found no field: a form rendered later is then read without that cost, and a page
   * without any form does not pay for it while it loads.
   */
  warmUp?(): void;
}

const EMPTY_SNAPSHOT: FormSnapshot = { recognition: { fields: [], secrets: [], unmapped: [] }, values: {}, changedKeys: [], cause: 'initial' };

// Attributes that can show, hide, enable or disable a control.
const WATCHED_ATTRIBUTES = ['disabled', 'hidden', 'readonly', 'aria-hidden', 'style', 'class', 'type', 'open'];
/** At most one immediate re-recognition per this many ms; the rest waits for a pause. */
const IMMEDIATE_SPACING_MS = 250;
const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const CONTROL_SELECTOR = 'input,select,textarea,[contenteditable],[role=combobox],[role=textbox]';
const FIELD_EVENTS = [
  ['input', 'input'],
  ['change', 'change'],
  ['focusout', 'blur'],
  // `blur` as well: a page that swallows input/change/focusout still lets us see the value
  // when the user leaves the field (handled only when the value changed).
  ['blur', 'blur'],
] as const;

/**
 * The live form: recognised once, then kept current cheaply. Typing re-reads only the field
 * the event belongs to (element → field index); structural changes (late SPA renders, route
 * changes, added or removed fields) go through ONE debounced MutationObserver that
 * re-recognises the form.
 */
export function createFormSession(doc: Document, opts: FormSessionOptions): FormSession {
  const debounceMs = opts.mutationDebounceMs ?? 120;
  const maxWaitMs = opts.mutationMaxWaitMs ?? 600;
  const fastMs = opts.controlsAddedDebounceMs ?? 16;
  const win = doc.defaultView ?? window;
  const abort = new AbortController();
  const listeners = new Set<(s: FormSnapshot) => void>();
  const listenedRoots = new WeakSet<Node>();
  const handledEvents = new WeakSet<Event>();
  let index = new WeakMap<Element, RecognizedField>();
  let secretElements = new WeakSet<Element>();
  let snapshot: FormSnapshot = EMPTY_SNAPSHOT;
  /** A recognition in slices (the first pass or a re-recognition) while it runs; others wait for it. */
  let running: { cancelled: boolean } | undefined;
  /** A re-recognition was asked for while one ran. */
  let deferredUrgent: boolean | undefined;
  let readyResolved = false;
  let resolveReady!: (s: FormSnapshot) => void;
  const ready = new Promise<FormSnapshot>((r) => (resolveReady = r));
  let lastHref = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  let pendingUrgent = false;
  let lastImmediate = 0;
  let pendingCause: 'mutation' | 'route' = 'mutation';
  let stopped = false;
  /** Keys an input/change event reached us for since the field was last left. */
  const heard = new Set<string>();

  const observer = new MutationObserver((records) => {
    if (stopped) return;
    let relevant = false;
    let controlsAdded = false;
    for (const r of records) {
      if (!isRelevant(r)) continue;
      relevant = true;
      if (addsControls(r)) {
        controlsAdded = true;
        break;
      }
    }
    if (win.location.href !== lastHref) pendingCause = 'route';
    else if (!relevant) return;
    opts.onDomChange?.();
    if (controlsAdded) opts.onControlsAdded?.();
    if (running) {
      deferredUrgent = (deferredUrgent ?? false) || controlsAdded || pendingCause === 'route';
      return;
    }
    // A form (or a field) just rendered: read it right after the page's own frame has put it
    // on screen (nothing of ours runs in this microtask, before that frame), without waiting
    // for a pause. Bursts after that are debounced.
    const now = Date.now();
    if (controlsAdded && now - lastImmediate > IMMEDIATE_SPACING_MS) {
      lastImmediate = now;
      clearTimeout(timer);
      timer = undefined;
      rerecognize(opts.afterPaint ?? (() => afterNextPaint(win)));
      return;
    }
    schedule(controlsAdded || pendingCause === 'route');
  });

  /** A rendered form or field: check soon (first warnings should not wait for a pause). */
  function addsControls(r: MutationRecord): boolean {
    for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (CONTROL_TAGS.has(el.tagName) || el.querySelector(CONTROL_SELECTOR)) return true;
    }
    return false;
  }

  function isRelevant(r: MutationRecord): boolean {
    if (r.type === 'attributes') {
      const t = r.target as Element;
      if (isOwnUi(t)) return false;
      // Validation styling on the control itself changes per keystroke and never adds a field.
      if ((r.attributeName === 'class' || r.attributeName === 'style') && index.has(t)) return false;
      return true;
    }
    for (const n of r.addedNodes) if (n.nodeType === 1 && !isOwnUi(n)) return true;
    for (const n of r.removedNodes) if (n.nodeType === 1 && !isOwnUi(n)) return true;
    return false;
  }

  /** Debounced re-recognition; once something urgent is pending the short quiet time holds. */
  function schedule(urgent = false): void {
    const now = Date.now();
    if (timer === undefined) {
      pendingSince = now;
      pendingUrgent = false;
    } else clearTimeout(timer);
    pendingUrgent ||= urgent;
    const wait = now - pendingSince >= maxWaitMs ? 0 : pendingUrgent ? fastMs : debounceMs;
    timer = setTimeout(flush, wait);
  }

  function flush(): void {
    timer = undefined;
    if (stopped) return;
    if (running) {
      deferredUrgent ??= false;
      return;
    }
    rerecognize();
  }

  /** Re-recognises the form (in slices when it can) after `wait`; emits what changed. */
  function rerecognize(wait?: () => Promise<void>): void {
    const cause = (): 'route' | 'mutation' => (win.location.href !== lastHref || pendingCause === 'route' ? 'route' : 'mutation');
    const done = (recognition?: FormRecognition): void => {
      const c = cause();
      pendingCause = 'mutation';
      const { changed, structural } = scan(c, recognition);
      if (c === 'route' || structural || changed) emit();
    };
    if (!opts.recognizeSteps && !wait) return done();
    void slicedPass(opts.recognizeSteps, wait, done);
  }
  /** Re-recognises the form; returns whether the values or the set of fields changed. */
  function scan(cause: FormSnapshot['cause'], recognized?: FormRecognition): { changed: boolean; structural: boolean } {
    lastHref = win.location.href;
    const recognition = recognized ?? opts.recognize(doc);
    const prev = snapshot === EMPTY_SNAPSHOT ? undefined : snapshot;
    secretElements = new WeakSet(recognition.secrets.map((s) => s.element));
    const nextIndex = new WeakMap<Element, RecognizedField>();
    const values: FieldValues = {};
    for (const field of recognition.fields) {
      if (field.elements.some((el) => secretElements.has(el))) continue;
      for (const el of field.elements) nextIndex.set(el, field);
      nextIndex.set(field.anchor, field);
      const v = opts.readValue(field);
      if (v !== undefined) values[field.key] = v;
      listen(field.anchor.getRootNode());
      for (const el of field.elements) listen(el.getRootNode());
    }
    index = nextIndex;
    const changedKeys = prev ? diffKeys(prev.values, values) : Object.keys(values);
    const structural = !prev || !sameStructure(prev.recognition, recognition);
    snapshot = { recognition, values, changedKeys, cause };
    return { changed: changedKeys.length > 0, structural };
  }

  /** Listens on (and observes) the document and every shadow root or iframe document that holds a field. */
  function listen(root: Node): void {
    if (listenedRoots.has(root)) return;
    listenedRoots.add(root);
    observer.observe(root, observeOptions);
    for (const [type, trigger] of FIELD_EVENTS) {
      root.addEventListener(type, (e) => onFieldEvent(e, trigger), { capture: true, passive: true, signal: abort.signal });
    }
  }

  function onFieldEvent(e: Event, trigger: 'input' | 'change' | 'blur'): void {
    // A composed event from an open shadow root reaches both its root and the document; one
    // from the top document reaches the window first.
    if (stopped || handledEvents.has(e)) return;
    handledEvents.add(e);
    const field = fieldOfEvent(e);
    if (!field) return;
    const key = field.key;
    const v = opts.readValue(field);
    const old = snapshot.values[key];
    const changed = !sameValue(old, v);
    const heardIt = heard.has(key);
    if (trigger === 'blur') heard.delete(key);
    else heard.add(key);
    if (!changed && (trigger === 'input' || e.type === 'blur')) return;
    let values = snapshot.values;
    if (changed) {
      values = { ...values };
      if (v === undefined) delete values[key];
      else values[key] = v;
    }
    snapshot = { recognition: snapshot.recognition, values, changedKeys: changed ? [key] : [], cause: 'input', trigger, targetKey: key, trusted: e.isTrusted || !!navigator.userActivation?.isActive };
    // Typed text we never heard being typed: the page swallows input events. (Only text
    // entry: a component's value changes by clicks without any input event.)
    const t = e.composedPath()[0] as HTMLInputElement;
    if (trigger === 'blur' && changed && snapshot.trusted && !heardIt && !t.readOnly && TEXT_ENTRY.test(t.type)) snapshot.unseen = true;
    emit();
  }

  function fieldOfEvent(e: Event): RecognizedField | undefined {
    const path = e.composedPath();
    // The control is near the start of the path; stop at the first document.
    for (let i = 0; i < path.length && i < 12; i++) {
      const type = (path[i] as Partial<Node>).nodeType;
      if (type === undefined || type === 9) break;
      if (type !== 1) continue;
      const el = path[i] as Element;
      if (secretElements.has(el)) return undefined;
      const f = index.get(el);
      if (f) return f;
    }
    return undefined;
  }

  function emit(): void {
    for (const l of [...listeners]) {
      try {
        l(snapshot);
      } catch (err) {
        // One failing subscriber must not stop the others (warnings, drafts).
        console.error('[icp-helper] snapshot listener failed', err);
      }
    }
  }

  const onNavigate = (): void => {
    if (stopped) return;
    pendingCause = 'route';
    schedule(true);
  };

  const observeOptions: MutationObserverInit = {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  };
  listen(doc);
  // The window's capture phase comes before the document's: a page that stops these events at
  // the window (a listener registered before ours) with stopPropagation still lets ours run.
  for (const [type, trigger] of FIELD_EVENTS) win.addEventListener(type, (e) => onFieldEvent(e, trigger), { capture: true, passive: true, signal: abort.signal });
  win.addEventListener('popstate', onNavigate, { signal: abort.signal });
  win.addEventListener('hashchange', onNavigate, { signal: abort.signal });
  // A same-origin iframe that (re)loads gets a new document: recognise again.
  doc.addEventListener(
    'load',
    (e) => {
      if ((e.target as Element | null)?.tagName === 'IFRAME') schedule();
    },
    { capture: true, signal: abort.signal },
  );
  // history.pushState from the page is invisible to an isolated world, except through the
  // Navigation API where the browser has it.
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener?.('navigatesuccess', onNavigate, { signal: abort.signal });

  /**
   * A recognition after `wait`, in slices when steps are given (else in one piece), handed to
   * `done`; then what changed meanwhile is read again. Dropped when replaced (refresh, stop).
   */
  async function slicedPass(
    steps: ((doc: Document) => Generator<void, FormRecognition>) | undefined,
    wait: (() => Promise<void>) | undefined,
    done: (recognition: FormRecognition) => void,
    taskOfItsOwn = false,
  ): Promise<void> {
    const pass = { cancelled: false };
    running = pass;
    const dropped = (): boolean => pass.cancelled || stopped;
    if (wait) await wait();
    if (dropped()) return;
    // What changed until now is read by this pass.
    deferredUrgent = undefined;
    const recognition = steps ? await runSliced(steps(doc), { cancelled: dropped }) : opts.recognize(doc);
    if (!recognition || dropped()) return;
    if (taskOfItsOwn) {
      await yieldToPage();
      if (dropped()) return;
    }
    running = undefined;
    done(recognition);
    if (deferredUrgent !== undefined) schedule(deferredUrgent);
    deferredUrgent = undefined;
  }

  if (opts.recognizeSteps) {
    void slicedPass(
      opts.recognizeSteps,
      () => whenIdle(opts.firstPassIdleTimeoutMs ?? 300),
      (recognition) => {
        scan('initial', recognition);
        readyResolved = true;
        resolveReady(snapshot);
        const warmUp = opts.warmUp;
        if (warmUp && recognition.fields.length === 0) void whenIdle(1000).then(() => stopped || warmUp());
      },
      // Reading the values (and what follows the first snapshot) in a task of its own.
      true,
    );
  } else {
    scan('initial');
    readyResolved = true;
    resolveReady(snapshot);
  }

  return {
    current: () => snapshot,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh(cause = 'restore') {
      clearTimeout(timer);
      timer = undefined;
      const first = !readyResolved;
      if (running) running.cancelled = true;
      running = undefined;
      deferredUrgent = undefined;
      scan(first ? 'initial' : cause);
      readyResolved = true;
      if (first) resolveReady(snapshot);
      emit();
      return snapshot;
    },
    stop() {
      stopped = true;
      if (running) running.cancelled = true;
      clearTimeout(timer);
      observer.disconnect();
      abort.abort();
      listeners.clear();
    },
  };
}

/** Controls the user types into (`type` of an input or a textarea; a select is `select-one`). */
const TEXT_ENTRY = /^(text(area)?|tel|email|url|search|number)$/;

function isOwnUi(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).hasAttribute('data-icp-helper');
}

function diffKeys(a: FieldValues, b: FieldValues): string[] {
  const out: string[] = [];
  for (const k of Object.keys(b)) if (!sameValue(a[k], b[k])) out.push(k);
  for (const k of Object.keys(a)) if (!(k in b)) out.push(k);
  return out;
}

/** Same fields on the same elements (the warnings can stay where they are). */
function sameStructure(a: FormRecognition, b: FormRecognition): boolean {
  if (a.fields.length !== b.fields.length || a.unmapped.length !== b.unmapped.length) return false;
  for (let i = 0; i < a.fields.length; i++) {
    const x = a.fields[i]!;
    const y = b.fields[i]!;
    if (x.key !== y.key || x.anchor !== y.anchor || x.elements.length !== y.elements.length) return false;
    for (let j = 0; j < x.elements.length; j++) if (x.elements[j] !== y.elements[j]) return false;
  }
  return true;
}
