import type { Finding } from '../../domain/finding';
import type { RecognizedField } from '../../recognition/types';
import type { createWarningsView, WarningsView, WarningsViewOptions } from './warnings-view';

/** The warnings view as the content script holds it: `prepare()` starts loading its code. */
export interface LazyWarningsView extends WarningsView {
  /** Starts loading the view's code (the frame shows a form: a warning may soon be shown). */
  prepare(): void;
}

/**
 * The warnings overlay's code is not part of the content script (most frames never show a
 * warning): `load` injects it (warnings.js) on `prepare()` or, at the latest, with the first
 * findings to show. Until then nothing is drawn and nothing was dismissed; the latest findings
 * are drawn as soon as it is there. A failed load is tried again on the next call.
 */
export function createLazyWarningsView(options: WarningsViewOptions, load: () => Promise<{ createWarningsView: typeof createWarningsView }>): LazyWarningsView {
  let view: WarningsView | undefined;
  let loading: Promise<void> | undefined;
  let latest: [readonly Finding[], readonly RecognizedField[]] | undefined;
  let lang = options.lang;
  let destroyed = false;
  const none: ReadonlySet<string> = new Set();
  // The view's code may arrive while a mouse button is held (the press on a checkbox whose
  // field's blur brought the first warning): the view must know, or it would draw a bubble
  // under the pointer and the release would miss the page. Tracked here until the view is made.
  const win = options.doc.defaultView;
  let pressed = false;
  const press = (e: PointerEvent): void => {
    pressed = e.buttons !== 0;
  };
  const release = (): void => {
    pressed = false;
  };
  const track = (on: boolean): void => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    win?.[method]('pointerdown', press as EventListener, true);
    win?.[method]('pointerup', release, true);
    win?.[method]('pointercancel', release, true);
  };
  track(true);

  function prepare(): void {
    loading ??= load().then(
      (m) => {
        if (destroyed) return;
        track(false);
        view = m.createWarningsView({ ...options, lang, pressed });
        if (latest) view.update(...latest);
      },
      () => {
        loading = undefined;
      },
    );
  }

  return {
    prepare,
    update(findings, fields) {
      if (view) return view.update(findings, fields);
      latest = [findings, fields];
      if (findings.length > 0) prepare();
    },
    reposition: () => view?.reposition(),
    dismissed: () => view?.dismissed() ?? none,
    setLang(next) {
      lang = next;
      view?.setLang(next);
    },
    go: (step) => view?.go(step) ?? false,
    destroy() {
      destroyed = true;
      track(false);
      view?.destroy();
    },
  };
}
