import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startFixtureServer } from './support/fixture-server';
const server = await startFixtureServer();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const lib of ['antd', 'element-plus']) {
const p = await b.newPage();
await p.goto(`${server.url}/libs/${lib}.html`);
await p.waitForFunction(() => (window as any).__icpFixture?.ready === true);
await p.addScriptTag({ content: readFileSync('/tmp/h-adapters/probe/t.js', 'utf8') });
const r = await p.evaluate(`(async () => {
  const t = window.__t;
  const q = (k) => document.querySelector(\`[data-expected-key~="\${k}"]\`).firstElementChild;
  const log = [];
  const time = async (name, f) => { const t0 = performance.now(); const r = await f(); log.push(\`\${name} \${Math.round(performance.now() - t0)}ms \${JSON.stringify(r)}\`); };
  for (const [k, w] of [['subject.certType', '身份证'], ['website.language', '英语']]) {
    const root = q(k); let t0 = performance.now(); const lap = (n) => { log.push(k + ' ' + n + ' ' + Math.round(performance.now() - t0)); t0 = performance.now(); };
    const popup = await t.openPopup(root, 3000); lap('open');
    const c = await t.findChoice(root, popup, w); lap('find');
    t.pressLikeUser(c); await t.waitFor(() => t.readCombobox(root).includes(w), 1500); lap('commit');
    log.push('open? ' + t.isOpen(popup));
    await t.closePopup(root, popup); lap('close');
  }
  log.push(JSON.stringify(window.__icpFixture.getState()));
  return log;
})()`) as string[];
console.log(lib, r.join('\n'));
}
await b.close(); await server.close();
