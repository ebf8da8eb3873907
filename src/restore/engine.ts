import { addWebsiteBlocks } from './add-websites';
import { restoreFields } from './restore-fields';
import { rememberBefore, undoFields } from './undo-fields';

/**
 * The fill engine: what only a restore needs. It is bundled into the unlisted script
 * `restore.js` (entrypoints/restore.ts), which the background injects into the requesting
 * frame after the user chose to restore; the content script never bundles it.
 */
export const restoreEngine = { restoreFields, addWebsiteBlocks, undoFields, rememberBefore };
export type RestoreEngine = typeof restoreEngine;
