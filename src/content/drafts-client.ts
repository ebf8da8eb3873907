import browser, { type Runtime } from 'webextension-polyfill';
import type { input } from 'zod/v4/core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldValues } from '../domain/draft-file';
import type { draftsAutosave, draftsFields, draftsMatch, pageDraftStatus, pageRestore, Notice, RestoreCandidate } from '../drafts/messages';
import { providerForUrl } from '../drafts/provider';
import { hasValue } from '../drafts/has-value';
import { equivalent } from '../controls/equivalent';
import { answerFromExtension } from '../messaging/answer-from-extension';
import { MessageError, readEnvelope } from '../messaging/envelope';
import { postToBackground } from '../messaging/post-to-background';
import { createAutosaveQueue, type AutosaveBatch, type SendOutcome } from './autosave-queue';
import type { FormSession, FormSnapshot } from './form-session-types';
import { loadOnDemand } from './load-on-demand';
import type { DraftsPage, PageRestore, PromptMount } from './on-demand';
import { pendingStore } from './pending-store';

/**
 * Drafts in the page: autosave (debounced, flushed on pagehide / hidden, retried when the
 * service worker is gone) and restore: this script decides when to offer drafts; the prompt
 * (an extension page in an iframe, src/restore-prompt) is mounted by prompt-mount.js and a
 * restore is done by restore.js, both injected on first use (src/content/on-demand.ts).
 * Values go only to the background (extension origin), never to the page's storage.
 */
