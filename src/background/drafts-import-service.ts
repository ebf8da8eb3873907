import type { MessageRouter } from '../messaging/router';
import { draftsImport } from '../drafts/import-messages';
import type { DraftRepository } from '../drafts/repository';
import { isExtensionPage } from './sender-origin';

/**
 * Draft imports run here, not in the popup: parsing and validating a large file cannot
 * freeze the popup or the options page. Only the extension's own pages may import.
 */
export function registerDraftsImport(router: MessageRouter, repository: () => DraftRepository): void {
  router.handle(draftsImport, async (req, sender) => {
    if (!isExtensionPage(sender)) throw new Error('only the extension\'s pages import drafts');
    const { importDraftsText } = await import('../drafts/export-import');
    const r = await importDraftsText(repository(), req.text, req.passphrase ? { passphrase: req.passphrase } : {});
    return { ok: r.ok, ids: r.ids, problems: r.problems, ...(r.needsPassphrase ? { needsPassphrase: true } : {}) };
  });
}
