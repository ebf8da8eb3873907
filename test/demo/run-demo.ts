/**
 * `npm run demo`: builds the extension for local hosts, serves the sample filing forms, opens them
 * in Chromium with the extension loaded and types realistic mistakes so the warnings show.
 *
 * Headless (no DISPLAY): saves a screenshot of every form and of the popup into demo-output/,
 * plus the store screenshots (1280 × 800, zh and en: store-<lang>-*.png). Then, in a terminal, it
 * keeps serving the sample forms until Ctrl+C so they can be opened in your own browser; without
 * a terminal (CI) it stops and says so. Headed (DISPLAY set, or HEADED=1): leaves the browser
 * open until Ctrl+C.
 * Env: DEMO_SKIP_BUILD=1 reuses the last build; HEADED=0 forces headless; DEMO_PORT (default 5678);
 * DEMO_KEEP_SERVING=1/0 forces serving on / off.
 *
 * It relies only on the public hooks (CONTRACT.md): `html[data-icp-helper-ready]`, warnings with
 * `data-icp-rule` inside `[data-icp-helper]` shadow roots, `popup.html?draft=ID`, `data-icp-step`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, waitForContentScript, type ExtensionBrowser } from '../support/browser';
import { buildTestExtension, REPO_ROOT } from '../support/build-extension';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { fullPageShot } from '../support/full-page-shot';
import { SCENARIOS, type DemoAction, type DemoScenario } from './scenarios';
import { storeScreenshots } from './store-shots';

const OUT_DIR = join(REPO_ROOT, 'demo-output');
const PORT = Number(process.env.DEMO_PORT ?? 5678);
/** The subject name typed on aliyun-2019/subject.html (scenarios.ts): its draft is shown in the popup. */
const FEATURED_DRAFT_TEXT = '天津星河网络科技有限公司';
/** Time for the content script to check the last keystrokes and draw its warnings. */
const SETTLE_MS = 1500;

// Page-side scripts are strings: tsx would wrap named functions in a helper the page lacks.
const WARNINGS_JS = `(() => {
  const out = [];
  const visit = (root) => root.querySelectorAll('[data-icp-helper]').forEach((host) => {
    if (host.shadowRoot) host.shadowRoot.querySelectorAll('[data-icp-rule]').forEach((w) =>
      out.push(w.getAttribute('data-icp-rule') + ' @ ' + w.getAttribute('data-icp-field')));
  });
  visit(document);
  return out;
})()`;

function headed(): boolean {
  if (process.env.HEADED === '1') return true;
  if (process.env.HEADED === '0') return false;
  return Boolean(process.env.DISPLAY);
}

/** Whether the port can be bound (startFixtureServer has no error handler for a busy port). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function serveForms(): Promise<FixtureServer> {
  if (await portIsFree(PORT)) return startFixtureServer(PORT);
  console.log(`port ${PORT} is busy, using a random port`);
  return startFixtureServer(0);
}

/** Chinese text renders as boxes without a CJK font: say so instead of leaving odd screenshots. */
function warnIfNoCjkFont(): void {
  try {
    if (execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() === '') {
      console.log('note: no Chinese font found (fc-list :lang=zh); screenshots will show boxes. Install e.g. fonts-noto-cjk or fonts-wqy-microhei.');
    }
  } catch {
    // No fontconfig: nothing to check.
  }
}

async function runAction(page: Page, action: DemoAction, shoot: (name: string) => Promise<void>): Promise<void> {
  if ('fill' in action) {
    // Typed key by key, like a person, so input events fire as they would.
    // Locators pierce open shadow roots; iframes need their own frame locator.
    const field = (action.frame ? page.frameLocator(action.frame).locator(action.fill) : page.locator(action.fill)).first();
    await field.click();
    await field.pressSequentially(action.value, { delay: 15 });
    await field.press('Tab');
  } else if ('select' in action) await page.selectOption(action.select, { label: action.label });
  else if ('check' in action) await page.check(action.check);
  else if ('click' in action) await page.click(action.click);
  else if ('waitFor' in action) await page.waitForSelector(action.waitFor, { timeout: 10_000 });
  else if ('pause' in action) await page.waitForTimeout(action.pause);
  else await shoot(action.screenshot);
}

async function openForm(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  // A field covered by something should cost seconds, not Playwright's default 30 s.
  page.setDefaultTimeout(8_000);
  await page.goto(url);
  try {
    await waitForContentScript(page, 10_000);
  } catch {
    console.log(`  (content script did not mark ${url} as ready; continuing)`);
  }
  return page;
}

