import { waitFor } from '../controls/dom-events';

/** Buttons that add one more website block to the form ("继续添加网站", "+ 添加网站", "Add website"). */
const ADD_WEBSITE = /(继续)?(添加|新增|增加)网站|add (another )?website/i;

export function findAddWebsiteButton(doc: Document): HTMLElement | undefined {
  return [...doc.querySelectorAll<HTMLElement>('button, a, [role="button"]')].find(
    (b) => ADD_WEBSITE.test(b.textContent ?? '') && !b.hidden && !(b as HTMLButtonElement).disabled && b.getClientRects().length > 0,
  );
}

/**
 * Clicks the page's own "add website" button once per missing block, waiting each time until
 * the page shows one more website (`countWebsites` re-reads the form). Returns how many were added.
 */
export async function addWebsiteBlocks(doc: Document, missing: number, countWebsites: () => number, timeoutMs = 3000): Promise<number> {
  let added = 0;
  for (let i = 0; i < missing; i++) {
    const button = findAddWebsiteButton(doc);
    if (!button) break;
    const before = countWebsites();
    button.click();
    const grew = await waitFor(() => countWebsites() > before, timeoutMs);
    if (!grew) break;
    added++;
  }
  return added;
}
