import { it } from 'vitest';
import { launchExtensionBrowser } from '/work/main/test/support/browser';
import { startFixtureServer } from '/work/main/test/support/fixture-server';
import { retype, byKey } from '/work/main/test/e2e/warnings-helpers';
it('dbg', async () => {
  const server = await startFixtureServer(); const b = await launchExtensionBrowser();
  const page = await b.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await retype(page, '#orgStreet', '卫津路');
  await retype(page, byKey('subject.certAddress'), '北京市海淀区中关村大街27号');
  await retype(page, byKey('subject.principal.mobile'), '1234567');
  await page.keyboard.press('Tab'); await page.waitForTimeout(400);
  await page.locator('#orgCertAddress').scrollIntoViewIfNeeded();
  await page.locator('[data-icp-field-group="subject.mailingAddress"] button.more').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shot1.png' });
  await b.close(); await server.close();
}, 60000);