async function playScenario(browser: ExtensionBrowser, base: string, s: DemoScenario, index: number, shots: boolean): Promise<Page> {
  const prefix = String(index + 1).padStart(2, '0');
  const shoot = async (name: string): Promise<void> => {
    // Viewport grown to the page first: bubbles of fields scrolled out of view are shown too.
    if (shots) await fullPageShot(page, join(OUT_DIR, `${prefix}-${name}.png`));
  };
  console.log(`\n${prefix} ${s.path}: ${s.note}`);
  const page = await openForm(browser, `${base}/${s.path}`);
  for (const action of s.actions) {
    try {
      await runAction(page, action, shoot);
    } catch (err) {
      console.log(`  could not ${JSON.stringify(action)}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  await page.waitForTimeout(SETTLE_MS);
  const warnings: string[] = [];
  for (const frame of page.frames()) warnings.push(...((await frame.evaluate(WARNINGS_JS).catch(() => [])) as string[]));
  console.log(warnings.length ? `  warnings: ${warnings.join(', ')}` : '  warnings: none shown');
  await shoot(s.name);
  return page;
}

/**
 * The popup in a tab, showing the draft typed on the Alibaba subject page (a Tianjin subject: SMS
 * verification applies) when the drafts list names it, else the current (most recent) draft.
 */
async function showPopup(browser: ExtensionBrowser, shots: boolean): Promise<string | null> {
  let popup = await browser.openExtensionPage('popup.html');
  await popup.waitForSelector('html[data-icp-drafts-ready]', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
  const named = popup.locator(`[data-icp-draft-id]:has-text("${FEATURED_DRAFT_TEXT}")`).first();
  const draftId =
    (await named.getAttribute('data-icp-draft-id', { timeout: 1_000 }).catch(() => null)) ??
    (await popup.getAttribute('[data-icp-current-draft]', 'data-icp-current-draft', { timeout: 2_000 }).catch(() => null));
  if (draftId) {
    await popup.close();
    popup = await browser.openExtensionPage(`popup.html?draft=${encodeURIComponent(draftId)}`);
    await popup.waitForSelector('html[data-icp-drafts-ready]', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
  }
  await popup.setViewportSize({ width: 420, height: 900 });
  const steps = (await popup.evaluate(`[...document.querySelectorAll('[data-icp-step]')].map((e) => e.getAttribute('data-icp-step'))`)) as string[];
  console.log(`\npopup${draftId ? ` (draft ${draftId})` : ''}: ${steps.length ? `steps ${steps.join(', ')}` : 'no steps listed'}`);
  if (shots) await popup.screenshot({ path: join(OUT_DIR, 'popup.png'), fullPage: true });
  return draftId;
}

/** The featured form (the Alibaba subject page) typed again in a fresh tab, for the store shots. */
async function typeFeaturedForm(page: Page, base: string): Promise<void> {
  const s = SCENARIOS.find((x) => x.path === 'aliyun-2019/subject.html')!;
  await page.goto(`${base}/${s.path}`);
  await waitForContentScript(page, 10_000).catch(() => undefined);
  // The restore prompt offers the draft typed earlier: declined, the form is typed afresh.
  for (const frame of page.frames()) await frame.click('[data-icp-action="dismiss"]', { timeout: 1_500 }).catch(() => undefined);
  for (const action of s.actions) {
    if ('screenshot' in action) continue;
    await runAction(page, action, async () => undefined).catch(() => undefined);
  }
  await page.waitForTimeout(SETTLE_MS);
  // The address and contact rows, where the warnings are.
  await page.evaluate(() => {
    const a = document.activeElement;
    ((a?.shadowRoot?.activeElement ?? a) as HTMLElement | null)?.blur();
    document.querySelector('[data-expected-key="subject.name"]')?.scrollIntoView({ block: 'start' });
  });
}

/** Keep serving the forms after a headless run? In a terminal yes (until Ctrl+C), in CI no. */
function keepServing(): boolean {
  if (process.env.DEMO_KEEP_SERVING === '1') return true;
  if (process.env.DEMO_KEEP_SERVING === '0') return false;
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

async function main(): Promise<void> {
  // A build folder of its own, so the demo never races the e2e tests' build.
  process.env.E2E_OUT_DIR ??= '.output-demo';
  const isHeaded = headed();
  process.env.HEADED = isHeaded ? '1' : '0';

  if (process.env.DEMO_SKIP_BUILD === '1') console.log('using the last demo build (DEMO_SKIP_BUILD=1)');
  else {
    console.log('building the extension (local hosts added to its matches) …');
    buildTestExtension();
  }
  warnIfNoCjkFont();
  const server = await serveForms();
  console.log(`sample forms at ${server.url}/index.html`);
  const browser = await launchExtensionBrowser();
  const shots = !isHeaded;
  if (shots) {
    rmSync(OUT_DIR, { recursive: true, force: true });
    mkdirSync(OUT_DIR, { recursive: true });
  }

  const cleanup = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  };

  try {
    const index = await browser.context.newPage();
    await index.goto(`${server.url}/index.html`);
    for (const [i, s] of SCENARIOS.entries()) {
      const page = await playScenario(browser, server.url, s, i, shots);
      if (shots) await page.close();
    }
    const draftId = await showPopup(browser, shots);
    if (shots) {
      const written = await storeScreenshots(browser, OUT_DIR, (page) => typeFeaturedForm(page, server.url), draftId ? `?draft=${encodeURIComponent(draftId)}` : '');
      console.log(`\nstore screenshots (1280 × 800, zh and en): ${written.length}`);
    }
  } catch (err) {
    await cleanup();
    throw err;
  }

  if (isHeaded) {
    console.log('\nThe browser stays open: try the forms yourself. Ctrl+C to quit.');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    await cleanup();
    return;
  }
  await browser.close().catch(() => undefined);
  console.log(`\nscreenshots in ${OUT_DIR}:`);
  for (const f of readdirSync(OUT_DIR).sort()) console.log(`  ${f}`);
  if (keepServing()) {
    console.log(`\nThe sample forms stay served at ${server.url}/index.html for your own browser`);
    console.log(`(build it with ICP_EXTRA_MATCHES='http://127.0.0.1/*' npm run build, see README). Ctrl+C to stop.`);
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  } else {
    console.log('\nNo terminal: the sample-form server stops now (DEMO_KEEP_SERVING=1 keeps it running until Ctrl+C).');
  }
  await server.close().catch(() => undefined);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
