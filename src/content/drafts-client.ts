import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldValues } from '../domain/draft-file';
import {
  draftsAutosave,
  draftsFields,
  draftsMatch,
  pageDraftStatus,
  pageRestore,
  promptChanged,
  promptClose,
  promptResize,
  promptState,
  type Conflict,
  type Notice,
  type RestoreCandidate,
  type RestoreReport,
} from '../drafts/messages';
import { providerForUrl } from '../drafts/provider';
import { hasValue } from '../drafts/sanitize';
import { equivalent } from '../controls/equivalent';
import { loadRestoreEngine } from './restore-engine-loader';
import type { RestoreEngine } from '../restore/engine';
import { missingWebsiteIndexes } from '../restore/missing-websites';
import { EnvelopeSchema, MessageError, sendToBackground } from '../messaging/define-message';
import { answerExtension } from './answer-extension';
import { createAutosaveQueue, type AutosaveBatch, type SendOutcome } from './autosave-queue';
import type { FormSession, FormSnapshot } from './form-session-types';
import { pendingStore } from './pending-store';
import { createDraftsFrame } from './drafts-frame';

/**
 * Drafts in the page: autosave (debounced, flushed on pagehide / hidden, retried when the
 * service worker is gone) and restore: this script decides when to offer drafts and mounts the
 * prompt (an extension page in an iframe, src/restore-prompt), which then restores through
 * `page/restore` as the popup does.
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
      const res = await sendToBackground(draftsAutosave, {
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
  /** While the frame is up: the token that routes its messages here, and its height. */
  let token: string | undefined;
  let height = 0;
  let dismissed = false;
  let lastOfferSignature = '';
  const frame = createDraftsFrame(win.document);

  /** Shows, updates (the frame asks for the state again) or removes the frame. */
  function sync(): void {
    if (!offer && !notice) {
      frame.hide();
      token = undefined;
      return;
    }
    // Runtime messages reach every extension page, the frame included (it checks the token).
    if (token) void sendToBackground(promptChanged, { prompt: token }).catch(() => undefined);
    else {
      token = globalThis.crypto.randomUUID();
      height = 0;
    }
    frame.show(token, height);
  }

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
        const { candidates } = await sendToBackground(draftsMatch, { origin, keys, identity, session: pageId });
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
    const { fields } = await sendToBackground(draftsFields, { id: draftId });
    if (!fields) return false;
    const { values, recognition } = session.current();
    return recognition.fields.some((f) => hasValue(fields[f.key]) && !equivalent(values[f.key], fields[f.key]));
  }

  /**
   * The draft's values as they were when first restored into this page. After a restore the
   * page's values (including the user's newer ones, kept on conflict) are saved into the
   * draft, so "overwrite with the draft" must use the values from before.
   */
  const restoredFrom = new Map<string, FieldValues>();
  /** What the page held before its restores (since the last undo), for the prompt's "Undo": this page's memory only. */
  let undoable: ReturnType<RestoreEngine['rememberBefore']> | undefined;

  /** Fills the page from a draft; the draft becomes the one this page saves into. */
  async function restore(draftId: string, keys: string[] | undefined, overwrite: boolean): Promise<{ report: RestoreReport; conflicts: Conflict[] }> {
    let fields = overwrite ? restoredFrom.get(draftId) : undefined;
    if (!fields) {
      const stored = (await sendToBackground(draftsFields, { id: draftId })).fields;
      if (!stored) throw new Error(`No draft with id ${draftId}`);
      fields = stored;
      restoredFrom.set(draftId, fields);
    }
    const draftFields = fields;
    // The fill engine is not part of the content script: injected now, on the user's restore.
    const engine = await loadRestoreEngine();
    await queue.flush();
    if (createdHere && createdHere !== draftId) superseded = createdHere;
    queue.adopt(draftId);
    restoring = true;
    let report: RestoreReport;
    let before: FieldValues;
    try {
      const snap = session.refresh('restore');
      before = snap.values;
      let recognition = snap.recognition;
      // Websites 2, 3 ... of the draft: add their blocks with the page's own button first.
      const wantedKeys = keys ?? Object.keys(draftFields);
      const missing = missingWebsiteIndexes(wantedKeys, recognition.fields.map((f) => f.key));
      if (missing.length > 0 && recognition.fields.some((f) => f.key.startsWith('website.'))) {
        const websites = (): number => new Set(session.refresh('restore').recognition.fields.filter((f) => f.key.startsWith('website')).map((f) => f.key.replace(/^(website(?:\[\d+\])?).*$/, '$1'))).size;
        if ((await engine.addWebsiteBlocks(win.document, missing.length, websites)) > 0) recognition = session.refresh('restore').recognition;
      }
      report = await engine.restoreFields({
        recognition,
        current: snap.values,
        draft: draftFields,
        ...(keys ? { keys } : {}),
        overwrite,
      });
    } finally {
      restoring = false;
    }
    undoable = engine.rememberBefore(undoable, before, report.filled);
    saveShown();
    const conflicts: Conflict[] = report.skipped
      .filter((s) => s.reason === 'user-value')
      .map((s) => ({ key: s.key, page: before[s.key], draft: draftFields[s.key] }));
    return { report, conflicts };
  }

  /**
   * After a restore or an undo, what the page now holds goes into the adopted draft (merge:
   * other pages' keys stay). Values the page holds now are the user's choice; a field left
   * empty (a fill that failed, an undo that emptied it) never clears the draft's value.
   */
  function saveShown(): void {
    const after = session.refresh('restore');
    armed = true;
    afterRestore = true;
    const all = Object.keys(after.values);
    queue.push(pickValues(after.values, all), { immediate: true, edited: all.filter((k) => hasValue(after.values[k])) });
  }

  /** The prompt's "Undo": the engine puts back `undoable` (once); the values it puts back are saved. */
  async function undo(): Promise<RestoreReport> {
    const engine = await loadRestoreEngine();
    restoring = true;
    try {
      return await engine.undoFields({ recognition: session.refresh('restore').recognition, ...undoable! });
    } finally {
      undoable = undefined;
      restoring = false;
      saveShown();
    }
  }

  // --- popup and prompt → page ------------------------------------------------------------

  const hasFields = (): boolean => session.current().recognition.fields.length > 0;

  const onMessage = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const env = EnvelopeSchema.safeParse(raw);
    if (!env.success) return undefined;
    const { type, payload } = env.data;
    // Routing only (answerExtension validates the sender and the request): the prompt's
    // messages go to every frame of the tab, and only the frame that mounted it answers.
    const from = (payload as { prompt?: unknown } | null)?.prompt;
    if (from !== undefined && from !== token) return undefined;
    if (type === pageRestore.type) {
      // Every frame gets the popup's message; the frame with the form answers (top frame last).
      if (!from && ((!hasFields() && !isTop) || !withTop)) return undefined;
      return answerExtension(pageRestore, payload, sender, async (req) => {
        if (!hasFields()) await new Promise((r) => setTimeout(r, 400));
        try {
          const { report, conflicts } = req.undo && from ? { report: await undo(), conflicts: [] } : await restore(req.draftId, req.keys, req.overwrite ?? false);
          // The prompt shows its result itself; a restore from the popup replaces the prompt.
          if (from) return { ...report, conflicts };
          offer = undefined;
          sync();
          return report;
        } catch (err) {
          if (from) {
            offer = undefined;
            notice = { message: errorText(err), transient: false };
            sync();
          }
          throw err;
        }
      });
    }
    if (type === promptState.type) {
      return answerExtension(promptState, payload, sender, async () => ({
        candidates: offer ?? [],
        notice: notice ?? null,
        pageKeys: session.current().recognition.fields.map((f) => f.key),
        page: origin + win.location.pathname,
      }));
    }
    if (type === promptResize.type) {
      return answerExtension(promptResize, payload, sender, async (req) => {
        height = req.height;
        if (token) frame.show(token, height);
        return {};
      });
    }
    if (type === promptClose.type) {
      return answerExtension(promptClose, payload, sender, async (req) => {
        if (req.part === 'offer') {
          dismissed = true;
          offer = undefined;
        } else notice = undefined;
        sync();
        return {};
      });
    }
    if (type === pageDraftStatus.type) {
      if ((!isTop && !hasFields()) || !withTop) return undefined;
      return answerExtension(pageDraftStatus, payload, sender, async () => ({
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
    frame.hide();
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
