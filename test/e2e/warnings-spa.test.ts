/**
 * Inline warnings on the React 18 single-page sample: a form rendered late, controlled
 * inputs, a route change by history.pushState / popstate, websites added by a button. The
 * page's React state must follow the user's typing untouched; warnings of fields that left
 * the page must go; the action badge counts the errors.
 */
import { describe, expect, it } from 'vitest';
import { TEST_GRANTED_HOST } from '../support/build-extension';
import { startFixtureServer } from '../support/fixture-server';
import { useExtensionBrowser } from '../support/use-extension-browser';
import { badgeOfActiveTab, bodyAttributes, byKey, retype, sendToActiveTab, shownWarnings, waitForWarning, watchPageErrors } from './warnings-helpers';

interface ReactState {
  step: string;
  subject: Record<string, string>;
  principal: Record<string, string>;
  websites: Array<{ principal: Record<string, string> }>;
}

describe('inline warnings on a React single-page form', () => {
  const env = useExtensionBrowser();

  it('follows a late render, route changes and added websites without touching React state', async () => {
    const page = await env.browser.context.newPage();
    const errors = watchPageErrors(page);
    const state = () => page.evaluate(() => (window as unknown as { __formState: ReactState }).__formState);
    await page.goto(`${env.server.url}/react-late.html`);
    await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
    const sw = await env.browser.serviceWorker();
    // The badge shows the number of error findings on the page (as the page summary lists them).
    const errorsOnPage = async () => {
      const r = (await sendToActiveTab(sw, page, 'page/summary', {})) as { value: { findings: Array<{ severity: string }> } };
      const n = r.value.findings.filter((f) => f.severity === 'error').length;
      return n === 0 ? '' : String(n);
    };
    const badgeMatchesPage = async () => (await badgeOfActiveTab(sw, page)) === (await errorsOnPage());
    // The form arrives ~800 ms after load: the observer must pick it up.
    await page.waitForSelector(byKey('subject.principal.mobile'));

    await retype(page, byKey('subject.principal.mobile'), '02312345678');
    await waitForWarning(page, 'contact1-mobile', 'subject.principal.mobile');
    expect((await state()).principal.mobile).toBe('02312345678');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('subject_principal_mobile');

    // The pair rule marks both addresses.
    await retype(page, byKey('subject.certAddress'), '北京市朝阳区建国路88号');
    await retype(page, byKey('subject.mailingAddress'), '天津市南开区鞍山西道100号');
    await page.keyboard.press('Tab');
    await waitForWarning(page, 'address-same-province', 'subject.certAddress');
    await waitForWarning(page, 'address-same-province', 'subject.mailingAddress');
    expect((await state()).subject.mailingAddress).toBe('天津市南开区鞍山西道100号');
    const errorCount = new Set((await shownWarnings(page)).filter((w) => w.severity === 'error').map((w) => w.rule)).size;
    expect(errorCount).toBeGreaterThanOrEqual(2);
    await expect.poll(() => badgeOfActiveTab(sw, page)).not.toBe('');
    await expect.poll(badgeMatchesPage).toBe(true);

    // Route change (pushState): the subject fields leave, so do their warnings.
    await page.click('#next-step');
    await page.waitForSelector(byKey('website.principal.mobile'));
    await waitForWarning(page, 'contact1-mobile', 'subject.principal.mobile', false);
    await waitForWarning(page, 'address-same-province', 'subject.certAddress', false);
    expect((await shownWarnings(page)).filter((w) => w.field.startsWith('subject.'))).toEqual([]);
    await expect.poll(badgeMatchesPage).toBe(true);

    await retype(page, byKey('website.principal.mobile'), '1380013800');
    await waitForWarning(page, 'contact1-mobile', 'website.principal.mobile');
    await page.click('#add-website');
    await page.waitForSelector(byKey('website[1].principal.mobile'));
    await retype(page, byKey('website[1].principal.mobile'), '+1 415 555 0100');
    await waitForWarning(page, 'contact1-mobile', 'website[1].principal.mobile');
    expect((await state()).websites[1]!.principal.mobile).toBe('+1 415 555 0100');
    await expect.poll(badgeMatchesPage).toBe(true);
    expect(Number(await badgeOfActiveTab(sw, page))).toBeGreaterThanOrEqual(2);
    await retype(page, byKey('website[1].principal.mobile'), '13800138000');
    await waitForWarning(page, 'contact1-mobile', 'website[1].principal.mobile', false, 1000);
    // One error fewer from contact1-mobile (other rules may judge the new number too).
    await expect.poll(badgeMatchesPage).toBe(true);
    const summary = (await sendToActiveTab(sw, page, 'page/summary', {})) as { value: { findings: Array<{ rule: string; field: string }> } };
    expect(summary.value.findings.filter((f) => f.rule === 'contact1-mobile').map((f) => f.field)).toEqual(['website.principal.mobile']);

    // Back (popstate): React keeps its data, the subject step comes back with its warnings.
    await page.goBack();
    await page.waitForSelector(byKey('subject.principal.mobile'));
    await waitForWarning(page, 'contact1-mobile', 'subject.principal.mobile');
    await waitForWarning(page, 'contact1-mobile', 'website.principal.mobile', false);
    expect((await state()).step).toBe('subject');

    expect(await bodyAttributes(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('site activation: nothing enabled yet, and enabling without the host permission is refused clearly', async () => {
    const popup = await env.browser.openExtensionPage('popup.html');
    const send = (type: string, payload: unknown) =>
      popup.evaluate(([t, p]) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
    expect(await send('site/list', {})).toEqual({ ok: true, value: { origins: [] } });
    const refused = (await send('site/enable', { origin: 'http://127.0.0.3:8080' })) as { ok: boolean; error: string };
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/permission/);
    const bad = (await send('site/enable', { origin: 'javascript:alert(1)' })) as { ok: boolean; error: string };
    expect(bad).toMatchObject({ ok: false });
    expect(await send('site/disable', { origin: 'http://127.0.0.3:8080' })).toEqual({ ok: true, value: { removed: false } });
    await popup.close();
  });

  it('site activation: a site the user allowed gets the helper at once and after reloads, until disabled', async () => {
    // The test build holds the permission for TEST_GRANTED_HOST from install: the browser's
    // prompt (which automation cannot answer) is the only step not exercised here.
    const other = await startFixtureServer(0, TEST_GRANTED_HOST);
    const origin = other.url;
    const url = `${origin}/aliyun-2019/subject.html`;
    const page = await env.browser.context.newPage();
    const popup = await env.browser.openExtensionPage('popup.html');
    const send = (type: string, payload: unknown) =>
      popup.evaluate(([t, p]) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
    try {
      await page.goto(url);
      await page.waitForTimeout(1500);
      expect(await page.getAttribute('html', 'data-icp-helper-ready'), 'not a filing host: no helper before enabling').toBeNull();

      // As the popup's "enable on this site" does: request the host permission in the click's
      // gesture, then have the background register the script and inject it into the tab.
      await popup.evaluate((o) => {
        const b = document.createElement('button');
        b.id = 'test-grant';
        b.onclick = () => {
          const w = window as unknown as { granted?: unknown; chrome: any };
          w.chrome.permissions.request({ origins: [`http://${new URL(o).hostname}/*`] }).then(
            (g: boolean) => (w.granted = g),
            (e: Error) => (w.granted = String(e)),
          );
        };
        document.body.append(b);
      }, origin);
      await popup.click('#test-grant');
      await expect.poll(() => popup.evaluate(() => (window as unknown as { granted?: unknown }).granted)).toBe(true);
      const tabId = await popup.evaluate(async (u) => ((await (globalThis as unknown as { chrome: any }).chrome.tabs.query({ url: u }))[0]?.id as number), url);
      expect(await send('site/enable', { origin, tabId })).toEqual({ ok: true, value: { registered: true, injected: true } });
      expect(await send('site/list', {})).toEqual({ ok: true, value: { origins: [origin] } });

      // Injected into the open tab at once: warnings work there.
      await page.waitForSelector('html[data-icp-helper-ready="1"]', { state: 'attached', timeout: 10_000 });
      await retype(page, byKey('subject.principal.mobile'), '1234567');
      await waitForWarning(page, 'contact1-mobile', 'subject.principal.mobile');

      // Registered: it runs again after a reload.
      await page.reload();
      await page.waitForSelector('html[data-icp-helper-ready="1"]', { state: 'attached', timeout: 10_000 });

      // Disabled: unregistered, gone after the next load.
      expect(await send('site/disable', { origin })).toEqual({ ok: true, value: { removed: true } });
      expect(await send('site/list', {})).toEqual({ ok: true, value: { origins: [] } });
      await page.reload();
      await page.waitForTimeout(1500);
      expect(await page.getAttribute('html', 'data-icp-helper-ready')).toBeNull();
    } finally {
      await popup.close();
      await page.close();
      await other.close();
    }
  });
});
