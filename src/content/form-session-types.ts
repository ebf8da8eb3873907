import type { FieldValues } from '../domain/draft-file';
import type { FormRecognition } from '../recognition/types';

/** What the content script knows about the filing form on the page at one moment. */
export interface FormSnapshot {
  recognition: FormRecognition;
  /** Current values under canonical keys; secrets are never included. */
  values: FieldValues;
  /** Keys whose value changed since the previous snapshot (all keys on the first one). */
  changedKeys: string[];
  /** Why this snapshot was taken. */
  cause: 'initial' | 'input' | 'mutation' | 'route' | 'restore';
  /**
   * For cause 'input': which event produced it. 'input' while typing; 'change' and 'blur'
   * when the user commits a value (these are emitted even when no value changed, so that
   * listeners can flush debounced work).
   */
  trigger?: 'input' | 'change' | 'blur';
  /** For cause 'input': the key of the field the event came from. */
  targetKey?: string;
  /**
   * For cause 'input': a user's own input (a trusted event, or one during the user's
   * activation, as component libraries re-dispatch), not a page script's synthetic event.
   */
  trusted?: boolean;
  /**
   * For trigger 'blur': the user changed a text field and no input/change event for it reached
   * us (the page swallows them); autosave then only sees values when fields are left.
   */
  unseen?: boolean;
}

/** The live form on the page: observed (one debounced MutationObserver) and re-read on input. */
export interface FormSession {
  current(): FormSnapshot;
  /**
   * Resolves with the first snapshot once the first recognition is done (at once when it ran
   * synchronously). Before that `current()` is empty and nothing is emitted.
   */
  ready: Promise<FormSnapshot>;
  /** Called after every snapshot; returns an unsubscribe function. */
  subscribe(listener: (snapshot: FormSnapshot) => void): () => void;
  /** Re-read now (e.g. after a restore filled the form). */
  refresh(cause?: FormSnapshot['cause']): FormSnapshot;
  stop(): void;
}
