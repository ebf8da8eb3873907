import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';

/**
 * The restore prompt: an extension page in an iframe inside the drafts host's CLOSED shadow root,
 * so no selector reaches it from the page; tests find it in the page's frame list (its URL).
 * The newest prompt frame still attached wins (a prompt closed and shown again is a new frame).
 */
export async function promptFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const end = Date.now() + timeout;
  for (;;) {
    const frame = page
      .frames()
      .filter((f) => !f.isDetached() && f.url().includes('/restore-prompt.html'))
      .at(-1);
    if (frame) return frame;
    if (Date.now() > end) throw new Error(`no restore prompt frame within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How many prompt frames the page holds now (0: no prompt). */
export const promptFrameCount = (page: Page): number =>
  page.frames().filter((f) => !f.isDetached() && f.url().includes('/restore-prompt.html')).length;

/**
 * Clicks (or checks) in the prompt once the frame has taken its content's height: the frame is
 * hidden until then, and a click on what the frame does not show yet would land on the page.
 */
export async function clickInPrompt(page: Page, selector: string, action: 'click' | 'check' = 'click'): Promise<void> {
  const frame = await promptFrame(page);
  const target = frame.locator(selector);
  await target.waitFor({ timeout: 10_000 });
  const owner = await frame.frameElement();
  await expect
    .poll(
      async () => {
        const content = await frame.locator('#app').evaluate((el: HTMLElement) => el.offsetHeight);
        const [height, max] = await owner.evaluate((f: Element) => [f.getBoundingClientRect().height, innerHeight * 0.7]);
        // The prompt counts clicks only once it has been fully visible for a moment (clickjacking).
        const visibility = await frame.evaluate(() => document.documentElement.dataset.icpVisibility);
        return Math.abs(height! - Math.min(content, max!)) < 1 && height! > 0 && visibility !== 'hidden';
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(true);
  await target[action]();
}

/** Closes the restore offer if the page shows one now (a test that starts a new filing). */
export async function dismissOfferIfShown(page: Page): Promise<void> {
  if (promptFrameCount(page) === 0) return;
  if (await (await promptFrame(page)).locator('[data-icp-action="dismiss"]').count()) await clickInPrompt(page, '[data-icp-action="dismiss"]');
}
