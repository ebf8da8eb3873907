import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { FieldValueSchema } from '../domain/draft-file';
import { ProviderSchema } from '../drafts/types';

/**
 * A copy of unsent autosave edits in `storage.session`: extension storage held in memory,
 * out of the page's reach (never the page's localStorage/IndexedDB). If the tab dies before
 * the background answered, the next page of the same origin sends it.
 */
const PREFIX = 'icp-pending-draft:';

export const PendingSchema = z.object({
  origin: z.string(),
  url: z.string(),
  provider: ProviderSchema,
  draftId: z.optional(z.string()),
  fields: z.record(z.string(), FieldValueSchema),
  at: z.string(),
});
export type Pending = z.infer<typeof PendingSchema>;

type SessionArea = { get(k: null | string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };

function area(): SessionArea | undefined {
  // Firefox < 115 and Chrome before setAccessLevel: not available to content scripts.
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

export function pendingStore(pageId: string) {
  const key = PREFIX + pageId;
  return {
    save(p: Pending | undefined): void {
      const a = area();
      if (!a) return;
      (p ? a.set({ [key]: p }) : a.remove(key)).catch(() => undefined);
    },
    /**
     * Unsent edits left by earlier pages of this origin (then removed). Younger ones may
     * belong to a live tab that is still retrying: they are left alone.
     */
    async takeOrphans(origin: string, minAgeMs: number): Promise<Pending[]> {
      const a = area();
      if (!a) return [];
      try {
        const all = await a.get(null);
        const out: Pending[] = [];
        for (const [k, v] of Object.entries(all)) {
          if (!k.startsWith(PREFIX) || k === key) continue;
          const p = PendingSchema.safeParse(v);
          if (p.success && p.data.origin === origin && Date.now() - Date.parse(p.data.at) >= minAgeMs) {
            out.push(p.data);
            await a.remove(k);
          }
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}
