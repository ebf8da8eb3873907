// @vitest-environment happy-dom
/**
 * The sample filing forms are the ground truth of the recognition and e2e tests, so they are
 * checked themselves: they parse, ids are unique, every `data-expected-key` is a canonical key,
 * secrets and composite parts are marked consistently, and nothing points at another host.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { isCanonicalKey, NEWER_CONSOLE_KEYS, SECRET_KINDS, SUBJECT_KEYS } from '../../src/domain/field-keys';

// node:url's URL: happy-dom replaces the global one, which refuses file: URLs.
const FORMS = fileURLToPath(new NodeURL('../fixtures/forms', import.meta.url));
const PARTS = new Set(['area', 'number', 'ext', 'prefix', 'street']);
/** Pages whose form is rendered by a framework at run time: their markup has no ground truth until then. */
const RENDERED_BY_FRAMEWORK = new Set(['react-late.html', 'vue-element.html']);
/** Pages of file inputs only: their ground truth is `data-expected-upload` (test/e2e/uploads.test.ts). */
const UPLOAD_ONLY = new Set(['upload.html']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // generated/ holds the benchmark's machine-made forms (test/bench), not hand-made reproductions.
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [relative(FORMS, path).split('\\').join('/')] : [];
  });
}

const files = htmlFiles(FORMS).sort();

function parse(file: string): Document {
  // happy-dom would try to load iframes while parsing: rename the element, keep its attributes.
  const html = readFileSync(join(FORMS, file), 'utf8').replace(/<(\/?)iframe\b/gi, '<$1fixture-iframe');
  return new DOMParser().parseFromString(html, 'text/html');
}

function keysOf(root: ParentNode): string[] {
  return [...root.querySelectorAll('[data-expected-key]')].map((el) => el.getAttribute('data-expected-key') ?? '');
}