export function startDraftsClient(session: FormSession, ctx: ContentScriptContext): void {
  const win = window;
  const origin = win.location.origin;
  const provider = providerForUrl(win.location.href);
  const pageId = globalThis.crypto.randomUUID();
  const pending = pendingStore(pageId);
  const isTop = win.top === win;
  /**
   * The popup's messages reach every frame of the tab; a restore goes only to the top frame
   * and its same-origin children (a cross-origin top throws on reading its location).
   */
  const withTop = ((): boolean => {
    try {
      return isTop || win.top!.location.origin === origin;
    } catch {
      return false;
    }
  })();

  // --- autosave ---------------------------------------------------------------------------

  /** Saving starts with the user's first edit (or a restore), not with merely opening a page. */
  let armed = false;
  /** Our own fills fire input events; they are saved once, after the restore. */
  let restoring = false;
  let lastSavedAt: string | null = null;
  /** The draft this page session created, and one it created but then replaced by a restore. */
  let createdHere: string | undefined;
  let superseded: string | undefined;
  /** The next save follows a restore: the background keeps the draft's previous state as a revision. */
  let afterRestore = false;
  let lastError: string | null = null;

  const queue = createAutosaveQueue({
    send: sendBatch,
    persistPending: (b) => pending.save(b ? { origin, url: win.location.href, provider, session: pageId, ...b, at: Date.now() } : undefined),
    onSaved: (_id, at) => {
      lastSavedAt = at.toISOString();
      lastError = null;
    },
    onProblem: (p) => {
      lastError = p?.message ?? null;
      notice = p ?? (notice?.kind ? notice : undefined);
      sync();
    },
  });

  async function sendBatch(batch: AutosaveBatch): Promise<SendOutcome> {
    try {
      const res = await postToBackground<typeof draftsAutosave>('drafts/autosave', {
        ...(batch.draftId ? { draftId: batch.draftId } : {}),
        origin,
        url: win.location.href,
        provider,
        fields: batch.fields,
        times: batch.times,
        session: pageId,
        ...(superseded ? { discardDraftId: superseded } : {}),
        ...(afterRestore ? { reason: 'restore' as const } : {}),
      });
      afterRestore = false;
      if (!batch.draftId) createdHere = res.draftId;
      if (superseded && res.draftId !== superseded) superseded = undefined;
      return { ok: true, draftId: res.draftId };
    } catch (err) {
      const message = errorText(err);
      // A reply with an error came from the background (storage refused: quota, blocked DB);
      // anything else means the worker or the channel was not there: retry.
      const fromStorage = err instanceof MessageError && !/no valid reply/.test(message);
      return { ok: false, transient: !fromStorage, message: message.replace(/^drafts\/autosave: /, '') };
    }
  }

  /** The user was told once that this page hides typing from autosave. */
  let toldUnseen = false;
  /**
   * An identifying field (subject name, document number, domain) the user is typing into while
   * this page has no draft yet. The first save picks the draft by these values: sent with half a
   * name ("浸泡测" after a pause), it matches no filing, starts a second draft of the same filing,
   * and the later edits go there. So it waits until the field is left (change/blur), a flush, or
   * IDENTITY_HOLD_MS; the write-ahead copy keeps the edits meanwhile.
   */
  let typingIdentity: string | undefined;

  /** The wait for the next save: held while an identifying value is half typed and no draft chosen. */
  function saveDelay(s: FormSnapshot): number | undefined {
    if (s.cause === 'input' && s.targetKey) {
      if (s.trigger === 'input' && IDENTITY_KEY.test(s.targetKey)) typingIdentity = s.targetKey;
      else if (s.trigger !== 'input' || s.targetKey !== typingIdentity) typingIdentity = undefined;
    }
    return typingIdentity && !queue.currentDraftId ? IDENTITY_HOLD_MS : undefined;
  }

  function onSnapshot(s: FormSnapshot): void {
    if (s.unseen && !toldUnseen && !notice) {
      toldUnseen = true;
      notice = { message: '', transient: false, kind: 'unseen-input' };
      sync();
    }
    if (restoring) return;
    // Only the user's own input starts or extends a draft: values a page script sets with
    // synthetic events are never saved (it cannot forge isTrusted or a user activation).
    if (s.cause === 'input' && !s.trusted) return;
    const delayMs = saveDelay(s);
    if (s.cause === 'input' && s.changedKeys.length > 0 && !armed) {
      armed = true;
      // First edit: save everything the page shows (as shown, not typed), and the edit.
      queue.push(pickValues(s.values, Object.keys(s.values)), { edited: s.changedKeys, ...(delayMs ? { delayMs } : {}) });
      return;
    }
    if (!armed) {
      maybeOfferRestore(s);
      return;
    }
    const changed = pickValues(s.values, s.changedKeys);
    const commit = s.cause === 'input' && (s.trigger === 'change' || s.trigger === 'blur');
    // A change the page made right after the user's action (a cascade clearing its city) is
    // the user's edit too; one with no user action only fills what the draft lacks.
    const byUser = s.cause === 'input' || !!navigator.userActivation?.isActive;
    queue.push(changed, { immediate: commit, edited: byUser ? s.changedKeys : [], ...(delayMs ? { delayMs } : {}) });
    if (s.cause === 'route') maybeOfferRestore(s);
  }

  const unsubscribe = session.subscribe(onSnapshot);

  const flushNow = (): void => {
    void queue.flush();
  };
  ctx.addEventListener(win, 'pagehide', flushNow);
  ctx.addEventListener(win.document, 'visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flushNow();
  });

  // Edits this origin's closed tabs could not send are replayed by the background from their
  // write-ahead copies (src/background/write-ahead-replay.ts).

  // --- restore ----------------------------------------------------------------------------

  /** What the drafts frame shows: the drafts offered for restore, and a storage problem. */
  let offer: RestoreCandidate[] | undefined;
  let notice: Notice | undefined;
  let dismissed = false;
  let lastOfferSignature = '';
  /** Injected on first use: the prompt's mount (something to show) and the restore (the user chose it). */
  let prompt: Promise<PromptMount> | undefined;
  let restorer: Promise<PageRestore> | undefined;
  let stopped = false;

  /** Shows, updates or removes the prompt; its code is loaded the first time there is something to show. */
  function sync(): void {
    if (!prompt && !offer && !notice) return;
    prompt ??= loadOnDemand('prompt').then((m) => m.mountPrompt(page));
    prompt.then((m) => (stopped ? m.stop() : m.sync()), () => undefined);
  }

  const page: DraftsPage = {
    win,
    session,
    offer: () => offer,
    notice: () => notice,
    close(part) {
      if (part === 'offer') {
        dismissed = true;
        offer = undefined;
      } else notice = undefined;
      sync();
    },
    failed(message) {
      offer = undefined;
      notice = { message, transient: false };
      sync();
    },
    restorer() {
      restorer ??= loadOnDemand('restore').then((m) => m.createPageRestore(page));
      // A failed injection may succeed on the user's next try.
      return restorer.catch((err: unknown) => {
        restorer = undefined;
        throw err;
      });
    },
    async adopt(draftId) {
      await queue.flush();
      if (createdHere && createdHere !== draftId) superseded = createdHere;
      queue.adopt(draftId);
    },
    holdSaves(on) {
      restoring = on;
    },
    saveShown() {
      const after = session.refresh('restore');
      armed = true;
      afterRestore = true;
      const all = Object.keys(after.values);
      queue.push(pickValues(after.values, all), { immediate: true, edited: all.filter((k) => hasValue(after.values[k])) });
    },
  };

  /** Offers the drafts of this origin whose fields this page shows (once per set of fields). */
  function maybeOfferRestore(s: FormSnapshot): void {
    if (dismissed || offer) return;
    const keys = s.recognition.fields.map((f) => f.key);
    if (keys.length === 0) return;
    const signature = [...new Set(keys)].sort().join('|');
    if (signature === lastOfferSignature) return;
    lastOfferSignature = signature;
    void (async () => {
      try {
        const identity = pickValues(s.values, ['subject.certNumber', 'subject.name', 'website.domains']);
        const { candidates } = await postToBackground<typeof draftsMatch>('drafts/match', { origin, keys, identity, session: pageId });
        const own = queue.currentDraftId;
        const worth: RestoreCandidate[] = [];
        for (const c of candidates) {
          if (c.id === own && armed) continue;
          // A draft the page already shows in full is not worth a prompt.
          if (worth.length < 3 && !(await differsFromPage(c.id))) continue;
          worth.push(c);
        }
        if (worth.length === 0 || dismissed || offer) return;
        if (own) worth.sort((a, b) => (a.id === own ? -1 : b.id === own ? 1 : 0));
        offer = worth;
        sync();
      } catch {
        // No prompt is better than a broken one; the popup still offers restore.
      }
    })();
  }

  async function differsFromPage(draftId: string): Promise<boolean> {
    const { fields } = await postToBackground<typeof draftsFields>('drafts/fields', { id: draftId });
    if (!fields) return false;
    const { values, recognition } = session.current();
    return recognition.fields.some((f) => hasValue(fields[f.key]) && !equivalent(values[f.key], fields[f.key]));
  }

  // --- popup → page ---------------------------------------------------------------------

  const hasFields = (): boolean => session.current().recognition.fields.length > 0;

  const onMessage = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const env = readEnvelope(raw);
    if (!env) return undefined;
    const { type, payload } = env;
    // The prompt's messages (with its token) are answered by its mount (prompt-mount.js).
    if ((payload as { prompt?: unknown } | null)?.prompt !== undefined) return undefined;
    // (The restore and its schemas are in restore.js, which parses the request.)
    if (type === ('page/restore' satisfies (typeof pageRestore)['type'])) {
      // Every frame gets the popup's message; the frame with the form answers (top frame last).
      if ((!hasFields() && !isTop) || !withTop) return undefined;
      // Only the extension drives a restore: nothing is injected for anyone else.
      if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: 'sender not allowed' });
      return (async () => {
        if (!hasFields()) await new Promise((r) => setTimeout(r, 400));
        try {
          // The fill code is not part of the content script: injected now, on the user's restore.
          return await (await page.restorer()).answerPopup(payload, sender, () => {
            // A restore from the popup replaces the prompt.
            offer = undefined;
            sync();
          });
        } catch (err) {
          return { ok: false, error: errorText(err) };
        }
      })();
    }
    if (type === ('page/draft-status' satisfies (typeof pageDraftStatus)['type'])) {
      if ((!isTop && !hasFields()) || !withTop) return undefined;
      // No request fields to read; the popup parses the answer.
      return answerFromExtension(sender, (): input<(typeof pageDraftStatus)['response']> => ({
        draftId: queue.currentDraftId ?? null,
        lastSavedAt,
        error: lastError,
      }));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    unsubscribe();
    queue.stop();
    stopped = true;
    prompt?.then((m) => m.stop(), () => undefined);
    browser.runtime.onMessage.removeListener(onMessage);
  });

  maybeOfferRestore(session.current());
}

/** Keys whose values pick a page's draft (background/filing-match identityOf). */
const IDENTITY_KEY = /^(subject\.(name|certNumber)|website(\[\d+\])?\.domains)$/;
/** Longest hold of a page's first save while an identifying value is being typed (below the background's 5 s replay age). */
const IDENTITY_HOLD_MS = 3_000;

function pickValues(values: FieldValues, keys: string[]): FieldValues {
  const out: FieldValues = {};
  for (const k of keys) {
    const v = values[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
