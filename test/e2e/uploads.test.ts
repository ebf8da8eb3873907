/**
 * Upload checks on the sample upload page in Chromium: a picked file is checked in the page by
 * the on-demand checker (injected into the tab after the trusted pick), each bad file gets its
 * warning beside the right control (native inputs and a widget that hides and replaces its
 * input), a good file gets none, and nothing of the files reaches the service worker or the
 * extension's storage — only "checked, n warnings" in the draft's step progress.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileChooser, Page } from 'playwright-core';
import { chinaDay } from '../../src/planner/china-time';
import { cameraJpeg, greyJpeg, screenPng, tinyPng } from '../support/upload-images';
import { REPO_ROOT } from '../support/build-extension';
import { useExtensionBrowser } from '../support/use-extension-browser';
import { dumpExtensionData, recordWorkerMessages, workerMessages } from './privacy-support';
import { shownWarnings, watchPageErrors, type ShownWarning } from './warnings-helpers';

const DAY = 86_400_000;
const recent = chinaDay(new Date(Date.now() - 2 * DAY));
const FILES = {
  good: { name: 'licence-photo-5521.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(cameraJpeg(recent)) },
  tiny: { name: 'tiny-id-8812.png', mimeType: 'image/png', buffer: Buffer.from(tinyPng()) },
  grey: { name: 'photocopy-3301.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(greyJpeg()) },
  screen: { name: 'screenshot-7730.png', mimeType: 'image/png', buffer: Buffer.from(screenPng()) },
  old: { name: 'old-photo-4410.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(cameraJpeg('2024-05-06')) },
  pdf: { name: 'domain-cert-9921.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7\n% not an image\n') },
};
/** Strings that exist only inside the files (EXIF) or their names: none may leave the page. */
const FILE_ONLY = ['Redmi Note 12', 'Xiaomi', 'iR-ADV C5535', '2024:05:06', ...Object.values(FILES).map((f) => f.name)];

async function checkedCount(page: Page): Promise<number> {
  return Number((await page.evaluate(() => document.documentElement.dataset.icpUploadsChecked)) ?? 0);
}

