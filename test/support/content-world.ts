import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** `typeof globalThis[name]` in the extension's isolated world of the page's top frame. */
export async function typeInContentWorld(page: Page, name: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; auxData?: { type?: string; isDefault?: boolean } ; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const isolated = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  expect(isolated.length, 'the content script world').toBeGreaterThan(0);
  const types = new Set<string>();
  for (const c of isolated) {
    const r = (await cdp.send('Runtime.evaluate', { expression: `typeof globalThis.${name}`, contextId: c.id, returnByValue: true })) as {
      result: { value: string };
    };
    types.add(r.result.value);
  }
  await cdp.detach();
  return [...types].sort().join(',');
}
