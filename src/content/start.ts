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
import { recognizePage } from './recognize-page';
import { scrollToField } from './scroll-to-field';
import { watchUploads } from './upload-watch';

/**
 * Content script wiring: form session (recognition + observer) → rules (in the background
 * service worker, `rules/check`) → inline warnings, badge, autosave. Each capability lives
 * in its own module under src/content/ and src/ui/warnings/. Everything is torn down when the context is invalidated (extension
 * reloaded or the script injected again), leaving no handlers or hosts behind.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  void frameRole(window).then((role) => {
    if (ctx.isInvalid) return;
    // The top frame reads a covered same-origin frame's form, but a file pick (`change`)
    // stays in the frame: it is noticed here, and the checker is injected into this frame.
    if (role === 'covered') watchUploads(document, ctx.signal);
    else attach(ctx, role === 'top');
  });
}

function attach(ctx: ContentScriptContext, isTopFrame: boolean): void {
  const lang = browserLang();
  const badge = createBadgeClient(isTopFrame);
  const touched = createTouchedFields();
  const view = createWarningsView({ doc: document, lang, onDismiss: () => publishCounts() });
  const session = createFormSession(document, {
    recognize: recognizePage,
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
  check.onSnapshot(session.current());

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
  startDraftsClient(session, ctx);
  // Upload checks are injected on demand (upload-check.js); here only the pick is noticed.
  watchUploads(document, ctx.signal);

  ctx.onInvalidated(() => {
    unsubscribe();
    check.stop();
    session.stop();
    view.destroy();
  });

  // Tests and the demo wait for this mark before typing.
  document.documentElement.dataset.icpHelperReady = '1';
}
