/**
 * Reads the test hook of the component-library fixture pages (`window.__icpFixture`, installed
 * by test/fixtures/libs/shared/expose.ts): whether the form has rendered, the framework's form
 * state as canonical keys → what the user sees, and the files each Upload holds.
 */
import type { Page } from 'playwright-core';
import type { FixtureValue } from '../fixtures/libs/shared/expose';

/** Waits until the page's hook says the form has rendered. */
export async function waitForLibFixture(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => window.__icpFixture?.ready === true, null, { timeout });
}

export const fixtureState = (page: Page): Promise<Record<string, FixtureValue>> =>
  page.evaluate(() => {
    const hook = window.__icpFixture;
    if (!hook) throw new Error('no __icpFixture on this page');
    return hook.getState();
  });

export const fixtureUploads = (page: Page): Promise<Record<string, string[]>> => page.evaluate(() => window.__icpFixture?.getUploads() ?? {});