// Picked from disk: Chromium then fires a trusted `change`, as for a user's pick (files given as
// buffers are dispatched by script, untrusted, and the helper rightly ignores those).
const DIR = mkdtempSync(join(tmpdir(), 'icp-uploads-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const pathOf = (file: (typeof FILES)[keyof typeof FILES]): string => {
  const p = join(DIR, file.name);
  writeFileSync(p, file.buffer);
  return p;
};

async function pick(page: Page, selector: string, file: (typeof FILES)[keyof typeof FILES]): Promise<void> {
  const before = await checkedCount(page);
  await page.setInputFiles(selector, pathOf(file));
  await expect.poll(() => checkedCount(page), { timeout: 10_000 }).toBeGreaterThan(before);
}

const on = (warnings: ShownWarning[], field: string) => warnings.filter((w) => w.field === field).map((w) => w.rule).sort();

describe('upload checks on the sample upload page', () => {
  const env = useExtensionBrowser();
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    await recordWorkerMessages(await env.browser.serviceWorker());
    // A draft of this site (typed on a form page) receives the "checked, n warnings" record.
    const form = await env.browser.openWithContentScript(`${env.server.url}/antd.html`);
    const name = form.locator('input[data-expected-key="subject.name"]').first();
    await name.click();
    await name.pressSequentially('上传测试有限公司', { delay: 5 });
    await name.press('Tab');
    await form.waitForTimeout(1500);
    await form.close();
    page = await env.browser.openWithContentScript(`${env.server.url}/upload.html`);
    errors = watchPageErrors(page);
  });

  it('a good photo of the original gets no warning', async () => {
    await pick(page, '#u-licence', FILES.good);
    expect(await shownWarnings(page)).toEqual([]);
  });

  it('each bad file gets its warning beside the right control', async () => {
    await pick(page, '#u-id-front', FILES.tiny);
    await pick(page, 'input[aria-labelledby="u-id-back-label"]', FILES.old);
    await pick(page, 'label input[type=file]', FILES.grey);
    await pick(page, '#u-domain', FILES.pdf);
    // The widget hides its input and replaces it after the pick: picked through its file chooser.
    const before = await checkedCount(page);
    const chooser = page.waitForEvent('filechooser');
    await page.click('#auth-widget span');
    await (await chooser).setFiles(pathOf(FILES.screen));
    await expect.poll(() => checkedCount(page), { timeout: 10_000 }).toBeGreaterThan(before);
    await expect.poll(async () => (await shownWarnings(page)).every((w) => w.placed)).toBe(true);

    const shown = await shownWarnings(page);
    expect(on(shown, 'upload.subject-certificate')).toEqual([]);
    expect(on(shown, 'upload.id-card')).toEqual(['upload-min-size', 'upload-pixel-size']);
    expect(on(shown, 'upload.id-card[1]')).toEqual(['upload-old-photo']);
    expect(on(shown, 'upload.authenticity-statement')).toEqual(['upload-greyscale']);
    expect(on(shown, 'upload.domain-certificate')).toEqual(['upload-format']);
    expect(on(shown, 'upload.authorisation-letter')).toEqual(['upload-screenshot']);
    expect(new Set(shown.map((w) => w.field)).size).toBe(5);

    // Beside the control: each bubble's top is within the control's row (or just under it).
    const gaps = await page.evaluate(() => {
      const anchors: Record<string, string> = {
        'upload.id-card': '#u-id-front',
        'upload.authorisation-letter': '#auth-widget',
        'upload.domain-certificate': '#u-domain',
      };
      const out: Record<string, number> = {};
      for (const host of document.querySelectorAll('[data-icp-helper]')) {
        for (const bubble of host.shadowRoot?.querySelectorAll<HTMLElement>('.bubble') ?? []) {
          const field = bubble.getAttribute('data-icp-field-group') ?? '';
          const sel = anchors[field];
          if (!sel) continue;
          const a = document.querySelector(sel)!.getBoundingClientRect();
          const b = bubble.getBoundingClientRect();
          out[field] = Math.max(0, b.top - a.bottom, a.top - b.bottom);
        }
      }
      return out;
    });
    expect(Object.keys(gaps).sort()).toEqual(['upload.authorisation-letter', 'upload.domain-certificate', 'upload.id-card']);
    for (const [field, gap] of Object.entries(gaps)) expect(gap, field).toBeLessThan(40);
    // The page's own widget saw the pick.
    expect(await page.textContent('#picked')).toContain(FILES.screen.name);
  });

  it('a warning says why and cites its source, like the form warnings', async () => {
    const texts = await page.evaluate(() => {
      for (const host of document.querySelectorAll('[data-icp-helper]')) {
        const el = host.shadowRoot?.querySelector('[data-icp-rule="upload-min-size"]');
        if (el) return el.closest('.bubble')?.textContent ?? '';
      }
      return '';
    });
    expect(texts).toMatch(/200 KB/);
    // Open the bubble: why and source are shown.
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('[data-icp-helper]')) {
        const b = host.shadowRoot?.querySelector<HTMLButtonElement>('[data-icp-field-group="upload.id-card"] button.more');
        b?.click();
      }
    });
    const opened = await page.evaluate(() => {
      for (const host of document.querySelectorAll('[data-icp-helper]')) {
        const g = host.shadowRoot?.querySelector('[data-icp-field-group="upload.id-card"]');
        if (g) return g.textContent ?? '';
      }
      return '';
    });
    // The source as people read it (document title), never an internal id.
    expect(opened).toContain('Alibaba Cloud app');
    expect(opened).not.toMatch(/seed-\d/);
  });

  it('a good file picked again on a control clears its warnings', async () => {
    await pick(page, '#u-id-front', FILES.good);
    expect(on(await shownWarnings(page), 'upload.id-card')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('nothing of the files reaches the service worker or storage; the draft records counts only', async () => {
    const messages = (await workerMessages(await env.browser.serviceWorker())).join('\n');
    expect(messages).toContain('uploads/checked');
    for (const s of FILE_ONLY) expect(messages, `${s} in a message`).not.toContain(s);
    const ext = await env.browser.openExtensionPage('options.html');
    const dump = await dumpExtensionData(ext);
    await ext.close();
    expect(dump.json).toContain('uploadChecks');
    for (const s of FILE_ONLY) expect(dump.json, `${s} in storage`).not.toContain(s);
    const progress = JSON.parse(dump.json) as Record<string, { drafts?: { progress?: { uploadChecks?: Record<string, { checked: number; warnings: number }> } }[] }>;
    const checks = Object.values(progress).flatMap((db) => db.drafts ?? []).map((d) => d.progress?.uploadChecks).find(Boolean);
    expect(checks?.['id-card']).toMatchObject({ checked: 3, warnings: 3 });
    expect(checks?.['subject-certificate']).toMatchObject({ checked: 1, warnings: 0 });
  });

  it('the popup’s upload step lists the documents, shows the counts and keeps a tick', async () => {
    const ext = await env.browser.openExtensionPage('options.html');
    const dump = JSON.parse((await dumpExtensionData(ext)).json) as Record<string, { drafts?: { id: string; deletedAt?: string }[] }>;
    await ext.close();
    const id = Object.values(dump).flatMap((db) => db.drafts ?? []).find((d) => !d.deletedAt)!.id;
    const open = async (): Promise<Page> => {
      const p = await env.browser.openExtensionPage(`popup.html?draft=${encodeURIComponent(id)}`);
      await p.waitForSelector('html[data-icp-popup-ready]', { state: 'attached' });
      // The steps come with the full popup, which takes over from the first screen.
      await p.waitForSelector('html[data-icp-drafts-ready="1"]', { state: 'attached' });
      // Steps other than the current one are folded: unfold the upload step, as a user would.
      const fold = p.locator('[data-icp-step="document-upload"] button.fold[aria-expanded="false"]');
      if ((await fold.count()) > 0) await fold.click();
      await p.waitForSelector('[data-icp-step="document-upload"] [data-icp-documents]');
      return p;
    };
    let popup = await open();
    const docs = popup.locator('[data-icp-step="document-upload"] [data-icp-document]');
    expect(await docs.count()).toBeGreaterThanOrEqual(3);
    expect(await popup.textContent('[data-icp-upload-checks]')).toMatch(/7/);
    const box = popup.getByRole('checkbox', { name: /核验单|authenticity statement/i });
    await box.check();
    await popup.waitForSelector('[data-icp-saving="0"]');
    await popup.close();
    popup = await open();
    expect(await popup.getByRole('checkbox', { name: /核验单|authenticity statement/i }).isChecked()).toBe(true);
    // The counts recorded by the page survived the popup's save.
    expect(await popup.textContent('[data-icp-upload-checks]')).toMatch(/7/);
    await popup.close();
  });

  it('checks file inputs inside an open shadow root and a same-origin iframe too', async () => {
    // A component that renders its upload control in an open shadow root.
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'shadow-upload';
      document.querySelector('main')!.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML =
        '<div><label for="s-id">身份证人像面</label> <input type="file" id="s-id" accept="image/*"></div>';
    });
    await pick(page, '#shadow-upload >> #s-id', FILES.tiny);
    expect((await shownWarnings(page)).filter((w) => w.rule === 'upload-min-size').map((w) => w.field)).toContain('upload.id-card[2]');

    // An upload section in a same-origin iframe (its content script stands down for the form).
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.src = `${location.pathname}?inner=1`;
      f.style.cssText = 'width:900px;height:700px';
      document.querySelector('main')!.append(f);
    });
    await expect.poll(() => page.frames().some((f) => f.url().includes('inner=1')), { timeout: 10_000 }).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('inner=1'))!;
    await frame.waitForSelector('#u-domain');
    const frameChecked = async (): Promise<number> => Number((await frame.evaluate(() => document.documentElement.dataset.icpUploadsChecked)) ?? 0);
    // The covered frame's content script needs a moment to stand down and watch.
    await expect.poll(() => frame.evaluate(() => document.readyState), { timeout: 10_000 }).toBe('complete');
    await page.waitForTimeout(500);
    await frame.setInputFiles('#u-domain', pathOf(FILES.pdf));
    await expect.poll(frameChecked, { timeout: 10_000 }).toBe(1);
    const inFrame = await frame.evaluate(() =>
      [...document.querySelectorAll('[data-icp-helper]')].flatMap((h) =>
        [...(h.shadowRoot?.querySelectorAll('[data-icp-rule][data-icp-field]') ?? [])].map((el) => `${el.getAttribute('data-icp-field')}:${el.getAttribute('data-icp-rule')}`),
      ),
    );
    expect(inFrame).toEqual(['upload.domain-certificate:upload-format']);
    expect(errors).toEqual([]);
  });
});

