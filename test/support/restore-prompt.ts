import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The restore prompt: an extension page in an iframe inside the drafts host's shadow root. */
export const promptFrame = (page: Page) => page.frameLocator('[data-icp-helper="drafts"] iframe');

/**
 * Clicks (or checks) in the prompt once the frame has taken its content's height: the frame is
 * hidden until then, and a click on what the frame does not show yet would land on the page.
 */
export async function clickInPrompt(page: Page, selector: string, action: 'click' | 'check' = 'click'): Promise<void> {
  const target = promptFrame(page).locator(selector);
  await target.waitFor({ timeout: 10_000 });
  await expect
    .poll(
      async () => {
        const content = await promptFrame(page).locator('#app').evaluate((el: HTMLElement) => el.offsetHeight);
        const [frame, max] = await page
          .locator('[data-icp-helper="drafts"] iframe')
          .evaluate((f: HTMLIFrameElement) => [f.getBoundingClientRect().height, innerHeight * 0.7]);
        return Math.abs(frame! - Math.min(content, max!)) < 1 && frame! > 0;
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(true);
  await target[action]();
}
