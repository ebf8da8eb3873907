import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { envelopeSchema } from '../messaging/define-message';
import { answerExtension } from './answer-extension';
import { pageGoToWarning, pageScrollToField, pageSummary, type PageSummary } from './messages';

export interface PageRouterDeps {
  summary(): PageSummary;
  /** Scrolls the field into view and focuses it; false when it is not on the page. */
  scrollToField(field: string): boolean;
  /** Focuses the next or previous warning (keyboard command); false when there is none. */
  goToWarning(step: 1 | -1): boolean;
  /** The top frame answers even with no fields (after other frames had a chance). */
  isTopFrame: boolean;
}

/**
 * Answers the popup's questions about the page (`page/summary`, `page/scroll-to-field`).
 * Only the extension's own pages are answered (answerExtension checks sender.id; the same
 * helper as drafts-client, so the content script does not also carry MessageRouter). Every
 * frame with a content script receives a tab message and the first answer wins: frames that
 * hold fields answer at once, the top frame without fields answers a little later.
 */
export function startPageRouter(ctx: ContentScriptContext, deps: PageRouterDeps): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const env = envelopeSchema().safeParse(raw);
    if (!env.success) return undefined;
    const { type, payload } = env.data;
    if (ctx.isInvalid) return undefined;
    // Every frame of the tab gets the command; only one showing warnings moves focus.
    if (type === pageGoToWarning.type) return answerExtension(pageGoToWarning, payload, sender, async ({ step }) => ({ found: deps.goToWarning(step) }));
    if (type !== pageSummary.type && type !== pageScrollToField.type) return undefined;
    const hasFields = deps.summary().fields > 0;
    if (!hasFields && !deps.isTopFrame) return undefined;
    const answer =
      type === pageSummary.type
        ? answerExtension(pageSummary, payload, sender, async () => deps.summary())
        : answerExtension(pageScrollToField, payload, sender, async ({ field }) => ({ found: deps.scrollToField(field) }));
    return hasFields ? answer : new Promise((ok) => setTimeout(() => ok(answer), 200));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
