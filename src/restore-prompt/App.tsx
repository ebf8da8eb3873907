import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser, { type Runtime } from 'webextension-polyfill';
import type { Lang } from '../domain/localized';
import { draftsGet, pageRestore, promptChanged, promptClose, promptResize, promptState, type Notice } from '../drafts/messages';
import { browserLang } from '../i18n/lang';
import { answerExtension } from '../messaging/answer-message';
import { sendToBackground } from '../messaging/define-message';
import { readEnvelope } from '../messaging/envelope';
import { loadLanguageSetting, resolveLang } from '../settings/language-setting';
import type { PromptChannel } from './channel';
import * as m from './model';
import { NoticeView, Prompt, type PromptActions } from './Prompt';
import { clickVerdict, isOtherPath, MIN_VISIBLE_MS, restoreStep, watchVisibility, type Visibility } from './visibility';

/**
 * The drafts frame's page: asks its content script what to show (the restore offer, a storage
 * problem), restores through `page/restore` (as the popup does) and tells the content script
 * its height and what the user closed. Draft values come from the background, never through
 * the page.
 */
export function App({ channel }: { channel: PromptChannel }) {
  const { token, send } = channel;
  const [lang, setLang] = useState<Lang>(browserLang);
  const [s, setS] = useState<m.PromptState>();
  const [notice, setNotice] = useState<Notice>();
  const [page, setPage] = useState<string>();
  const visibility = useRef<() => Visibility>(() => ({ supported: false, visible: false, since: 0 }));

  useEffect(() => {
    void loadLanguageSetting()
      .then((setting) => setLang(resolveLang(setting)))
      .catch(() => undefined);
    const refresh = (): Promise<void> =>
      send(promptState, { prompt: token })
        .then((state) => {
          setNotice(state.notice ?? undefined);
          setPage(state.page);
          setS((cur) => m.offered(cur, state.candidates));
        })
        .catch(() => undefined);
    // The content script's "something changed" (only the extension can send runtime messages).
    const onMessage = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
      const env = readEnvelope(raw);
      if (!env || env.type !== promptChanged.type) return undefined;
      if ((env.payload as { prompt?: unknown } | null)?.prompt !== token) return undefined;
      return answerExtension(promptChanged, env.payload, sender, async () => {
        void refresh();
        return {};
      });
    };
    browser.runtime.onMessage.addListener(onMessage);
    void refresh();
    const watch = watchSentinel();
    visibility.current = watch.current;
    addEventListener('keydown', onKey);
    addEventListener('focus', focusFirst);
    // A narrower frame (small window) wraps the text: a new height.
    addEventListener('resize', reportHeight);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      removeEventListener('resize', reportHeight);
      removeEventListener('keydown', onKey);
      removeEventListener('focus', focusFirst);
      watch.stop();
    };
  }, []);

  /**
   * The whole frame's visibility to the user (a fixed sentinel covering the frame). For tests and
   * styles, `<html data-icp-visibility>`: `visible` once clicks count, `hidden`, or `unsupported`
   * (every restore asks a second confirmation).
   */
  function watchSentinel(): { current(): Visibility; stop(): void } {
    const root = document.documentElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const mark = (v: Visibility): void => {
      clearTimeout(timer);
      if (!v.supported) root.dataset.icpVisibility = 'unsupported';
      else if (!v.visible) root.dataset.icpVisibility = 'hidden';
      else {
        root.dataset.icpVisibility = 'hidden';
        timer = setTimeout(() => (root.dataset.icpVisibility = 'visible'), MIN_VISIBLE_MS);
      }
    };
    const w = watchVisibility(document.getElementById('visibility-sentinel')!, mark);
    mark(w.current());
    return w;
  }

  /**
   * The frame got focus (the content script moves it in like a dialog's): onto the prompt itself,
   * not its "restore" button, so an Enter meant for the page restores nothing.
   */
  function focusFirst(): void {
    if (document.activeElement === document.body) document.querySelector<HTMLElement>('#app [tabindex="-1"]')?.focus();
  }

  /** Escape closes what is shown, like a dialog: a question goes back to the offer, else the prompt closes. */
  function onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    setS((cur) => {
      if (cur?.phase === 'confirm') return m.cancelConfirm(cur);
      if (cur && cur.phase !== 'working') void send(promptClose, { prompt: token, part: 'offer' }).catch(() => undefined);
      return cur;
    });
  }

  // The frame takes the height of what is shown (0: hidden), capped by the content script.
  // Measured after each render: a hidden cross-origin frame gets no ResizeObserver callbacks.
  function reportHeight(): void {
    const height = document.getElementById('app')?.offsetHeight ?? 0;
    void send(promptResize, { prompt: token, height }).catch(() => undefined);
  }
  useLayoutEffect(reportHeight, [s, notice, lang]);
  // A new step replaced the focused button: keep focus in the prompt.
  useLayoutEffect(() => {
    if (document.hasFocus()) focusFirst();
  }, [s?.phase]);

  const update = (f: (s: m.PromptState) => m.PromptState): void => setS((cur) => cur && f(cur));

  /**
   * A restore the user asked for: refused while the prompt is not fully visible (clickjacking),
   * confirmed once more when the draft was saved on another path or the browser cannot tell
   * whether the prompt is visible, else done at once.
   */
  function requestRestore(draftId: string, keys?: string[], overwrite = false): void {
    const draftUrl = s?.candidates.find((c) => c.id === draftId)?.url;
    const otherPath = !overwrite && isOtherPath(draftUrl, page);
    const step = restoreStep(clickVerdict(visibility.current(), performance.now()), otherPath);
    if (step === 'refuse') update(m.refuse);
    else if (step === 'confirm') update((cur) => m.confirming(cur, { draftId, ...(keys ? { keys } : {}), ...(overwrite ? { overwrite } : {}), otherPath }));
    else void restore(draftId, keys, overwrite);
  }

  function confirmRestore(): void {
    const pending = s?.confirm;
    if (!pending) return;
    if (clickVerdict(visibility.current(), performance.now()) === 'hidden') update(m.refuse);
    else void restore(pending.draftId, pending.keys, pending.overwrite ?? false);
  }

  async function restore(draftId: string, keys?: string[], overwrite = false): Promise<void> {
    update((cur) => m.working(cur, draftId));
    try {
      const r = await send(pageRestore, { draftId, ...(keys ? { keys } : {}), ...(overwrite ? { overwrite } : {}), prompt: token });
      update((cur) => m.result(cur, r, r.conflicts));
    } catch {
      // The content script closes the offer and shows the error as the notice.
    }
  }

  /** The result's "Undo": refused like a restore while the prompt is not fully visible. */
  async function undo(draftId: string): Promise<void> {
    if (clickVerdict(visibility.current(), performance.now()) === 'hidden') return update(m.refuse);
    update((cur) => m.working(cur, draftId));
    try {
      const r = await send(pageRestore, { draftId, undo: true, prompt: token });
      update((cur) => m.undone(cur, r));
    } catch {
      // The content script closes the offer and shows the error as the notice.
    }
  }

  const actions: PromptActions = {
    restore: (id, keys) => requestRestore(id, keys),
    overwrite: (id, keys) => requestRestore(id, keys, true),
    undo: (id) => void undo(id),
    confirm: confirmRestore,
    cancelConfirm: () => update(m.cancelConfirm),
    select: (id) => update((cur) => m.select(cur, id)),
    toggleChoose: () => update(m.toggleChoose),
    toggleFields: (id) => {
      if (s?.fields) return update(m.hideFields);
      void Promise.all([sendToBackground(draftsGet, { id }), send(promptState, { prompt: token })])
        .then(([{ draft }, { pageKeys }]) => {
          if (draft) update((cur) => (cur.selectedId === id ? m.showFields(cur, m.fieldChoices(draft.fields, pageKeys)) : cur));
        })
        .catch(() => undefined);
    },
    pick: (key) => update((cur) => m.togglePick(cur, key)),
    dismiss: () => void send(promptClose, { prompt: token, part: 'offer' }).catch(() => undefined),
  };
  const closeNotice = (): void => void send(promptClose, { prompt: token, part: 'notice' }).catch(() => undefined);

  return (
    <>
      {notice && <NoticeView n={notice} lang={lang} onClose={closeNotice} />}
      {s && <Prompt s={s} lang={lang} page={page} a={actions} />}
    </>
  );
}
