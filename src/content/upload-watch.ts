import { postToBackground } from '../messaging/post-to-background';
import type { uploadInject } from '../uploads/messages';

/** Picked files waiting for the upload checker (shared with it: same isolated world). */
export interface PickedUpload {
  input: HTMLInputElement;
  /** Its parent at the pick: widgets may replace the input itself right after. */
  parent: Element | null;
  files: File[];
}
export const PICKED_KEY = '__icpPickedUploads';
/** Set by the checker once injected: later picks are handed to it without another injection. */
export const CHECKER_KEY = '__icpUploadChecker';

/**
 * Notices the user picking a file (trusted `change` on a file input, capture phase so widgets
 * that stop the event still count) and asks the background to inject the checker. The File
 * objects are kept here because widgets clear or replace their input right after the pick.
 * Everything else (reading, checking, showing) is in the on-demand upload-check script.
 */
export function watchUploads(doc: Document, signal: AbortSignal): void {
  const onPick = (e: Event): void => {
    // `change` never leaves a shadow root; the pick's `input` (composed) does, so a file
    // input inside an open shadow root is taken from `input`, any other from `change`.
    const t = e.composedPath()[0] as HTMLInputElement;
    if (!e.isTrusted || t.type !== 'file' || !t.files?.length || (e.type === 'input') === (t === e.target)) return;
    const g = globalThis as unknown as Record<string, unknown>;
    ((g[PICKED_KEY] as PickedUpload[] | undefined) ?? (g[PICKED_KEY] = [])).push({ input: t, parent: t.parentElement, files: [...t.files] });
    const checker = g[CHECKER_KEY] as { drain(): unknown } | undefined;
    if (checker) checker.drain();
    else postToBackground<typeof uploadInject>('uploads/inject', {}).catch(() => undefined);
  };
  for (const type of ['change', 'input']) doc.addEventListener(type, onPick, { capture: true, signal });
}
