import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FormSession } from './form-session-types';

/** Autosave and restore in the page (being built: drafts issue). */
export function startDraftsClient(_session: FormSession, _ctx: ContentScriptContext): void {}
