import type { MessageRouter } from '../messaging/router';
import { rulesCheck } from '../content/messages';
import { createRuleRunner } from './rule-runner';

/**
 * `rules/check`: the rules engine for the content script. It runs here, in the service
 * worker, so that the rules, their bilingual texts and the facts tables (most of the
 * product's code) are not injected into every filing page: the content script sends the
 * values and renders the findings it gets back.
 */
export function registerRules(router: MessageRouter, now: () => Date = () => new Date()): void {
  const runner = createRuleRunner(now);
  router.handle(rulesCheck, ({ fields, filingType, asOf, changedKeys }) => {
    const day = asOf ?? now();
    if (changedKeys && changedKeys.length > 0) return runner.some(fields, changedKeys, filingType, day);
    return { findings: runner.all(fields, filingType, day) };
  });
}
