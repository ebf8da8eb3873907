import type { FieldValues } from '../domain/draft-file';
import { draftsFields, pageRestore, type Conflict, type RestoreReport } from '../drafts/messages';
import { sendToBackground } from '../messaging/define-message';
import type { RestoreEngine } from '../restore/engine';
import { missingWebsiteIndexes } from '../restore/missing-websites';
import { answerExtension } from '../messaging/answer-message';
import type { DraftsPage, PageRestore } from './on-demand';

/**
 * A restore into the page, from the popup or the prompt (part of restore.js, injected once the
 * user chose to restore): the draft's values are fetched, the page's autosave adopts the draft,
 * the engine fills, and what the page then holds is saved into the draft.
 */
export function createPageRestore(page: DraftsPage, engine: RestoreEngine): PageRestore {
  const { session, win } = page;
  /**
   * The draft's values as they were when first restored into this page. After a restore the
   * page's values (including the user's newer ones, kept on conflict) are saved into the
   * draft, so "overwrite with the draft" must use the values from before.
   */
  const restoredFrom = new Map<string, FieldValues>();
  /** What the page held before its restores (since the last undo), for the prompt's "Undo": this page's memory only. */
  let undoable: ReturnType<RestoreEngine['rememberBefore']> | undefined;

  /** Fills the page from a draft; the draft becomes the one this page saves into. */
  async function restore(draftId: string, keys: string[] | undefined, overwrite: boolean): Promise<{ report: RestoreReport; conflicts: Conflict[] }> {
    let fields = overwrite ? restoredFrom.get(draftId) : undefined;
    if (!fields) {
      const stored = (await sendToBackground(draftsFields, { id: draftId })).fields;
      if (!stored) throw new Error(`No draft with id ${draftId}`);
      fields = stored;
      restoredFrom.set(draftId, fields);
    }
    const draftFields = fields;
    await page.adopt(draftId);
    page.holdSaves(true);
    let report: RestoreReport;
    let before: FieldValues;
    try {
      const snap = session.refresh('restore');
      before = snap.values;
      let recognition = snap.recognition;
      // Websites 2, 3 ... of the draft: add their blocks with the page's own button first.
      const wantedKeys = keys ?? Object.keys(draftFields);
      const missing = missingWebsiteIndexes(wantedKeys, recognition.fields.map((f) => f.key));
      if (missing.length > 0 && recognition.fields.some((f) => f.key.startsWith('website.'))) {
        const websites = (): number => new Set(session.refresh('restore').recognition.fields.filter((f) => f.key.startsWith('website')).map((f) => f.key.replace(/^(website(?:\[\d+\])?).*$/, '$1'))).size;
        if ((await engine.addWebsiteBlocks(win.document, missing.length, websites)) > 0) recognition = session.refresh('restore').recognition;
      }
      report = await engine.restoreFields({
        recognition,
        current: snap.values,
        draft: draftFields,
        ...(keys ? { keys } : {}),
        overwrite,
      });
    } finally {
      page.holdSaves(false);
    }
    undoable = engine.rememberBefore(undoable, before, report.filled);
    page.saveShown();
    const conflicts: Conflict[] = report.skipped
      .filter((s) => s.reason === 'user-value')
      .map((s) => ({ key: s.key, page: before[s.key], draft: draftFields[s.key] }));
    return { report, conflicts };
  }

  /** The engine puts back `undoable` (once); the values it puts back are saved. */
  async function undo(): Promise<RestoreReport> {
    page.holdSaves(true);
    try {
      return await engine.undoFields({ recognition: session.refresh('restore').recognition, ...undoable! });
    } finally {
      undoable = undefined;
      page.holdSaves(false);
      page.saveShown();
    }
  }

  return {
    restore,
    undo,
    answerPopup: (payload, sender, done) =>
      answerExtension(pageRestore, payload, sender, async (req) => {
        const { report } = await restore(req.draftId, req.keys, req.overwrite ?? false);
        done();
        return report;
      }),
  };
}