/** A URL that leaves the fixture server: absolute http(s) or protocol-relative, not loopback. */
function isExternal(url: string): boolean {
  const m = /^\s*(?:https?:)?\/\/([^/:?#\s]+)/i.exec(url);
  return !!m && !['127.0.0.1', 'localhost'].includes(m[1]!.toLowerCase());
}

/** Absolute URLs inside inline scripts and styles; the SVG namespace is a name, not a request. */
function externalUrlsInText(text: string): string[] {
  return [...text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"`)<]*/gi)]
    .map((m) => m[0])
    .filter((u) => /^(https?:)?\/\//i.test(u) && !/^http:\/\/www\.w3\.org\/2000\/svg/.test(u) && isExternal(u));
}

describe('sample filing forms are well-formed', () => {
  it('tells external addresses from local ones', () => {
    expect(isExternal('https://cdn.example.com/antd.css')).toBe(true);
    expect(isExternal('//fonts.example.net/x.woff2')).toBe(true);
    expect(isExternal('http://127.0.0.1:5678/index.html')).toBe(false);
    expect(isExternal('/vendor/react.js')).toBe(false);
    expect(isExternal('data:image/svg+xml,%3Csvg%3E')).toBe(false);
    expect(externalUrlsInText("'<svg xmlns=\"http://www.w3.org/2000/svg\">'")).toEqual([]);
    expect(externalUrlsInText("s.src = 'https://analytics.example.com/a.js';")).toEqual(['https://analytics.example.com/a.js']);
  });

  it('finds the fixture set', () => {
    for (const name of ['aliyun-2019/start.html', 'aliyun-2019/subject.html', 'aliyun-2019/website.html', 'aliyun-2019/transfer.html',
      'react-late.html', 'vue-element.html', 'antd.html', 'tencent-tea.html', 'english.html', 'table-layout.html',
      'frames.html', 'frames-inner.html', 'shadow.html', 'index.html']) {
      expect(files).toContain(name);
    }
  });

  describe.each(files)('%s', (file) => {
    const source = readFileSync(join(FORMS, file), 'utf8');
    const doc = parse(file);

    it('is an HTML5 document in UTF-8 with a title', () => {
      expect(source.trimStart().toLowerCase().startsWith('<!doctype html>')).toBe(true);
      expect(doc.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
      expect(doc.title.trim()).not.toBe('');
    });

    it('has unique ids and label[for] targets that exist', () => {
      const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      for (const label of doc.querySelectorAll('label[for]')) {
        const target = label.getAttribute('for')!;
        expect(doc.getElementById(target), `label for="${target}"`).not.toBeNull();
      }
      for (const el of doc.querySelectorAll('[aria-labelledby]')) {
        for (const id of el.getAttribute('aria-labelledby')!.split(/\s+/)) {
          expect(doc.getElementById(id), `aria-labelledby="${id}"`).not.toBeNull();
        }
      }
    });

    it('marks ground truth with canonical keys, known secrets and parts', () => {
      const keys = keysOf(doc);
      expect(keys.filter((k) => !isCanonicalKey(k))).toEqual([]);
      // One element per key on a page: tests look fields up by key.
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
      for (const el of doc.querySelectorAll('[data-expected-secret]')) {
        expect(SECRET_KINDS as readonly string[]).toContain(el.getAttribute('data-expected-secret'));
        expect(['INPUT', 'TEXTAREA']).toContain(el.tagName);
        // A secret is never also a field: its value must never reach a draft.
        expect(el.hasAttribute('data-expected-key')).toBe(false);
      }
      for (const el of doc.querySelectorAll('[data-expected-part]')) {
        expect(PARTS.has(el.getAttribute('data-expected-part')!)).toBe(true);
        expect(el.parentElement?.closest('[data-expected-key]'), 'a part sits inside its field container').not.toBeNull();
      }
    });

    it('makes no request to another host', () => {
      const bad: string[] = [];
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of ['src', 'href', 'action', 'srcset', 'poster', 'data', 'formaction']) {
          const v = el.getAttribute(attr);
          if (v && isExternal(v)) bad.push(`${el.tagName.toLowerCase()}[${attr}]=${v}`);
        }
      }
      for (const el of doc.querySelectorAll('script, style')) bad.push(...externalUrlsInText(el.textContent ?? ''));
      // External stylesheets, fonts and preconnects are requests too, even on the same host they are not inlined.
      expect(doc.querySelectorAll('link[rel="stylesheet"], link[rel="preconnect"], link[rel="preload"]').length).toBe(0);
      expect(bad).toEqual([]);
      expect(source).not.toMatch(/\bfetch\(|XMLHttpRequest|navigator\.sendBeacon|new WebSocket/);
    });

    if (!RENDERED_BY_FRAMEWORK.has(file) && !UPLOAD_ONLY.has(file) && file !== 'index.html' && file !== 'shadow.html') {
      it('carries ground truth in its static markup', () => {
        expect(keysOf(doc).length).toBeGreaterThanOrEqual(7);
      });
    }
  });

  it('embeds frames-inner.html in frames.html', () => {
    expect(parse('frames.html').querySelector('fixture-iframe')?.getAttribute('src')).toBe('frames-inner.html');
  });

  it('links every form from index.html', () => {
    const index = parse('index.html');
    const links = [...index.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    for (const file of files) {
      if (file === 'index.html' || file === 'frames-inner.html') continue;
      expect(links, file).toContain(file);
    }
  });

  it('reproduces every subject field of the Alibaba subject page', () => {
    expect(new Set(keysOf(parse('aliyun-2019/subject.html')))).toEqual(new Set(SUBJECT_KEYS.filter((k) => !NEWER_CONSOLE_KEYS.includes(k))));
  });

  it('marks the three kinds of secret on the Alibaba pages', () => {
    const secret = (file: string) => [...parse(file).querySelectorAll('[data-expected-secret]')].map((e) => e.getAttribute('data-expected-secret'));
    expect(secret('aliyun-2019/start.html')).toEqual(['captcha']);
    expect(secret('aliyun-2019/subject.html')).toEqual(['smsCode']);
    expect(secret('aliyun-2019/transfer.html')).toContain('icpPassword');
  });

  it('keeps decoys (search box, newsletter email) out of the ground truth', () => {
    for (const file of ['aliyun-2019/subject.html', 'antd.html', 'tencent-tea.html', 'english.html', 'vue-element.html']) {
      const doc = parse(file);
      const decoys = [...doc.querySelectorAll('input[type="search"], #newsletterEmail')];
      expect(decoys.length, file).toBeGreaterThan(0);
      for (const d of decoys) expect(d.closest('[data-expected-key]'), file).toBeNull();
    }
  });
});

/** Runs a page's own inline scripts (no vendor libraries needed) in a scratch happy-dom window. */
async function runPage(file: string): Promise<Window> {
  const window = new Window({ url: `http://127.0.0.1/${file}`, settings: {
    enableJavaScriptEvaluation: true,
    // Only our own fixture scripts run here, never third-party code.
    suppressInsecureJavaScriptEnvironmentWarning: true,
    navigation: { disableMainFrameNavigation: true },
  } });
  window.document.write(readFileSync(join(FORMS, file), 'utf8'));
  await window.happyDOM.waitUntilComplete();
  return window;
}

describe('sample forms behave as the tests expect', () => {
  it('website.html adds website[1] with rewritten keys and unique ids', async () => {
    const window = await runPage('aliyun-2019/website.html');
    const doc = window.document;
    (doc.getElementById('saveAndAdd') as unknown as HTMLElement).click();
    (doc.getElementById('addWebsite') as unknown as HTMLElement).click();
    const keys = [...doc.querySelectorAll('[data-expected-key]')].map((el) => el.getAttribute('data-expected-key')!);
    expect(keys).toContain('website[1].principal.mobile');
    expect(keys).toContain('website[1].domains');
    expect(keys.filter((k) => k.startsWith('website[1].')).length).toBe(keys.filter((k) => k.startsWith('website.')).length);
    expect(keys.every((k) => isCanonicalKey(k))).toBe(true);
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await window.happyDOM.close();
  });

  it('start.html cascades the region selects', async () => {
    const window = await runPage('aliyun-2019/start.html');
    const doc = window.document;
    const select = (id: string) => doc.getElementById(id) as unknown as HTMLSelectElement;
    expect([...select('province').options].map((o) => o.text)).toEqual(expect.arrayContaining(['天津市', '北京市', '浙江省', '上海市', '广东省']));
    select('province').value = '120000';
    select('province').dispatchEvent(new window.Event('change') as unknown as Event);
    select('city').value = '120100';
    select('city').dispatchEvent(new window.Event('change') as unknown as Event);
    expect([...select('district').options].map((o) => o.text)).toContain('南开区');
    expect((doc.getElementById('captchaImg') as unknown as HTMLImageElement).getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await window.happyDOM.close();
  });
});
