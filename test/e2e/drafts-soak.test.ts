/**
 * Seeded soak test of autosave in the BUILT extension (Chromium): three tabs, each its own
 * filing, type random values into random fields while the test reloads tabs, stops the
 * service worker and quits and relaunches the browser (right after typing). At the end every
 * field's last edit must be present, each filing in exactly one draft.
 * Part of `npm test`: ICP_SOAK_MS (default 40 s of actions, ≤ 2 min in CI with the launches)
 * runs it longer; ICP_SOAK_SEED picks another random sequence. The figures are printed (edits,
 * reloads, worker stops, browser restarts, losses, drafts per filing); on a failure, the drafts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForContentScript } from '../support/browser';
import { readExtensionLocal, readStoredDrafts } from '../support/extension-db';
import { useRelaunchableBrowser } from '../support/use-extension-browser';
import { seededRandom as prng } from '../support/seeded-random';

const SOAK_MS = Number(process.env.ICP_SOAK_MS ?? 40_000);
const SEED = Number(process.env.ICP_SOAK_SEED ?? 20261201);

/** Inputs of the subject page the soak types into, with their canonical keys. */
const FIELDS: Record<string, string> = {
  '#orgCertAddress': 'subject.certAddress',
  '#orgInvestor': 'subject.investor',
  '#orgRemark': 'subject.remarks',
  '#leaderName': 'subject.principal.name',
  '#leaderCertNo': 'subject.principal.idNumber',
  '#leaderEmail': 'subject.principal.email',
  '#leaderEmergency': 'subject.principal.emergencyPhone',
};
const SELECTORS = Object.keys(FIELDS);
const TABS = ['甲', '乙', '丙'].map((s) => `浸泡测试${s}有限公司`);

interface StoredDraft {
  id: string;
  fields: Record<string, unknown>;
  deletedAt?: string;
}

describe('drafts: seeded soak (three tabs, reloads, worker stops, browser restarts)', () => {
  const env = useRelaunchableBrowser('icp-soak-');

  it(`every field's last edit is present, each filing in exactly one draft (seed ${SEED})`, { timeout: SOAK_MS + 110_000 }, async () => {
    const began = Date.now();
    const rand = prng(SEED);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    /** What each tab's filing must hold at the end: the last value typed per key. */
    const expected = TABS.map((name) => ({ 'subject.name': name }) as Record<string, string>);
    const stats = { edits: 0, reloads: 0, workerStops: 0, restarts: 0 };
    let pages: Page[] = [];

    let ext: Page;
    const reachedStorage = async (value: string): Promise<boolean> =>
      JSON.stringify(await readExtensionLocal(ext)).includes(value) || JSON.stringify(await readStoredDrafts(ext)).includes(value);
    const openTabs = async (): Promise<void> => {
      const browser = await env.launch();
      ext = await browser.openExtensionPage('popup.html');
      pages = [];
      for (const name of TABS) {
        const p = await browser.openWithContentScript(`${env.server.url}/aliyun-2019/subject.html?soak=${encodeURIComponent(name)}`);
        // The filing's own name, typed: a new visit joins its filing by it.
        await p.locator('#orgName').pressSequentially(name, { delay: 2 });
        pages.push(p);
      }
    };
    await openTabs();

    const until = Date.now() + SOAK_MS;
    let n = 0;
    while (Date.now() < until) {
      const r = rand();
      const tab = Math.floor(rand() * TABS.length);
      const page = pages[tab]!;
      if (r < 0.8) {
        const sel = pick(SELECTORS);
        const value = `${tab}-${++n}-${Math.floor(rand() * 1e6)}`;
        const input = page.locator(sel);
        await input.fill('');
        await input.pressSequentially(value, { delay: 1 });
        if (rand() < 0.5) await input.blur();
        expected[tab]![FIELDS[sel]!] = value;
        stats.edits++;
      } else if (r < 0.88) {
        await page.reload();
        await waitForContentScript(page);
        await page.locator('#orgName').pressSequentially(TABS[tab]!, { delay: 2 });
        stats.reloads++;
      } else if (r < 0.95) {
        const cdp = await env.browser.context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.detach();
        stats.workerStops++;
      } else {
        // Quit right after typing (within the save delay), then relaunch with the same profile.
        const sel = pick(SELECTORS);
        const value = `${tab}-${++n}-quit`;
        await page.locator(sel).fill('');
        await page.locator(sel).pressSequentially(value, { delay: 1 });
        expected[tab]![FIELDS[sel]!] = value;
        stats.edits++;
        // Quit as soon as the keystroke reached extension storage (the write-ahead copy, or
        // the draft when a loaded machine let the save delay run out): never later than needed.
        await expect.poll(() => reachedStorage(value), { timeout: 10_000, interval: 20 }).toBe(true);
        await env.quit();
        await openTabs();
        stats.restarts++;
      }
    }
    for (const p of pages) await p.locator('#orgName').blur();

    let losses = Infinity;
    let counts: number[] = [];
    let total = 0;
    const check = async (): Promise<number> => {
      const live = (await readStoredDrafts<StoredDraft>(ext)).filter((d) => !d.deletedAt);
      total = live.length;
      counts = TABS.map((name) => live.filter((d) => d.fields['subject.name'] === name).length);
      let lost = 0;
      TABS.forEach((name, i) => {
        const d = live.find((x) => x.fields['subject.name'] === name);
        for (const [k, v] of Object.entries(expected[i]!)) if (d?.fields[k] !== v) lost++;
      });
      return lost;
    };
    await expect
      .poll(async () => (losses = await check()), { timeout: 20_000, interval: 500 })
      .toBe(0)
      .catch(async (err: unknown) => {
        // What went where, to replay the seed with: the drafts as stored and what each filing must hold.
        const live = (await readStoredDrafts<StoredDraft>(ext)).filter((d) => !d.deletedAt);
        console.log(`[soak] seed ${SEED} failed; drafts: ${JSON.stringify(live.map((d) => ({ id: d.id, fields: d.fields })))}; expected: ${JSON.stringify(expected)}`);
        throw err;
      });
    console.log(
      `[soak] seed ${SEED}, ${SOAK_MS} ms of actions, ${Math.round((Date.now() - began) / 1000)} s in all: ${stats.edits} edits, ${stats.reloads} reloads, ${stats.workerStops} worker stops, ${stats.restarts} browser restarts, ${losses} losses, drafts per filing ${counts.join('/')}, drafts in all ${total}`,
    );
    expect(counts).toEqual([1, 1, 1]);
    // No stray draft either (a half-typed name that started one of its own).
    expect(total).toBe(TABS.length);
  });
});
