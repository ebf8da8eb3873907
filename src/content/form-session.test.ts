// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FormRecognition, RecognizedField } from '../recognition/types';
import { createFormSession } from './form-session';
import type { FormSession, FormSnapshot } from './form-session-types';

// A stand-in recogniser (the real one is tested in src/recognition): inputs carrying
// data-k are fields under that key, data-secret ones are secrets.
let recognitions = 0;
function recognize(doc: Document): FormRecognition {
  recognitions++;
  const fields: RecognizedField[] = [];
  for (const el of doc.querySelectorAll<HTMLInputElement>('input[data-k]')) {
    fields.push({ key: el.dataset.k!, kind: 'text', elements: [el], anchor: el, confidence: 1 });
  }
  const secrets = [...doc.querySelectorAll<HTMLElement>('input[data-secret]')].map((element) => ({ kind: 'smsCode' as const, element }));
  return { fields, secrets, unmapped: [] };
}
const readValue = (f: RecognizedField) => (f.elements[0] as HTMLInputElement).value;

let session: FormSession | undefined;
afterEach(() => {
  session?.stop();
  document.body.innerHTML = '';
});

function start(): FormSnapshot[] {
  const seen: FormSnapshot[] = [];
  session = createFormSession(document, { recognize, readValue, mutationDebounceMs: 10, mutationMaxWaitMs: 50 });
  session.subscribe((s) => seen.push(s));
  return seen;
}

function type(el: HTMLInputElement, value: string, event = 'input'): void {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('form session', () => {
  it('reads the form once and re-reads only the typed field on input', () => {
    document.body.innerHTML = '<input data-k="subject.name" value="甲"><input data-k="subject.principal.mobile"><input data-secret value="123456">';
    const seen = start();
    expect(session!.current().values).toEqual({ 'subject.name': '甲', 'subject.principal.mobile': '' });
    expect(session!.current().changedKeys.sort()).toEqual(['subject.name', 'subject.principal.mobile']);
    const before = recognitions;
    type(document.querySelectorAll('input')[1]!, '1380');
    expect(recognitions).toBe(before);
    expect(seen.at(-1)).toMatchObject({ cause: 'input', trigger: 'input', changedKeys: ['subject.principal.mobile'] });
    expect(seen.at(-1)!.values['subject.principal.mobile']).toBe('1380');
  });

  it('never reads secrets, even when typed into', () => {
    document.body.innerHTML = '<input data-k="subject.name"><input data-secret>';
    const seen = start();
    type(document.querySelector<HTMLInputElement>('[data-secret]')!, '654321');
    expect(seen).toHaveLength(0);
    expect(JSON.stringify(session!.current().values)).not.toContain('654321');
  });

  it('emits change/blur even without a new value (to flush pending checks), input only on change', () => {
    document.body.innerHTML = '<input data-k="subject.name">';
    const seen = start();
    const el = document.querySelector('input')!;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).toHaveLength(0);
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(seen.at(-1)).toMatchObject({ trigger: 'blur', changedKeys: [] });
  });

  describe('a page that swallows field events at the window', () => {
    const swallow = (e: Event) => e.stopImmediatePropagation();
    const swallowAll = (how: (e: Event) => void) => {
      for (const t of ['input', 'change', 'focusout']) window.addEventListener(t, how, true);
      return () => {
        for (const t of ['input', 'change', 'focusout']) window.removeEventListener(t, how, true);
      };
    };

    it('still sees the value when the user leaves the field (blur), once', () => {
      document.body.innerHTML = '<input data-k="subject.name">';
      // Registered before the helper, like a page script that runs first.
      const undo = swallowAll(swallow);
      try {
        const seen = start();
        const el = document.querySelector('input')!;
        type(el, '吞事件有限公司');
        type(el, '吞事件有限公司', 'change');
        el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
        expect(seen).toHaveLength(0);
        el.dispatchEvent(new FocusEvent('blur', { composed: true }));
        expect(seen).toHaveLength(1);
        expect(seen[0]).toMatchObject({ cause: 'input', trigger: 'blur', changedKeys: ['subject.name'] });
        expect(seen[0]!.values['subject.name']).toBe('吞事件有限公司');
        // Nothing new on the next blur.
        el.dispatchEvent(new FocusEvent('blur', { composed: true }));
        expect(seen).toHaveLength(1);
      } finally {
        undo();
      }
    });

    describe('tells when typing was never heard (issue 12)', () => {
      // happy-dom events are untrusted; a user activation counts as the user's own input.
      const activate = () => Object.defineProperty(navigator, 'userActivation', { value: { isActive: true }, configurable: true });
      afterEach(() => Reflect.deleteProperty(navigator, 'userActivation'));

      it('marks the blur that first sees a typed value (unseen), only for text entry by the user', () => {
        document.body.innerHTML = '<input data-k="subject.name"><input data-k="website.name" readonly>';
        const undo = swallowAll(swallow);
        try {
          const seen = start();
          const [el, ro] = document.querySelectorAll('input');
          el!.value = '吞事件有限公司';
          el!.dispatchEvent(new FocusEvent('blur', { composed: true }));
          // Untrusted (a page script): not the user's typing.
          expect(seen.at(-1)!.unseen).toBeUndefined();
          activate();
          el!.value = '吞事件有限公司二';
          el!.dispatchEvent(new FocusEvent('blur', { composed: true }));
          expect(seen.at(-1)).toMatchObject({ trigger: 'blur', changedKeys: ['subject.name'], unseen: true });
          // A read-only input (a component's display) changes by clicks, never by typing.
          ro!.value = '示例';
          ro!.dispatchEvent(new FocusEvent('blur', { composed: true }));
          expect(seen.at(-1)).toMatchObject({ changedKeys: ['website.name'] });
          expect(seen.at(-1)!.unseen).toBeUndefined();
        } finally {
          undo();
        }
      });

      it('does not mark a value the page reformatted after an input event we heard', () => {
        document.body.innerHTML = '<input data-k="subject.principal.mobile">';
        activate();
        const seen = start();
        const el = document.querySelector('input')!;
        type(el, '13800138000');
        // The page's mask rewrites the value without an event.
        el.value = '138 0013 8000';
        el.dispatchEvent(new FocusEvent('blur', { composed: true }));
        expect(seen.at(-1)).toMatchObject({ trigger: 'blur', changedKeys: ['subject.principal.mobile'] });
        expect(seen.at(-1)!.unseen).toBeUndefined();
      });
    });

    it('gets input events a page stops (not immediately) at the window before the document', () => {
      document.body.innerHTML = '<input data-k="subject.name">';
      const undo = swallowAll((e) => e.stopPropagation());
      try {
        const seen = start();
        type(document.querySelector('input')!, '甲');
        expect(seen.at(-1)).toMatchObject({ trigger: 'input', changedKeys: ['subject.name'] });
      } finally {
        undo();
      }
    });
  });

  it('re-recognises late-rendered and removed fields through the debounced observer', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const seen = start();
    const app = document.getElementById('app')!;
    app.innerHTML = '<input data-k="website.name" value="示例网站">';
    app.append(document.createElement('span'));
    await tick(40);
    expect(seen.at(-1)).toMatchObject({ cause: 'mutation', changedKeys: ['website.name'] });
    expect(seen.filter((s) => s.cause === 'mutation')).toHaveLength(1);
    app.innerHTML = '';
    await tick(40);
    expect(seen.at(-1)!.values).toEqual({});
    expect(seen.at(-1)!.changedKeys).toEqual(['website.name']);
  });

  it('ignores its own overlay hosts and validation classes on the controls', async () => {
    document.body.innerHTML = '<input data-k="subject.name">';
    const seen = start();
    const before = recognitions;
    const host = document.createElement('icp-filing-helper');
    host.setAttribute('data-icp-helper', '');
    document.documentElement.append(host);
    document.querySelector('input')!.className = 'is-error';
    await tick(40);
    expect(recognitions).toBe(before);
    expect(seen).toHaveLength(0);
    host.remove();
  });

  it('stops listening when stopped', () => {
    document.body.innerHTML = '<input data-k="subject.name">';
    const seen = start();
    session!.stop();
    type(document.querySelector('input')!, 'x');
    expect(seen).toHaveLength(0);
  });
});