// The component-library pages (test/fixtures/libs, bundled from the real antd and Element Plus
// packages): their Upload widgets hide the file input inside the widget.
const LIBS = ['antd', 'element-plus'].filter((lib) => existsSync(join(REPO_ROOT, 'test/fixtures/libs', lib)));

describe.skipIf(LIBS.length === 0)('upload checks on the component-library Upload widgets', () => {
  const env = useExtensionBrowser();

  for (const lib of LIBS) {
    it(`${lib}: a tiny PNG warns beside the widget, a good photo clears it`, async () => {
      const page = await env.browser.openWithContentScript(`${env.server.url}/libs/${lib}.html`);
      const errors = watchPageErrors(page);
      const widget = page.locator('[data-fixture-upload="subjectCert"]');
      await widget.scrollIntoViewIfNeeded();
      // The widget's file input is hidden: picked through its button, as a user does.
      const choose = async (file: (typeof FILES)[keyof typeof FILES]): Promise<void> => {
        const before = await checkedCount(page);
        // Element Plus re-renders its file list after a pick; a click in that moment may open
        // nothing, as it would for a user, who clicks again: so does the test (at most 3 tries).
        let chooser: FileChooser | undefined;
        for (let i = 0; i < 3 && !chooser; i++) {
          const next = page.waitForEvent('filechooser', { timeout: 8_000 }).catch(() => undefined);
          await widget.getByRole('button').first().click({ timeout: 8_000 }).catch(() => undefined);
          chooser = await next;
        }
        expect(chooser, 'the widget opened no file chooser in 3 clicks').toBeDefined();
        await chooser!.setFiles(pathOf(file));
        await expect.poll(() => checkedCount(page), { timeout: 10_000 }).toBeGreaterThan(before);
      };
      await choose(FILES.tiny);
      await expect.poll(async () => (await shownWarnings(page)).every((w) => w.placed)).toBe(true);
      const shown = (await shownWarnings(page)).filter((w) => w.rule.startsWith('upload-'));
      expect(on(shown, 'upload.id-card')).toEqual(['upload-min-size', 'upload-pixel-size']);
      // Beside the widget (the input itself has no box).
      const gap = await page.evaluate(() => {
        const w = document.querySelector('[data-fixture-upload="subjectCert"]')!.getBoundingClientRect();
        for (const host of document.querySelectorAll('[data-icp-helper]')) {
          const b = host.shadowRoot?.querySelector('[data-icp-field-group="upload.id-card"]')?.getBoundingClientRect();
          if (b) return Math.max(0, b.top - w.bottom, w.top - b.bottom);
        }
        return Infinity;
      });
      expect(gap).toBeLessThan(40);
      await choose(FILES.good);
      expect(on(await shownWarnings(page), 'upload.id-card')).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
