/**
 * Manifest review as a test, on the built extension (the e2e global setup builds it): only the
 * permissions we can justify, no broad host permission, content scripts only on the filing
 * hosts, only the drafts frame page web-accessible, no remote code, a strict extension-page CSP. Reasons per permission: docs/SECURITY.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES } from '../../src/hosts/filing-hosts';
import { LOCAL_MATCHES, REPO_ROOT, TEST_GRANTED_HOST, testExtensionDir } from '../support/build-extension';
import { allJsFiles, contentScriptFiles } from '../bench/bundle-sizes';

/**
 * Every permission the extension may request, and the API use in the built code that proves it
 * is needed (a permission whose API is never called is one to drop). `null`: no API call to
 * look for; the reason is in docs/SECURITY.md.
 */
const ALLOWED_PERMISSIONS: Record<string, RegExp | null> = {
  storage: /\.storage\.(local|session|sync)\b/,
  unlimitedStorage: null,
  alarms: /\.alarms\.(create|clear|get|onAlarm)\b/,
  notifications: /\.notifications\.(create|clear|onClicked|onButtonClicked)\b/,
  scripting: /\.scripting\.(registerContentScripts|unregisterContentScripts|executeScript|getRegisteredContentScripts|updateContentScripts)\b/,
  activeTab: null,
};

/** Host patterns that would give the extension every site. */
const BROAD_HOSTS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '*://*/', 'file:///*'];

const dir = testExtensionDir();

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }[];
}

const manifest = (): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const builtJs = (): string => allJsFiles(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

describe('manifest review', () => {
  it('is Manifest V3', () => {
    expect(manifest().manifest_version).toBe(3);
  });

  it('requests only allow-listed permissions, each documented in docs/SECURITY.md', () => {
    const m = manifest();
    const requested = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
    const unexpected = requested.filter((p) => !(p in ALLOWED_PERMISSIONS));
    expect(unexpected, 'permissions not on the allow-list (add a reason to docs/SECURITY.md and this test, or drop them)').toEqual([]);
    const security = readFileSync(join(REPO_ROOT, 'docs/SECURITY.md'), 'utf8');
    for (const p of requested) {
      expect(security, `docs/SECURITY.md has no permissions-table row for "${p}"`).toMatch(new RegExp(`^\\|\\s*\`${p}\`\\s*\\|`, 'm'));
    }
  });

  it('uses every permission it requests', () => {
    const m = manifest();
    const js = builtJs();
    const unused = (m.permissions ?? []).filter((p) => {
      const use = ALLOWED_PERMISSIONS[p];
      return use !== null && use !== undefined && !use.test(js);
    });
    expect(unused, 'permissions requested but their API is never called in the built code').toEqual([]);
  });

  it('has no broad host permission; all-sites access is optional only', () => {
    const m = manifest();
    const hosts = m.host_permissions ?? [];
    expect(hosts.filter((h) => BROAD_HOSTS.includes(h))).toEqual([]);
    // Granted at install: the hosts the content script is declared for (the fill engine is
    // injected there on demand), and the test build's stand-in for a user's "Allow".
    const declared = [...BUILT_IN_MATCHES, ...LOCAL_MATCHES.split(',')].map((m) => m.replace(/^([a-z*]+:\/\/[^/]+).*$/, '$1/*'));
    expect([...hosts].sort()).toEqual([...new Set([...declared, `http://${TEST_GRANTED_HOST}/*`])].sort());
    // Hosts outside the filing systems are granted per site at the user's request.
    for (const h of m.optional_host_permissions ?? []) expect(typeof h).toBe('string');
    expect(m.permissions ?? []).not.toContain('<all_urls>');
    expect(m.permissions ?? []).not.toContain('tabs');
    expect(m.permissions ?? []).not.toContain('webRequest');
    expect(m.permissions ?? []).not.toContain('cookies');
  });

  it('runs content scripts only on the filing hosts (plus the test hosts of this build)', () => {
    const m = manifest();
    const expected = [...new Set([...BUILT_IN_MATCHES, ...LOCAL_MATCHES.split(',')])].sort();
    expect(m.content_scripts?.length ?? 0).toBeGreaterThan(0);
    for (const cs of m.content_scripts ?? []) {
      expect([...(cs.matches ?? [])].sort()).toEqual(expected);
    }
  });

  it('exposes to web pages only the drafts frame page, under a per-session dynamic URL', () => {
    // The restore prompt is an extension page in an iframe (docs/SECURITY.md): pages may frame
    // it, not read it. Its scripts and styles load as its own subresources, not listed here.
    const wars = manifest().web_accessible_resources ?? [];
    expect(wars.flatMap((w) => w.resources)).toEqual(['restore-prompt.html']);
    for (const war of wars) expect(war.use_dynamic_url, JSON.stringify(war)).toBe(true);
  });

  it('is not reachable from web pages or other extensions', () => {
    const m = manifest();
    expect(m.externally_connectable, 'externally_connectable would let pages message the background').toBeUndefined();
    for (const war of m.web_accessible_resources ?? []) {
      const broad = (war.matches ?? []).some((x) => BROAD_HOSTS.includes(x));
      // Resources readable by every site fingerprint the extension; allow only with dynamic URLs.
      expect(broad && war.use_dynamic_url !== true, `web_accessible_resources ${JSON.stringify(war)}`).toBe(false);
    }
  });

  it('sets a strict extension-page CSP', () => {
    const csp = manifest().content_security_policy?.extension_pages;
    expect(csp, 'content_security_policy.extension_pages is not set').toBeTruthy();
    const directives = new Map(
      csp!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0]!, d.slice(1)]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('loads no remote code', () => {
    const files = allJsFiles(dir).concat(['popup.html', 'options.html', 'restore-prompt.html'].filter((f) => {
      try {
        readFileSync(join(dir, f));
        return true;
      } catch {
        return false;
      }
    }));
    const remote = [
      /<script[^>]*\ssrc\s*=\s*["']?(https?:)?\/\//i,
      /\bimport\s*\(\s*["'`](https?:)?\/\//,
      /\bfrom\s*["'](https?:)?\/\//,
      /\bimportScripts\s*\(\s*["'`](https?:)?\/\//,
      /<link[^>]*\shref\s*=\s*["']?(https?:)?\/\/[^>]*rel\s*=\s*["']?(stylesheet|modulepreload|preload)/i,
    ];
    const hits: string[] = [];
    for (const f of files) {
      const body = readFileSync(join(dir, f), 'utf8');
      for (const re of remote) {
        const m = re.exec(body);
        if (m) hits.push(`${f}: ${body.slice(Math.max(0, m.index - 40), m.index + 80)}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('has no eval or Function constructor in the content script', () => {
    const forbidden = [
      /\beval\s*\(/,
      /\bnew\s+Function\s*\(/,
      // The constructor taken under another name (zod's JIT does `const F = Function; new F(...)`).
      /[=(,:?]\s*Function\s*[,;)]/,
      /\bset(Timeout|Interval)\s*\(\s*["'`]/,
    ];
    const files = contentScriptFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const body = readFileSync(join(dir, f), 'utf8');
      for (const re of forbidden) {
        const m = re.exec(body);
        expect(
          m ? `${f}: …${body.slice(Math.max(0, m.index - 60), m.index + 60)}…` : null,
          `${re} in the content script (zod's JIT compiler is the usual culprit: keep zod's object JIT out of the content bundle)`,
        ).toBeNull();
      }
    }
  });
});
