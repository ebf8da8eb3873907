/** Which draft the popup opens with (pure; the popup gathers the inputs). */
export interface DraftSummaryLike {
  id: string;
  origin?: string;
  updatedAt: string;
}

export type DraftChoiceReason = 'query' | 'page' | 'recent' | 'none';

export interface DraftChoice {
  id: string | null;
  reason: DraftChoiceReason;
}

/**
 * Order of preference: `?draft=ID` (the contract), the draft the active tab's content script
 * is autosaving into, a draft typed on the active tab's origin, then the most recently edited.
 */
export function chooseDraft(input: {
  queryId: string | null;
  pageDraftId?: string | null;
  pageOrigin?: string | null;
  summaries: readonly DraftSummaryLike[];
}): DraftChoice {
  if (input.queryId) return { id: input.queryId, reason: 'query' };
  const ids = new Set(input.summaries.map((s) => s.id));
  if (input.pageDraftId && ids.has(input.pageDraftId)) return { id: input.pageDraftId, reason: 'page' };
  const byRecency = [...input.summaries].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  if (input.pageOrigin) {
    const match = byRecency.find((s) => s.origin === input.pageOrigin);
    if (match) return { id: match.id, reason: 'page' };
  }
  const first = byRecency[0];
  return first ? { id: first.id, reason: 'recent' } : { id: null, reason: 'none' };
}
