/**
 * A restore the user chose in the popup, for a draft typed on another origin (an imported
 * draft, a filing moved to another provider): the popup grants that draft to the tab's top
 * frame for a moment, and only then may that frame's content script read its values.
 * Cross-origin child frames never get a grant (frameId 0 only).
 */
const GRANT_MS = 60_000;

export function createRestoreGrants(now = () => Date.now()) {
  const grants = new Map<string, number>();
  const key = (tabId: number, draftId: string): string => `${tabId}:${draftId}`;
  return {
    grant(tabId: number, draftId: string): void {
      for (const [k, until] of grants) if (until < now()) grants.delete(k);
      grants.set(key(tabId, draftId), now() + GRANT_MS);
    },
    allows(sender: { tab?: { id?: number }; frameId?: number }, draftId: string): boolean {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return false;
      return (grants.get(key(tabId, draftId)) ?? 0) >= now();
    },
  };
}
export type RestoreGrants = ReturnType<typeof createRestoreGrants>;
