/**
 * Full-page screenshots of a page with the extension's warnings. The warnings overlay is fixed
 * to the viewport and places a bubble only while its field is in the viewport (hidden when
 * scrolled away); a plain `fullPage` capture therefore shows only the bubbles of the fields that
 * happened to be on screen (the demo's subject page lost its 证件住所 / 通讯地址 callouts that
 * way). Making the viewport as tall as the page first puts every field on screen.
 */
import type { Page } from 'playwright-core';

/** Tallest viewport used (very long pages are cut there rather than risking a huge bitmap). */
const MAX_HEIGHT = 6000;

/** Grows the viewport to the page's height, scrolled to the top, and waits for the bubbles to be placed. Returns the old size. */
export async function showWholePage(page: Page): Promise<{ width: number; height: number } | null> {
  const old = page.viewportSize();
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth || innerWidth,
    height: document.documentElement.scrollHeight,
  }));
  await page.setViewportSize({ width: old?.width ?? width, height: Math.min(Math.max(height, old?.height ?? 0), MAX_HEIGHT) });
  await page.evaluate(() => window.scrollTo(0, 0));
  // The overlay re-places its bubbles on resize/scroll in the next animation frame.
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
  return old;
}

export async function fullPageShot(page: Page, path: string): Promise<void> {
  const old = await showWholePage(page);
  await page.screenshot({ path, fullPage: true });
  if (old) await page.setViewportSize(old);
}
