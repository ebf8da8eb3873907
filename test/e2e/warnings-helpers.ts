/**
 * Helpers for the inline-warning e2e tests: read the warnings the way outside tests do
 * (open shadow roots of `[data-icp-helper]` hosts, `[data-icp-rule][data-icp-field]`),
 * type like a user, and read the action badge through the service worker.
 */
import type { Page, Worker } from 'playwright-core';

export interface ShownWarning {
  rule: string;
  field: string;
  severity: string;
  text: string;
  placed: boolean;
}

export function shownWarnings(page: Page): Promise<ShownWarning[]> {
  return page.evaluate(() => {
    const out: ShownWarning[] = [];
    for (const host of document.querySelectorAll('[data-icp-helper]')) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const el of root.querySelectorAll('[data-icp-rule][data-icp-field]')) {
        const bubble = el.closest('.bubble');
        out.push({
          rule: el.getAttribute('data-icp-rule') ?? '',
          field: el.getAttribute('data-icp-field') ?? '',
          severity: el.getAttribute('data-icp-severity') ?? '',
          text: (el as HTMLElement).innerText ?? el.textContent ?? '',
          placed: bubble?.hasAttribute('data-placed') ?? false,
        });
      }
    }
    return out;
  });
}

/** Waits until a warning of `rule` is (or is no longer) shown on `field`. */
export async function waitForWarning(page: Page, rule: string, field: string, shown = true, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    ([r, f, want]) => {
      let found = false;
      for (const host of document.querySelectorAll('[data-icp-helper]')) {
        if (host.shadowRoot?.querySelector(`[data-icp-rule="${r}"][data-icp-field="${f}"]`)) found = true;
      }
      return found === want;
    },
    [rule, field, shown] as const,
    { timeout, polling: 50 },
  );
}

export const byKey = (key: string) => `[data-expected-key="${key}"]`;

/** Replaces a text field's value with real key presses (frameworks see real input). */
export async function retype(page: Page, selector: string, text: string): Promise<void> {
  const loc = page.locator(selector).first();
  await loc.click();
  await loc.press('ControlOrMeta+a');
  await loc.press('Delete');
  if (text) await loc.pressSequentially(text, { delay: 5 });
}

/** The action badge text of the active tab. */
export async function badgeOfActiveTab(sw: Worker, page: Page): Promise<string> {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return c.action.getBadgeText({ tabId: tab.id });
  });
}

/** Collects console errors and uncaught exceptions of the page. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Attributes on <body> (the helper must add none). */
export function bodyAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() => document.body.getAttributeNames());
}

/** Sends a message to the active tab's content script as the popup does (same envelope). */
export async function sendToActiveTab(sw: Worker, page: Page, type: string, payload: unknown): Promise<unknown> {
  await page.bringToFront();
  return sw.evaluate(
    async ([t, p]) => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return c.tabs.sendMessage(tab.id, { type: t, payload: p });
    },
    [type, payload] as const,
  );
}
