/**
 * A draft to restore, made the way a user makes one outside the filing page: imported from a
 * draft file in the popup (`drafts/import`), then granted to the form's tab before each restore
 * (`drafts/grant`), as the popup's "Restore" does. Extension pages may not autosave a draft
 * (only a filing page may: the background binds drafts to the sending frame's origin).
 */
import type { Page } from 'playwright-core';

type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string } | undefined> } } };

/** The imported draft's id, or why there is none. `ext` is an extension page. */
export async function importDraft(ext: Page, fields: Record<string, unknown>): Promise<{ id: string } | { error: string }> {
  const text = JSON.stringify({ format: 'icp-filing-draft', version: 1, filingType: 'new', fields });
  const r = await ext.evaluate(
    (t) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'drafts/import', payload: { upload: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}`, part: 0, parts: 1, text: t } }),
    text,
  );
  const v = r?.value as { ok?: boolean; ids?: string[]; problems?: string[] } | undefined;
  if (!r?.ok || !v?.ok || !v.ids?.[0]) return { error: r?.error ?? v?.problems?.join('; ') ?? 'no reply' };
  return { id: v.ids[0] };
}

/** Lets the tab's top frame read the draft (what the popup sends before `page/restore`). */
export async function grantDraft(ext: Page, tabId: number, draftId: string): Promise<void> {
  const r = await ext.evaluate(
    (p) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'drafts/grant', payload: p }),
    { tabId, draftId },
  );
  if (!r?.ok) throw new Error(`drafts/grant failed: ${r?.error ?? 'no reply'}`);
}
