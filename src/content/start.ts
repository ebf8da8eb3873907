import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserLang } from '../i18n/lang';
import { readFieldValue } from '../recognition/read-value';
import { createWarningsView } from '../ui/warnings/warnings-view';
import { countFindings } from '../ui/warnings/warning-model';
import { createBadgeClient } from './badge-client';
import { startDraftsClient } from './drafts-client';
import { createFormSession } from './form-session';
import { frameRole } from './frame-role';
import { rulesCheck } from './messages';
import { sendToBackground } from '../messaging/define-message';
import { createLiveCheck } from './live-check';
import { startPageRouter } from './page-router';
import { createTouchedFields } from './touched-fields';
import { recognizePage, recognizePageSteps } from './recognize-page';
import { scrollToField } from './scroll-to-field';
import { yieldToPage } from '../scheduling/yield-to-page';

/**
 * Content script wiring: form session (recognition + observer) → rules (in the background
 * service worker, `rules/check`) → inline warnings, badge, autosave. Each capability lives
 * in its own module under src/content/ and src/ui/warnings/. Everything is torn down when the context is invalidated (extension
 * reloaded or the script injected again), leaving no handlers or hosts behind.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  void frameRole(window).then(async (role) => {
    if (role === 'covered' || ctx.isInvalid) return;
    // Not in the task that evaluates the script: each part of the start is a short task.
    await yieldToPage();
    if (ctx.isInvalid) return;
    attach(ctx, role === 'top');
  });
}

function attach(ctx: ContentScriptContext, isTopFrame: boolean): void {
  const lang = browserLang();
  const badge = createBadgeClient(isTopFrame);
  const touched = createTouchedFields();
  const view = createWarningsView({ doc: document, lang, onDismiss: () => publishCounts() });
  const session = createFormSession(document, {
    recognize: recognizePage,
    // The first pass waits for an idle moment and runs in short slices: the page never waits for it.
    recognizeSteps: recognizePageSteps,
    readValue: readFieldValue,
    onDomChange: () => view.reposition(),
  });
  // The rules engine runs in the background service worker (`rules/check`); only the
  // values go there and the findings come back.
  const check = createLiveCheck({
    check: (fields, changedKeys) => sendToBackground(rulesCheck, changedKeys ? { fields, changedKeys } : { fields }),
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
  });
  ctx.onInvalidated(() => {
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
