import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Content script wiring: form session (recognition + observer) → inline warnings, badge,
 * autosave. Each capability lives in its own module under src/content/.
 */
export function startContentScript(_ctx: ContentScriptContext): void {
  // Tests and the demo wait for this mark before typing.
  document.documentElement.dataset.icpHelperReady = '1';
}
