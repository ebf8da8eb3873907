import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import browser from 'webextension-polyfill';
import { loadLanguageSetting, parseLanguageSetting, resolveLang, SETTINGS_KEY } from '../settings/language-setting';
import { readFieldValue } from '../recognition/read-value';
import { indexLabelDictionary } from '../recognition/score-label';
import { createLazyWarningsView } from '../ui/warnings/lazy-warnings-view';
import { countFindings } from '../ui/warnings/warning-model';
import { createBadgeClient } from './badge-client';
import { startDraftsClient } from './drafts-client';
import { createFormSession } from './form-session';
import { frameRole } from './frame-role';
import type { rulesCheck } from './messages';
import { postToBackground } from '../messaging/post-to-background';
import { createLiveCheck } from './live-check';
import { startPageRouter } from './page-router';
import { createTouchedFields } from './touched-fields';
import { recognizePage, recognizePageSteps } from './recognize-page';
import { scrollToField } from './scroll-to-field';
import { watchUploads } from './upload-watch';
import { loadOnDemand } from './load-on-demand';
import { warmUpRecognition } from './warm-up';
import { yieldToPage } from '../scheduling/yield-to-page';

/**
 * Content script wiring: form session (recognition + observer) → rules (in the background
 * service worker, `rules/check`) → inline warnings, badge, autosave. Each capability lives
 * in its own module under src/content/ and src/ui/warnings/. Everything is torn down when the context is invalidated (extension
 * reloaded or the script injected again), leaving no handlers or hosts behind.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  void frameRole(window).then(async (role) => {
    if (ctx.isInvalid) return;
    // The top frame reads a covered same-origin frame's form, but a file pick (`change`)
    // stays in the frame: it is noticed here, and the checker is injected into this frame.
    if (role === 'covered') {
      watchUploads(document, ctx.signal);
      return;
    }
    // Not in the task that evaluates the script: each part of the start is a short task.
    await yieldToPage();
    if (ctx.isInvalid) return;
    attach(ctx, role === 'top');
  });
}

function attach(ctx: ContentScriptContext, isTopFrame: boolean): void {
  const badge = createBadgeClient(isTopFrame);
  const touched = createTouchedFields();
  // The overlay's code (warnings.js) is injected when there is a warning to show, when the user
  // enters a field of a form (before a first warning can come) or when a form renders: most
  // frames, and most forms as they load, have nothing to show.
  const view = createLazyWarningsView({ doc: document, lang: resolveLang('auto'), onDismiss: () => publishCounts() }, () => loadOnDemand('warnings'));
  const onFocusIn = (e: Event): void => {
    if (!(e.target instanceof Element) || !e.target.matches(FIELD_SELECTOR) || session.current().recognition.fields.length === 0) return;
    view.prepare();
    document.removeEventListener('focusin', onFocusIn, true);
  };
  document.addEventListener('focusin', onFocusIn, true);
  // The options page's language, live: the bubbles switch as soon as it changes.
  void loadLanguageSetting().then((l) => view.setLang(resolveLang(l)), () => undefined);
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) view.setLang(resolveLang(parseLanguageSetting(changes[SETTINGS_KEY]!.newValue)));
  };
  browser.storage.onChanged.addListener(onStorage);
  // A submit attempt shows every warning, also on fields the user never reached.
  const onSubmit = (e: Event): void => {
    const el = e.type === 'submit' ? null : (e.target as Element).closest?.('a, button, [role=button], input[type=submit]');
    if (e.type === 'click' && !SUBMIT_TEXT.test(el?.textContent || (el as HTMLInputElement | null)?.value || '')) return;
    touched.revealAll();
    view.update(touched.visible(check.findings()), session.current().recognition.fields);
  };
  document.addEventListener('submit', onSubmit, true);
  document.addEventListener('click', onSubmit, true);
  const session = createFormSession(document, {
    recognize: recognizePage,
    // The first pass waits for an idle moment and runs in short slices: the page never waits for it.
    recognizeSteps: recognizePageSteps,
    readValue: readFieldValue,
    // A page without a form yet: its form, when it renders, is read with warm code.
    warmUp: () => warmUpRecognition(indexLabelDictionary, recognizePage, readFieldValue),
    onDomChange: () => view.reposition(),
    // A form is rendering: the overlay's code is injected while the page paints it and it is
    // read, so the first warning does not wait for that round trip after the rules' answer.
    onControlsAdded: () => view.prepare(),
  });
  // The rules engine runs in the background service worker (`rules/check`); only the
  // values go there and the findings come back.
  const check = createLiveCheck({
    check: (fields, changedKeys) => postToBackground<typeof rulesCheck>('rules/check', changedKeys ? { fields, changedKeys } : { fields }),
    onFindings: (findings, snapshot) => {
      view.update(touched.visible(findings), snapshot.recognition.fields);
      publishCounts(snapshot.cause === 'route');
    },
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
  });

  function publishCounts(force = false): void {
    badge.publish(countFindings(check.findings(), view.dismissed()), force);
  }

  const unsubscribe = session.subscribe((snapshot) => {
    // After an extension reload the old script lingers without an API: stop it here.
    if (ctx.isInvalid) return;
    const newlyTouched = touched.note(snapshot);
    check.onSnapshot(snapshot);
    // Leaving an untouched empty field may reveal its "required" note without a new check.
    if (newlyTouched) view.update(touched.visible(check.findings()), snapshot.recognition.fields);
    if (snapshot.cause !== 'input') view.reposition();
  });
  startPageRouter(ctx, {
    isTopFrame,
    summary: () => {
      const { recognition } = session.current();
      return {
        fields: recognition.fields.length,
        findings: [...check.findings()],
        unmapped: recognition.unmapped.length,
        keys: recognition.fields.map((f) => f.key),
        dismissed: [...view.dismissed()],
      };
    },
    scrollToField: (field) => scrollToField(session.current().recognition.fields, field),
    goToWarning: (step) => view.go(step),
  });
  // Upload checks are injected on demand (upload-check.js); here only the pick is noticed.
  watchUploads(document, ctx.signal);

  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    document.removeEventListener('submit', onSubmit, true);
    document.removeEventListener('click', onSubmit, true);
    document.removeEventListener('focusin', onFocusIn, true);
    unsubscribe();
    check.stop();
    session.stop();
    view.destroy();
  });

  void session.ready.then(async (first) => {
    if (ctx.isInvalid) return;
    check.onSnapshot(first);
    // The first check and the drafts client's start each in a task of their own.
    await yieldToPage();
    if (ctx.isInvalid) return;
    startDraftsClient(session, ctx);
    // Tests and the demo wait for this mark before typing.
    document.documentElement.dataset.icpHelperReady = '1';
  });
}

/** Controls whose focus means the user is about to type or pick. */
const FIELD_SELECTOR = 'input, select, textarea, [contenteditable], [role=combobox], [role=textbox]';

/** Buttons that submit a filing step (提交, 下一步; not 保存: "save and add a website" must not light up the new one). */
const SUBMIT_TEXT = /提交|下一步|submit|next/i;
