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

  function prepare(): void {
    loading ??= load().then(
      (m) => {
        if (destroyed) return;
        view = m.createWarningsView({ ...options, lang });
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
      view?.destroy();
    },
  };
}
