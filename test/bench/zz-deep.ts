import { launch } from './browser-benches';
import { startFixtureServer } from '../support/fixture-server';
const server = await startFixtureServer();
const b = await launch('/work/main/.output-bench/chrome-mv3', true);
const errors: string[] = [];
b.context.on('console', (m) => { if (m.type() === 'error') errors.push(m.text().slice(0, 200)); });
for (const depth of [3000, 10000]) {
  const p = await b.context.newPage();
  await p.goto(server.url + '/generated/hostile.html');
  await p.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
  await p.evaluate((depth) => {
    let n: HTMLElement = document.body;
    for (let i = 0; i < depth; i++) { const d = document.createElement('div'); n.appendChild(d); n = d; }
    n.innerHTML = '<h3>网站负责人信息</h3><label for="zz">电子邮件地址</label><input id="zz" value="deep@@bad">';
  }, depth);
  await p.waitForTimeout(1500);
  const email = p.locator('[data-expected-key="subject.principal.email"]');
  await email.fill('depth@@check'); await email.press('Tab');
  await p.waitForTimeout(2000);
  const txt = await p.evaluate(() => Array.from(document.querySelectorAll('[data-icp-helper]')).map((h) => h.shadowRoot?.textContent ?? '').join(' '));
  console.log(depth, 'warning updated:', txt.includes('depth@@check'), 'deep field warned:', txt.includes('deep@@bad'));
  await p.close();
}
console.log(errors.slice(0, 5));
await b.close(); await server.close();
