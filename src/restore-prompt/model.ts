import type { FieldValue, FieldValues } from '../domain/draft-file';
import type { Conflict, RestoreCandidate, RestoreReport } from '../drafts/messages';
import { hasValue } from '../drafts/sanitize';

/** What the prompt shows; every change is a pure function below (the view only renders). */
export interface PromptState {
  candidates: RestoreCandidate[];
  selectedId: string;
  phase: 'offer' | 'confirm' | 'working' | 'result';
  choosing?: boolean;
  /** The restore waiting for the user's second, explicit confirmation (phase `confirm`). */
  confirm?: PendingRestore;
  /** The last click was refused: the prompt was covered, transparent or not fully on screen. */
  refused?: boolean;
  /** The chosen draft's values for this page's fields, when the user picks fields one by one. */
  fields?: FieldChoice[];
  picked?: string[];
  report?: RestoreReport;
  conflicts?: Conflict[];
  /** The result is of an undo (no second undo is offered). */
  undone?: boolean;
}

export interface PendingRestore {
  draftId: string;
  keys?: string[];
  /** Overwrite values the user typed on the page (the result's "overwrite with the draft"). */
  overwrite?: boolean;
  /** The draft was saved on another path of the origin than this page (named in the question). */
  otherPath: boolean;
}

export interface FieldChoice {
  key: string;
  value: string;
}

/**
 * The prompt for the drafts the content script offers now (most relevant first): none, no
 * prompt (closed there, e.g. after a restore from the popup); else the prompt as it is, or
 * a new offer.
 */
export function offered(cur: PromptState | undefined, candidates: RestoreCandidate[]): PromptState | undefined {
  const first = candidates[0];
  if (!first) return undefined;
  return cur ?? { candidates, selectedId: first.id, phase: 'offer' };
}

/** The draft the prompt acts on. */
export function chosen(s: PromptState): RestoreCandidate | undefined {
  return s.candidates.find((c) => c.id === s.selectedId) ?? s.candidates[0];
}

/** Another draft chosen: its field list (if open) belonged to the previous one. */
export function select(s: PromptState, id: string): PromptState {
  return { candidates: s.candidates, selectedId: id, phase: 'offer', choosing: true };
}

export function toggleChoose(s: PromptState): PromptState {
  return { ...s, choosing: !s.choosing };
}

/** The field list to pick from (nothing picked yet). */
export function showFields(s: PromptState, fields: FieldChoice[]): PromptState {
  return { ...s, fields, picked: [] };
}

export function hideFields(s: PromptState): PromptState {
  const { fields: _fields, picked: _picked, ...rest } = s;
  return rest;
}

export function togglePick(s: PromptState, key: string): PromptState {
  const picked = s.picked ?? [];
  return { ...s, picked: picked.includes(key) ? picked.filter((k) => k !== key) : [...picked, key] };
}

/** Asks before restoring (another path of the origin, or visibility the browser cannot confirm). */
export function confirming(s: PromptState, pending: PendingRestore): PromptState {
  const { refused: _refused, ...rest } = s;
  return { ...rest, phase: 'confirm', confirm: pending };
}

/** The user said no: back to the offer as it was. */
export function cancelConfirm(s: PromptState): PromptState {
  const { confirm: _confirm, refused: _refused, ...rest } = s;
  return { ...rest, phase: 'offer' };
}

/** A click that did not count: the prompt says why and stays as it is. */
export function refuse(s: PromptState): PromptState {
  return { ...s, refused: true };
}

export function working(s: PromptState, draftId: string): PromptState {
  return { candidates: s.candidates, selectedId: draftId, phase: 'working' };
}

export function result(s: PromptState, report: RestoreReport, conflicts: Conflict[] = []): PromptState {
  return { candidates: s.candidates, selectedId: s.selectedId, phase: 'result', report, conflicts };
}

/** The page holds again what it held before the restore (except the keys the report lists as failed). */
export function undone(s: PromptState, report: RestoreReport): PromptState {
  return { ...result(s, report), undone: true };
}

/** The draft's fields the page shows (and the draft has a value for), as text to pick from. */
export function fieldChoices(draft: FieldValues, pageKeys: string[]): FieldChoice[] {
  const onPage = new Set(pageKeys);
  return Object.keys(draft)
    .filter((k) => onPage.has(k) && hasValue(draft[k]))
    .map((k) => ({ key: k, value: showValue(draft[k]) }));
}

/** A field value as one line of text (lists joined), '' for none. */
export function showValue(v: FieldValue | undefined): string {
  if (v === undefined || !hasValue(v)) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}
