import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Marks the document so tests (and the demo) can wait until the script is attached. */
export function startContentScript(_ctx: ContentScriptContext): void {
  document.documentElement.dataset.icpHelperReady = '1';
}