describe('form session: first pass in slices', () => {
  // A recogniser as steps: one pause per field, counting how often it pauses.
  let pauses = 0;
  /** Runs at the first pause: the page changing while the pass is under way. */
  let duringPass: (() => void) | undefined;
  function* steps(doc: Document): Generator<void, FormRecognition> {
    const rec = recognize(doc);
    for (const _ of rec.fields) {
      pauses++;
      duringPass?.();
      duringPass = undefined;
      yield;
    }
    return rec;
  }
  function startSliced(): FormSnapshot[] {
    const seen: FormSnapshot[] = [];
    session = createFormSession(document, { recognize, recognizeSteps: steps, readValue, mutationDebounceMs: 10, mutationMaxWaitMs: 50, firstPassIdleTimeoutMs: 20 });
    session.subscribe((s) => seen.push(s));
    return seen;
  }

  it('does not recognise inside createFormSession; ready resolves with the first snapshot', async () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<input data-k="website[${i}].name" value="v${i}">`).join('');
    const before = recognitions;
    pauses = 0;
    const seen = startSliced();
    expect(recognitions).toBe(before);
    expect(session!.current().recognition.fields).toEqual([]);
    const first = await session!.ready;
    expect(first.cause).toBe('initial');
    expect(first.recognition.fields).toHaveLength(200);
    expect(first.values['website[199].name']).toBe('v199');
    expect(session!.current()).toBe(first);
    expect(pauses).toBe(200);
    // The first snapshot is handed over by `ready`, not emitted.
    expect(seen).toHaveLength(0);
    type(document.querySelector('input')!, 'x');
    expect(seen.at(-1)).toMatchObject({ cause: 'input', changedKeys: ['website[0].name'] });
  });

  it('ignores typing before the first pass and re-reads what changed during it', async () => {
    document.body.innerHTML = '<div id="app"><input data-k="subject.name"></div>';
    const seen = startSliced();
    type(document.querySelector('input')!, 'early');
    duringPass = () => document.getElementById('app')!.insertAdjacentHTML('beforeend', '<input data-k="website.name" value="late">');
    const first = await session!.ready;
    expect(first.recognition.fields.map((f) => f.key)).toEqual(['subject.name']);
    expect(seen).toHaveLength(0);
    await tick(60);
    const last = seen.at(-1)!;
    expect(last.cause).toBe('mutation');
    expect(last.values).toMatchObject({ 'subject.name': 'early', 'website.name': 'late' });
  });

  it('refresh() during the first pass replaces it at once', async () => {
    document.body.innerHTML = '<input data-k="subject.name" value="a">';
    startSliced();
    const snap = session!.refresh('restore');
    expect(snap.recognition.fields).toHaveLength(1);
    expect((await session!.ready).recognition.fields).toHaveLength(1);
    await tick(40);
    expect(session!.current()).toBe(snap);
  });
});

describe('form session: a form that renders late', () => {
  /** The page's frame, released by the test. */
  let paint: () => void = () => undefined;
  const afterPaint = (): Promise<void> => new Promise((r) => (paint = r));
  const idle = () => tick(30);

  function startLate(extra: Partial<Parameters<typeof createFormSession>[1]> = {}): FormSnapshot[] {
    const seen: FormSnapshot[] = [];
    session = createFormSession(document, { recognize, readValue, mutationDebounceMs: 10, mutationMaxWaitMs: 50, afterPaint, ...extra });
    session.subscribe((s) => seen.push(s));
    return seen;
  }

  it('reads an inserted form after the page has painted it, never in the observer callback', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    let added = 0;
    const seen = startLate({ onControlsAdded: () => added++ });
    const before = recognitions;
    document.getElementById('app')!.innerHTML = '<input data-k="subject.name" value="a"><input data-k="website.name" value="b">';
    // The observer's callback has run (a microtask), the page has not painted yet.
    await Promise.resolve();
    await Promise.resolve();
    expect(added).toBe(1);
    expect(recognitions).toBe(before);
    await tick(40);
    expect(recognitions).toBe(before);
    expect(seen).toHaveLength(0);
    paint();
    await tick(0);
    expect(recognitions).toBe(before + 1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ cause: 'mutation', changedKeys: ['subject.name', 'website.name'] });
  });

  it('re-recognises in slices that yield, with the same result', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    let pauses = 0;
    function* steps(doc: Document): Generator<void, FormRecognition> {
      const rec = recognize(doc);
      for (const _ of rec.fields) {
        pauses++;
        yield;
      }
      return rec;
    }
    const seen = startLate({ recognizeSteps: steps, firstPassIdleTimeoutMs: 20 });
    await session!.ready;
    pauses = 0;
    document.getElementById('app')!.innerHTML = Array.from({ length: 50 }, (_, i) => `<input data-k="website[${i}].name" value="v${i}">`).join('');
    await tick(20);
    expect(pauses).toBe(0);
    paint();
    await tick(40);
    expect(pauses).toBe(50);
    expect(seen.at(-1)!.recognition.fields).toHaveLength(50);
    expect(seen.at(-1)!.values['website[49].name']).toBe('v49');
  });

  it('a restore during the wait replaces the pending re-recognition', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const seen = startLate();
    document.getElementById('app')!.innerHTML = '<input data-k="subject.name" value="a">';
    await tick(0);
    const snap = session!.refresh('restore');
    expect(snap.recognition.fields).toHaveLength(1);
    const count = recognitions;
    paint();
    await tick(40);
    expect(recognitions).toBe(count);
    expect(seen.map((s) => s.cause)).toEqual(['restore']);
  });

  it('warms up at idle after a first pass that found no form, and only then', async () => {
    function* steps(doc: Document): Generator<void, FormRecognition> {
      return recognize(doc);
    }
    document.body.innerHTML = '<div id="app"></div>';
    let warmed = 0;
    startLate({ recognizeSteps: steps, firstPassIdleTimeoutMs: 20, warmUp: () => warmed++ });
    expect(warmed).toBe(0);
    await session!.ready;
    expect(warmed).toBe(0);
    await idle();
    expect(warmed).toBe(1);
    session!.stop();

    document.body.innerHTML = '<input data-k="subject.name">';
    startLate({ recognizeSteps: steps, firstPassIdleTimeoutMs: 20, warmUp: () => warmed++ });
    await session!.ready;
    await idle();
    expect(warmed).toBe(1);
  });
});
