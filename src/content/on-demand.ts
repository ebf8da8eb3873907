import type { Runtime } from 'webextension-polyfill';
import type { Conflict, Notice, RestoreCandidate, RestoreReport } from '../drafts/messages';
import type { ReplyEnvelope } from '../messaging/define-message';
import type { FormSession } from './form-session-types';
import type { createWarningsView } from '../ui/warnings/warnings-view';

/**
 * Code the content script loads only when it is needed, as unlisted scripts the background
 * injects into the asking frame (`inject/script`): `restore.js` (the fill engine and the restore
 * itself) once the user chose to restore, `prompt-mount.js` (the drafts prompt's frame and its
 * messages) once there is a draft to offer or a notice to show, `warnings.js` (the warnings
 * overlay) when the frame has a warning to show, the user enters a field or a form renders. Each leaves what it provides in a
 * property of the content script's isolated world (the same world; the page's own scripts cannot
 * see or set it).
 */
export const ON_DEMAND = {
  restore: { global: '__icpFilingHelperRestore', file: '/restore.js' },
  prompt: { global: '__icpFilingHelperPrompt', file: '/prompt-mount.js' },
  warnings: { global: '__icpFilingHelperWarnings', file: '/warnings.js' },
} as const;
export type OnDemandScript = keyof typeof ON_DEMAND;

/** What each script provides. */
export interface OnDemand {
  restore: { createPageRestore(page: DraftsPage): PageRestore };
  prompt: { mountPrompt(page: DraftsPage): PromptMount };
  warnings: { createWarningsView: typeof createWarningsView };
}

export type Holder = Partial<Record<string, unknown>>;

/** Called by the injected script once it runs in the frame. */
export function provideOnDemand<K extends OnDemandScript>(name: K, value: OnDemand[K]): void {
  (globalThis as Holder)[ON_DEMAND[name].global] = value;
}

/** The drafts client of the page, as the injected restore and prompt code see it. */
export interface DraftsPage {
  readonly win: Window;
  readonly session: FormSession;
  /** The drafts offered for restore (none: no offer) and a storage notice. */
  offer(): RestoreCandidate[] | undefined;
  notice(): Notice | undefined;
  /** The user closed the offer (none again in this page) or the notice. */
  close(part: 'offer' | 'notice'): void;
  /** A restore from the prompt failed: the offer goes, the error is shown instead. */
  failed(message: string): void;
  /** The restore code (restore.js), injected on first use. */
  restorer(): Promise<PageRestore>;
  /** Before filling: pending saves sent, then `draftId` is the draft this page saves into. */
  adopt(draftId: string): Promise<void>;
  /** While filling: the fill's own input events are not saved (once, after it, by `saveShown`). */
  holdSaves(on: boolean): void;
  /** What the page now holds goes into its draft (merge; empty fields never clear the draft). */
  saveShown(): void;
}

/** restore.js: fills the page from a draft, and undoes it. */
export interface PageRestore {
  restore(draftId: string, keys: string[] | undefined, overwrite: boolean): Promise<{ report: RestoreReport; conflicts: Conflict[] }>;
  /** The prompt's "Undo": what the page held before its restores (since the last undo). */
  undo(): Promise<RestoreReport>;
  /** Answers the popup's `page/restore` (validated here); `done` runs after a restore. */
  answerPopup(payload: unknown, sender: Runtime.MessageSender, done: () => void): Promise<ReplyEnvelope>;
}

/** prompt-mount.js: the prompt's frame, shown, updated or removed to match the page's state. */
export interface PromptMount {
  sync(): void;
  stop(): void;
}

