import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerFromExtension } from '../messaging/answer-from-extension';
import { readEnvelope } from '../messaging/envelope';
import type { pageGoToWarning, pageScrollToField, pageSummary, PageSummary } from './messages';

// The messages' names, checked against their definitions (content/messages.ts); the popup
// parses what is answered with their schemas.
const SUMMARY = 'page/summary' satisfies (typeof pageSummary)['type'];
const SCROLL_TO_FIELD = 'page/scroll-to-field' satisfies (typeof pageScrollToField)['type'];
const GO_TO_WARNING = 'page/go-to-warning' satisfies (typeof pageGoToWarning)['type'];

/** The request fields read here (the sending extension page parsed the request already). */
function stepOf(payload: unknown): 1 | -1 {
  const step = (payload as { step?: unknown } | null)?.step;
  if (step !== 1 && step !== -1) throw new Error('invalid page/go-to-warning: step must be 1 or -1');
  return step;
}
function fieldOf(payload: unknown): string {
  const field = (payload as { field?: unknown } | null)?.field;
  if (typeof field !== 'string' || field.length === 0 || field.length > 200) throw new Error('invalid page/scroll-to-field: expected a field key');
  return field;
}

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
 * Only the extension's own pages are answered (answerFromExtension checks sender.id; the same
 * helper as drafts-client, so the content script does not also carry MessageRouter). Every
 * frame with a content script receives a tab message and the first answer wins: frames that
 * hold fields answer at once, the top frame without fields answers a little later.
 */
export function startPageRouter(ctx: ContentScriptContext, deps: PageRouterDeps): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const env = readEnvelope(raw);
    if (!env || ctx.isInvalid) return undefined;
    const { type, payload } = env;
    // Every frame of the tab gets the command; only one showing warnings moves focus.
    if (type === GO_TO_WARNING) return answerFromExtension(sender, () => ({ found: deps.goToWarning(stepOf(payload)) }));
    if (type !== SUMMARY && type !== SCROLL_TO_FIELD) return undefined;
    const hasFields = deps.summary().fields > 0;
    if (!hasFields && !deps.isTopFrame) return undefined;
    const answer =
      type === SUMMARY
        ? answerFromExtension(sender, () => deps.summary())
        : answerFromExtension(sender, () => ({ found: deps.scrollToField(fieldOf(payload)) }));
    return hasFields ? answer : new Promise((ok) => setTimeout(() => ok(answer), 200));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
