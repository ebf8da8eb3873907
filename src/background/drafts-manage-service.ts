import type { MessageRouter } from '../messaging/router';
import { draftsGrant, draftsImport, draftsMerge, draftsSplit } from '../drafts/manage-messages';
import type { DraftRepository } from '../drafts/repository';
import { isExtensionPage } from './sender-origin';
import type { RestoreGrants } from './restore-grants';
import type { TabFilings } from './tab-filings';

/**
 * Draft management that only the extension's own pages may ask for: imports (here, not in the
 * popup: parsing a large file cannot freeze the popup or the options page), merging two
 * drafts of one filing and splitting one off (tabs writing a merged-away draft follow it).
 */
export function registerDraftsManage(router: MessageRouter, repository: () => DraftRepository, tabs: TabFilings, grants: RestoreGrants): void {
  const onlyExtension = (sender: Parameters<typeof isExtensionPage>[0]): void => {
    if (!isExtensionPage(sender)) throw new Error('only the extension\'s pages manage drafts');
  };
  /** Uploads in progress: their parts so far (dropped after a minute without a part). */
  const uploads = new Map<string, { parts: string[]; at: number }>();
  router.handle(draftsImport, async (req, sender) => {
    onlyExtension(sender);
    for (const [k, u] of uploads) if (Date.now() - u.at > 60_000) uploads.delete(k);
    const u = uploads.get(req.upload) ?? { parts: new Array<string>(req.parts).fill(''), at: 0 };
    if (u.parts.length !== req.parts || req.part >= req.parts) throw new Error('import parts do not add up');
    u.parts[req.part] = req.text;
    u.at = Date.now();
    uploads.set(req.upload, u);
    if (req.part < req.parts - 1) return { done: false, ok: true, ids: [], problems: [] };
    uploads.delete(req.upload);
    const { importDraftsText } = await import('../drafts/export-import');
    const r = await importDraftsText(repository(), u.parts.join(''), req.passphrase ? { passphrase: req.passphrase } : {});
    return { done: true, ok: r.ok, ids: r.ids, problems: r.problems, ...(r.needsPassphrase ? { needsPassphrase: true } : {}) };
  });
  router.handle(draftsGrant, async (req, sender) => {
    onlyExtension(sender);
    grants.grant(req.tabId, req.draftId);
    return {};
  });
  router.handle(draftsMerge, async (req, sender) => {
    onlyExtension(sender);
    const merged = await repository().merge(req.targetId, req.sourceId);
    await tabs.redirect(req.sourceId, merged.id);
    return { id: merged.id };
  });
  router.handle(draftsSplit, async (req, sender) => {
    onlyExtension(sender);
    const { kept, created } = await repository().split(req.id, req.sections);
    return { keptId: kept.id, createdId: created.id };
  });
}
