/**
 * Ready for the stores (issue 14), on the built extension: localised toolbar title, a Firefox id
 * of our own with a strict_min_version that agrees with data_collection_permissions, the privacy
 * policy as homepage and linked from the options page, a justification per permission in
 * docs/STORE.md, a sources zip holding only tracked files, docs that link only inside the
 * repository, and the first-run page (opened on install) with its bundled sample form.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID, PRIVACY_POLICY_URL } from '../../src/build/store-info';
import { PROVIDER_NAMES } from '../../src/hosts/filing-hosts';
import { REPO_ROOT, testExtensionDir } from '../support/build-extension';
import { useExtensionBrowser } from '../support/use-extension-browser';
import { retype, waitForWarning } from './warnings-helpers';

interface Manifest {
  homepage_url?: string;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  action?: { default_title?: string };
  browser_action?: { default_title?: string };
  commands?: Record<string, unknown>;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown }; gecko_android?: { strict_min_version?: string } };
}
const manifest = (browser: 'chrome' | 'firefox'): Manifest => JSON.parse(readFileSync(join(testExtensionDir(browser), 'manifest.json'), 'utf8')) as Manifest;
const message = (locale: string, key: string): string =>
  (JSON.parse(readFileSync(join(testExtensionDir('chrome'), '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>)[key]!.message;

describe('ready for the stores', () => {
  const env = useExtensionBrowser();

  it('has a localised toolbar title and names without stray spaces', () => {
    expect(manifest('chrome').action?.default_title).toBe('__MSG_extName__');
    expect(manifest('firefox').browser_action?.default_title).toBe('__MSG_extName__');
    expect(message('en', 'extName')).toBe('ICP Filing Helper');
    expect(message('zh_CN', 'extName')).toBe('ICP备案助手');
    // Every zh string of the product spells it without a space.
    const spaced = (() => {
      try {
        return execFileSync('git', ['grep', '-n', '-I', 'ICP 备案助手', '--', 'src', 'public', 'entrypoints'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
      } catch {
        return ''; // git grep exits 1 when nothing matches
      }
    })();
    expect(spaced).toBe('');
  }, 10_000);

  it('Firefox: an id of our own, strict_min_version agreeing with data_collection_permissions', () => {
    const gecko = manifest('firefox').browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(FIREFOX_ADDON_ID);
    expect(gecko?.id).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(gecko?.id).not.toMatch(/example\.(org|com|net)$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // web-ext lint: data_collection_permissions needs Firefox 140.
    expect(Number(gecko?.strict_min_version?.split('.')[0])).toBeGreaterThanOrEqual(140);
    // Firefox for Android understands it from 142 (web-ext lint: KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
    const android = manifest('firefox').browser_specific_settings?.gecko_android;
    expect(Number(android?.strict_min_version?.split('.')[0])).toBeGreaterThanOrEqual(142);
  });

  it("web-ext lint's only warnings (innerHTML in Preact's renderer) are not reached: no code of ours writes HTML", () => {
    // docs/STORE.md: `npm run lint:firefox` gives 0 errors and 3 UNSAFE_VAR_ASSIGNMENT warnings, all
    // Preact's support for dangerouslySetInnerHTML, which runs only when a component passes it.
    let hits = '';
    try {
      hits = execFileSync('git', ['grep', '-n', '-I', '-E', 'dangerouslySetInnerHTML|\\.(inner|outer)HTML\\s*=|insertAdjacentHTML|document\\.write', '--', 'src', 'entrypoints', ':!*.test.ts', ':!*.test.tsx'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    } catch {
      hits = ''; // git grep exits 1 when nothing matches
    }
    expect(hits).toBe('');
  });

  it('links the privacy policy from the manifest and the options page; STORE.md justifies every permission', async () => {
    for (const b of ['chrome', 'firefox'] as const) expect(manifest(b).homepage_url).toBe(PRIVACY_POLICY_URL);
    expect(PRIVACY_POLICY_URL.endsWith('/docs/PRIVACY.md')).toBe(true);
    const privacy = readFileSync(join(REPO_ROOT, 'docs/PRIVACY.md'), 'utf8');
    expect(privacy).toMatch(/no network requests/i);
    expect(privacy).toMatch(/captcha/i);
    const options = await env.browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-icp-options-ready]');
    expect(await options.getAttribute('[data-icp-privacy-link]', 'href')).toBe(PRIVACY_POLICY_URL);
    await options.close();

    const store = readFileSync(join(REPO_ROOT, 'docs/STORE.md'), 'utf8');
    for (const b of ['chrome', 'firefox'] as const) {
      const m = manifest(b);
      const perms = m.permissions ?? [];
      // API permissions each have their row; host patterns (the built-in filing hosts) share one.
      for (const p of perms.filter((x) => !x.includes('://'))) expect(store, `docs/STORE.md has no row for ${p}`).toMatch(new RegExp(`^\\|\\s*\`${p}\`\\s*\\|\\s*\\S.{40,}`, 'm'));
      if (perms.some((x) => x.includes('://')) || ((m as { host_permissions?: string[] }).host_permissions ?? []).length > 0) expect(store).toMatch(/^\|\s*host permissions of the built-in filing hosts\s*\|\s*\S.{40,}/m);
      if ((m.optional_permissions ?? m.optional_host_permissions ?? []).length > 0) expect(store).toMatch(/^\|\s*optional host permissions/m);
    }
  });

  it('opens the first-run page once on install: providers, storage, other sites, and a sample form that works', async () => {
    // Test builds open it in the background (the pages the tests drive stay active).
    const welcome = await (async () => {
      for (let i = 0; i < 50; i++) {
        const p = env.browser.context.pages().find((pg) => pg.url().endsWith('/welcome.html'));
        if (p) return p;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no first-run page was opened');
    })();
    await welcome.waitForSelector('[data-icp-welcome]');
    const lang = await welcome.evaluate(() => document.documentElement.lang);
    const text = await welcome.locator('[data-icp-welcome-providers]').innerText();
    for (const name of Object.values(PROVIDER_NAMES)) expect(text).toContain(lang === 'zh-CN' ? name.zh : name.en);
    expect(text).toContain('beian.aliyun.com');
    expect(await welcome.locator('[data-icp-welcome-stored]').innerText()).toMatch(/IndexedDB/);
    expect(await welcome.locator('[data-icp-welcome-other-site] li').count()).toBeGreaterThanOrEqual(3);
    expect(await welcome.getAttribute('[data-icp-privacy-link]', 'href')).toBe(PRIVACY_POLICY_URL);

    // The sample form: the helper checks it like a provider's page.
    await welcome.click('[data-icp-sample-link]');
    await welcome.waitForURL(/sample\.html$/);
    await welcome.waitForSelector('html[data-icp-helper-ready]', { state: 'attached' });
    await retype(welcome, '#leaderMobile', '022-2345678');
    await welcome.keyboard.press('Tab');
    await waitForWarning(welcome, 'contact1-mobile', 'subject.principal.mobile');
    await welcome.close();
  });

  it('zips the sources of exactly the tracked files', () => {
    const out = mkdtempSync(join(tmpdir(), 'icp-zip-'));
    // Untracked files a developer may have lying around: they must stay out of the zip.
    const stray = [join(REPO_ROOT, 'demo-output', 'stray-store-test.png'), join(REPO_ROOT, 'stray-store-test.txt')];
    for (const f of stray) {
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(f, 'not tracked');
    }
    try {
      execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production', WXT_OUT_DIR: out } });
      const zip = readdirSync(out).find((f) => f.endsWith('-sources.zip'));
      expect(zip).toBeDefined();
      const entries = execFileSync('unzip', ['-Z1', join(out, zip!)], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l && !l.endsWith('/'));
      const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean));
      expect(entries.filter((e) => !tracked.has(e))).toEqual([]);
      expect(entries).toContain('package.json');
      expect(entries).toContain('wxt.config.ts');
      expect(entries.some((e) => e.startsWith('node_modules/') || e.startsWith('demo-output/') || e.startsWith('.output'))).toBe(false);
    } finally {
      for (const f of stray) rmSync(f, { force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('README and docs link only to files inside the repository', () => {
    const files = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const problems: string[] = [];
    for (const f of files) {
      const body = readFileSync(join(REPO_ROOT, f), 'utf8');
      if (/\.\.\/shared|\/work\//.test(body)) problems.push(`${f}: mentions a path outside the repository`);
      for (const m of body.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = resolve(REPO_ROOT, dirname(f), target.split('#')[0]!);
        if (relative(REPO_ROOT, path).startsWith('..')) problems.push(`${f}: ${target} leaves the repository`);
        else if (!existsSync(path)) problems.push(`${f}: ${target} does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });
});
