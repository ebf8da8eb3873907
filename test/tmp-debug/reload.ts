import { launchExtensionBrowser } from '../support/browser';
import { readStoredDrafts } from '../support/extension-db';
import { startFixtureServer } from '../support/fixture-server';
const server = await startFixtureServer();
const browser = await launchExtensionBrowser();
const ext = await browser.openExtensionPage('popup.html');
const log = (...a: unknown[]) => console.log(new Date().toISOString().slice(11, 23), ...a);
try {
  const page = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
  const SUBJECT = {
  '#orgName': '天津示例科技有限公司',
  '#orgCertAddress': '天津市南开区卫津路92号',
  '#orgStreet': '卫津路92号天津大学科技园1号楼',
  '#orgInvestor': '张三',
  '#leaderName': '张三',
  '#leaderCertNo': '120104199001011237',
  '#leaderMobile': '13800138000',
  '#leaderPhoneArea': '022',
  '#leaderPhoneNumber': '27401234',
  '#leaderEmail': 'zhangsan@example.com',
};
  for (const [sel, text] of Object.entries(SUBJECT)) await page.locator(sel).pressSequentially(text, { delay: 5 });
  await page.locator('#leaderCertType').selectOption({ label: '身份证' });
  await page.locator('#leaderSmsCode').pressSequentially('482913', { delay: 5 });
  await page.locator('#leaderEmail').blur();
  await page.waitForTimeout(1500);
  log(JSON.stringify((await readStoredDrafts(ext)).map((d) => [d.name, d.fields])));
  await page.close();
  const p2 = await browser.openWithContentScript(`${server.url}/aliyun-2019/subject.html`);
  const sw = await browser.serviceWorker();
  sw.on('console', (m) => log('sw', m.text()));
  p2.on('console', (m) => log('page', m.text()));
  await p2.waitForTimeout(3000);
  log('prompt text', await p2.frameLocator('[data-icp-helper="drafts"] iframe').locator('body').textContent().catch((e) => String(e)));
  log('frames', await p2.evaluate(() => document.querySelector('[data-icp-helper="drafts"]')?.shadowRoot?.querySelectorAll('iframe').length));
  const r = await ext.evaluate(async () => {
    return await (globalThis as any).chrome.runtime.sendMessage({ type: 'drafts/match', payload: { origin: 'x', keys: ['subject.name'] } });
  });
  log(JSON.stringify(r));
} catch (e) { log('ERR', e); }
await browser.close();
await server.close();
