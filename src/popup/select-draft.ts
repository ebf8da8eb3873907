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

/**
 * The same preference as `chooseDraft`, without loading every summary: each lookup is one
 * indexed query, so the popup's first render does not grow with the number of drafts.
 */
export async function pickInitialDraft(input: {
  queryId: string | null;
  pageDraftId?: string | null;
  pageOrigin?: string | null;
  exists(id: string): Promise<boolean>;
  latestForOrigin(origin: string): Promise<string | undefined>;
  latest(): Promise<string | undefined>;
}): Promise<DraftChoice> {
  if (input.queryId) return { id: input.queryId, reason: 'query' };
  if (input.pageDraftId && (await input.exists(input.pageDraftId))) return { id: input.pageDraftId, reason: 'page' };
  if (input.pageOrigin) {
    const id = await input.latestForOrigin(input.pageOrigin);
    if (id) return { id, reason: 'page' };
  }
  const id = await input.latest();
  return id ? { id, reason: 'recent' } : { id: null, reason: 'none' };
}
