/**
 * Inline warnings as a user meets them (issue 14), in the built extension in Chromium: two
 * lines then expand, no overlaps (with each other or their own field) after scroll, resize and
 * zoom, one problem explained once, no internal keys, the options' language live, quiet on
 * untouched fields until submit, a keyboard path (Tab into and out of a bubble, the
 * next/previous-warning command, a polite live region), 24 px targets and axe-core.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { useExtensionBrowser } from '../support/use-extension-browser';
import { byKey, retype, sendToActiveTab, shownWarnings, waitForWarning, watchPageErrors } from './warnings-helpers';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Internal field keys (subject.principal.mobile, website[1].name …) must never be shown. */
const KEY_TEXT = /\b(subject|website)(\[\d+\])?\.[a-zA-Z]/;

interface BubbleBox {
  field: string;
  open: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The field's own control on the page. */
  fx: number;
  fy: number;
  fw: number;
  fh: number;
}

/** Every placed bubble with its field's box (viewport coordinates). */
function bubbleBoxes(page: Page): Promise<BubbleBox[]> {
  return page.evaluate(() => {
    const out: BubbleBox[] = [];
    for (const host of document.querySelectorAll('[data-icp-helper]')) {
      for (const b of host.shadowRoot?.querySelectorAll<HTMLElement>('.bubble[data-placed]') ?? []) {
        const field = b.getAttribute('data-icp-field-group')!;
        const r = b.getBoundingClientRect();
        const control = document.querySelector(`[data-expected-key="${field}"]`);
        const f = control?.getBoundingClientRect() ?? new DOMRect();
        out.push({ field, open: b.classList.contains('open'), x: r.left, y: r.top, w: r.width, h: r.height, fx: f.left, fy: f.top, fw: f.width, fh: f.height });
      }
    }
    return out;
  });
}

const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }): boolean =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/** No two bubbles overlap, and no bubble covers its own field. */
async function expectNoOverlaps(page: Page): Promise<void> {
  const boxes = await bubbleBoxes(page);
  expect(boxes.length).toBeGreaterThan(0);
  for (const a of boxes) {
    expect(overlap(a, { x: a.fx, y: a.fy, w: a.fw, h: a.fh }), `${a.field}: bubble over its own field`).toBe(false);
    for (const b of boxes) if (a !== b) expect(overlap(a, b), `${a.field} over ${b.field}`).toBe(false);
  }
}

/** Text of the warnings layer (all bubbles). */
const layerText = (page: Page): Promise<string> =>
  page.evaluate(() => [...document.querySelectorAll('[data-icp-helper]')].map((h) => h.shadowRoot?.textContent ?? '').join('\n'));

async function setLanguage(sw: Worker, language: 'auto' | 'zh' | 'en'): Promise<void> {
  await sw.evaluate(async (l) => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const got = await c.storage.local.get('settings');
    await c.storage.local.set({ settings: { ...(got.settings ?? {}), language: l } });
  }, language);
}

/** The element focused inside the warnings layer's shadow root, described. */
function focusedInLayer(page: Page): Promise<{ field: string | null; text: string } | null> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('[data-icp-helper]')) {
      const a = host.shadowRoot?.activeElement;
      if (a) return { field: a.closest('.bubble')?.getAttribute('data-icp-field-group') ?? null, text: a.textContent ?? '' };
    }
    return null;
  });
}

