import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EnvelopeSchema } from '../messaging/define-message';
import { MessageRouter } from '../messaging/router';
import { pageScrollToField, pageSummary, type PageSummary } from './messages';

export interface PageRouterDeps {
  summary(): PageSummary;
  /** Scrolls the field into view and focuses it; false when it is not on the page. */
  scrollToField(field: string): boolean;
  /** The top frame answers even with no fields (after other frames had a chance). */
  isTopFrame: boolean;
}

/**
 * Answers the popup's questions about the page (`page/summary`, `page/scroll-to-field`).
 * Only the extension's own pages are answered (MessageRouter checks sender.id). Every frame
 * with a content script receives a tab message and the first answer wins: frames that hold
 * fields answer at once, the top frame without fields answers a little later.
 */
export function startPageRouter(ctx: ContentScriptContext, deps: PageRouterDeps): void {
  const router = new MessageRouter();
  router.handle(pageSummary, () => deps.summary());
  router.handle(pageScrollToField, ({ field }) => ({ found: deps.scrollToField(field) }));

  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const env = EnvelopeSchema.safeParse(raw);
    if (!env.success || (env.data.type !== pageSummary.type && env.data.type !== pageScrollToField.type)) return undefined;
    if (ctx.isInvalid) return undefined;
    const hasFields = deps.summary().fields > 0;
    if (!hasFields && !deps.isTopFrame) return undefined;
    const answer = router.dispatch(raw, sender);
    return hasFields ? answer : new Promise((ok) => setTimeout(() => ok(answer), 200));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