describe('inline warnings people like to use', () => {
  const env = useExtensionBrowser();

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await env.browser.context.newPage();
    const errors = watchPageErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${env.server.url}/${path}`);
    await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
    return { page, errors };
  }

  /** The subject page with an address pair problem, a bad mobile and a bad email. */
  async function subjectWithProblems(): Promise<{ page: Page; errors: string[] }> {
    const o = await open('aliyun-2019/subject.html');
    await retype(o.page, byKey('subject.certAddress'), '北京市海淀区中关村大街27号');
    await o.page.keyboard.press('Tab');
    await retype(o.page, '#orgStreet', '卫津路92号');
    await o.page.keyboard.press('Tab');
    await retype(o.page, byKey('subject.principal.mobile'), '022-2345678');
    await o.page.keyboard.press('Tab');
    await retype(o.page, byKey('subject.principal.email'), 'zhang@');
    await o.page.keyboard.press('Tab');
    await waitForWarning(o.page, 'address-same-province', 'subject.mailingAddress');
    await waitForWarning(o.page, 'contact1-mobile', 'subject.principal.mobile');
    await waitForWarning(o.page, 'email', 'subject.principal.email');
    return o;
  }

  it('one problem is one item, named by the page’s labels; two lines, then the whole text', async () => {
    const { page, errors } = await subjectWithProblems();
    await setLanguage(await env.browser.serviceWorker(), 'en');
    await expect.poll(() => layerText(page)).toContain('Goes with the warning at');
    // Text of every warning element, also of bubbles scrolled out of view.
    const pair = await page.evaluate(() =>
      [...document.querySelectorAll('[data-icp-helper]')].flatMap((h) =>
        [...(h.shadowRoot?.querySelectorAll('[data-icp-rule="address-same-province"]') ?? [])].map((w) => ({ field: w.getAttribute('data-icp-field')!, text: w.textContent ?? '' })),
      ),
    );
    // Every field of the pair is marked; the explanation is on one of them only.
    expect(pair.length).toBeGreaterThanOrEqual(2);
    const explained = pair.filter((w) => !w.text.includes('Goes with the warning at'));
    expect(explained.map((w) => w.field)).toEqual(['subject.mailingAddress']);
    for (const w of pair) if (w !== explained[0]) expect(w.text).toContain('“主办单位通讯地址”');
    expect(await layerText(page)).not.toMatch(KEY_TEXT);

    // Closed: at most two lines, and a long message uses both before it is cut.
    const lines = () =>
      page.evaluate(() => {
        const host = [...document.querySelectorAll('[data-icp-helper]')].find((h) => h.shadowRoot?.querySelector('.bubble'))!;
        return [...host.shadowRoot!.querySelectorAll<HTMLElement>('.bubble .warning:not([hidden]) .msg')].map((m) => {
          const lh = parseFloat(getComputedStyle(m).lineHeight);
          return { field: m.closest('.bubble')!.getAttribute('data-icp-field-group')!, lines: Math.round(m.clientHeight / lh), cut: m.scrollHeight > m.clientHeight + 1 };
        });
      });
    const closed = await lines();
    for (const l of closed) expect(l.lines, l.field).toBeLessThanOrEqual(2);
    for (const l of closed.filter((x) => x.cut)) expect(l.lines, l.field).toBe(2);
    expect(closed.some((l) => l.lines === 2), 'a long message wraps to a second line').toBe(true);
    // Opened: the whole message, why and source, and the other fields by their labels.
    const mailing = page.locator('[data-icp-field-group="subject.mailingAddress"] .more');
    await mailing.click();
    await expect.poll(async () => (await lines()).find((l) => l.field === 'subject.mailingAddress')?.cut).toBe(false);
    const text = await layerText(page);
    expect(text).toMatch(/Also concerns: .*主办单位证件住所/);
    expect(text).not.toMatch(KEY_TEXT);
    // The opened panel covers no other bubble.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expectNoOverlaps(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('bubbles never overlap each other or their field, also after scroll, resize and zoom', async () => {
    const { page } = await subjectWithProblems();
    const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.locator('#orgCertAddress').scrollIntoViewIfNeeded();
    await settle();
    await expectNoOverlaps(page);
    const beside = async () => {
      const boxes = await bubbleBoxes(page);
      for (const b of boxes) {
        // Right of the field on its line, or under / above it, within a few rows.
        const right = b.x >= b.fx + b.fw - 1 && Math.abs(b.y - b.fy) < 120;
        const under = b.y >= b.fy + b.fh - 1 && b.y - (b.fy + b.fh) < 120;
        const above = b.y + b.h <= b.fy + 1 && b.fy - (b.y + b.h) < 40;
        expect(right || under || above, `${b.field} beside its field: ${JSON.stringify(b)}`).toBe(true);
      }
    };
    await beside();
    await page.mouse.wheel(0, 150);
    await settle();
    await expectNoOverlaps(page);
    await beside();
    // Narrow window, then the same window at 200 % zoom (half the CSS pixels).
    await page.setViewportSize({ width: 900, height: 700 });
    await settle();
    await expectNoOverlaps(page);
    await beside();
    await page.setViewportSize({ width: 640, height: 400 });
    await page.locator('#leaderMobile').scrollIntoViewIfNeeded();
    await settle();
    await expectNoOverlaps(page);
    await beside();
    await page.close();
  });

  it('bubbles keep clear of the restore prompt', async () => {
    // A draft to offer: typed, then the page reloaded.
    const { page } = await subjectWithProblems();
    await page.waitForTimeout(800);
    await page.setViewportSize({ width: 1000, height: 560 });
    await page.reload();
    await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
    const promptFrame = async () => {
      for (let i = 0; i < 50; i++) {
        const f = page.frames().find((fr) => fr.url().includes('restore-prompt.html'));
        const box = f && (await (await f.frameElement()).boundingBox());
        if (box && box.height > 0) return box;
        await page.waitForTimeout(100);
      }
      throw new Error('no restore prompt');
    };
    const prompt = await promptFrame();
    // Warnings appear while the prompt is open (the user types instead of restoring).
    await retype(page, byKey('subject.principal.mobile'), '022-2345678');
    await page.keyboard.press('Tab');
    await retype(page, byKey('subject.principal.email'), 'zhang@');
    await page.keyboard.press('Tab');
    await waitForWarning(page, 'email', 'subject.principal.email');
    for (const y of [0, 200, 400]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const boxes = await bubbleBoxes(page);
      const p = { x: prompt.x, y: prompt.y, w: prompt.width, h: prompt.height };
      for (const b of boxes) expect(overlap(b, p), `${b.field} under the prompt at scroll ${y}`).toBe(false);
    }
    await page.close();
  });

  it('no warning on fields the user has not reached, until a submit attempt', async () => {
    const { page } = await open('aliyun-2019/subject.html');
    // The page validates before it moves on (as the consoles' SPAs do): its link stays put here.
    await page.evaluate(() => document.querySelector('a.btn-primary')!.addEventListener('click', (e) => e.preventDefault()));
    await retype(page, byKey('subject.principal.mobile'), '13800138000');
    await page.keyboard.press('Tab');
    const sw = await env.browser.serviceWorker();
    const summary = async () => ((await sendToActiveTab(sw, page, 'page/summary', {})) as { value: { findings: { field: string }[] } }).value.findings;
    // The page has findings on fields further down (the empty emergency phone) …
    await expect.poll(async () => (await summary()).some((f) => f.field === 'subject.principal.emergencyPhone')).toBe(true);
    await page.waitForTimeout(300);
    // … but shows none below the one field the user worked on.
    const below = ['subject.principal.emergencyPhone', 'subject.principal.email'];
    expect((await shownWarnings(page)).filter((w) => below.includes(w.field))).toEqual([]);
    // A submit attempt (下一步) shows everything.
    await page.click('a.btn-primary');
    await waitForWarning(page, 'emergency-phone', 'subject.principal.emergencyPhone');
    await page.close();
  });

  it('the language set in the options applies to the bubbles, live', async () => {
    const { page } = await subjectWithProblems();
    const sw = await env.browser.serviceWorker();
    await setLanguage(sw, 'zh');
    await expect.poll(() => layerText(page)).toContain('错误');
    expect(await layerText(page)).toContain('与「主办单位通讯地址」处的提示相关');
    await setLanguage(sw, 'en');
    await expect.poll(() => layerText(page)).toContain('Error');
    expect(await layerText(page)).not.toContain('错误');
    await setLanguage(sw, 'auto');
    await page.close();
  });

  it('keyboard: Tab reaches a warning right after its field, the command walks the warnings, a live region announces errors', async () => {
    const { page } = await subjectWithProblems();
    // The polite live region has announced the new errors.
    const live = await page.evaluate(() =>
      [...document.querySelectorAll('[data-icp-helper]')].map((h) => h.shadowRoot?.querySelector('[aria-live="polite"][role="status"]')?.textContent ?? '').join(''),
    );
    // The last new error (the email, named by its label).
    expect(live).toContain('电子邮件地址');
    expect(live).not.toMatch(KEY_TEXT);

    // Tab from the mobile field lands in its bubble, Tab on through it returns to the page
    // right after the field, Shift+Tab from the bubble goes back to the field.
    await page.focus('#leaderMobile');
    await page.keyboard.press('Tab');
    expect(await focusedInLayer(page)).toMatchObject({ field: 'subject.principal.mobile' });
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('leaderMobile');
    await page.keyboard.press('Tab');
    const buttons = await page.evaluate(() => {
      const host = [...document.querySelectorAll('[data-icp-helper]')].find((h) => h.shadowRoot?.querySelector('[data-icp-field-group="subject.principal.mobile"]'))!;
      return host.shadowRoot!.querySelectorAll('[data-icp-field-group="subject.principal.mobile"] .warning:not([hidden]) button').length;
    });
    for (let i = 0; i < buttons; i++) await page.keyboard.press('Tab');
    const after = await page.evaluate(() => document.activeElement?.id);
    expect(after).not.toBe('leaderMobile');
    expect(await page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button, a[href]')].map((e) => e.id))).toContain(after);
    // The page's tab order right after the mobile field: the SMS code input.
    expect(after).toBe('leaderSmsCode');

    // The next/previous-warning commands (manifest `commands`, sent by the background).
    const manifest = await (await env.browser.serviceWorker()).evaluate(() => (globalThis as unknown as { chrome: any }).chrome.runtime.getManifest().commands);
    expect(Object.keys(manifest).sort()).toEqual(['next-warning', 'previous-warning']);
    const sw = await env.browser.serviceWorker();
    await page.focus('#orgName');
    const go = async (step: 1 | -1) => {
      await sendToActiveTab(sw, page, 'page/go-to-warning', { step });
      await expect.poll(() => focusedInLayer(page).then((f) => f?.field ?? null)).not.toBeNull();
      return (await focusedInLayer(page))!.field;
    };
    const fields = (await shownWarnings(page)).map((w) => w.field);
    const order = [...new Set(fields)];
    // From the subject name (its own "required" note is the current warning) onwards.
    const at = order.indexOf('subject.name');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(await go(1)).toBe(order[at + 1]);
    expect(await go(1)).toBe(order[at + 2]);
    expect(await go(-1)).toBe(order[at + 1]);
    await page.close();
  });

  it('targets of at least 24 px and accessible names that match the visible text (axe-core)', async () => {
    const { page } = await subjectWithProblems();
    await page.locator('[data-icp-field-group="subject.mailingAddress"] .more').click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('[data-icp-helper]')].flatMap((h) =>
        [...(h.shadowRoot?.querySelectorAll('button') ?? [])]
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24))
          .map((r) => `${r.width}x${r.height}`),
      ),
    );
    expect(small).toEqual([]);
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: any }).axe;
      const r = await axe.run(document, {
        runOnly: { type: 'rule', values: ['label-content-name-mismatch', 'target-size', 'button-name', 'aria-allowed-attr', 'aria-valid-attr-value', 'aria-prohibited-attr', 'nested-interactive', 'duplicate-id-aria', 'color-contrast'] },
      });
      // Only what is ours: nodes inside the helper's shadow roots.
      return (r.violations as { id: string; nodes: { target: unknown[]; html: string }[] }[])
        .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => Array.isArray(n.target[0])).map((n) => n.html) }))
        .filter((v) => v.nodes.length > 0);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
