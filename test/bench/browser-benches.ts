/**
 * Browser benchmarks in Debian's Chromium, on Chromium's own timeline: CDP
 * `Performance.getMetrics` (ScriptDuration, TaskDuration: seconds of main-thread work of the
 * page, content scripts included) and `performance.now()` marks made by the page itself.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/browser';
import { readManifest } from './bundle-sizes';
import type { Outcome } from './node-benches';
import { ownTime, type CpuProfile } from './own-profile';
import { grantDraft, importDraft } from './restore-draft';
import { sleep, summarize, type Summary } from './stats';
import { IMPORT_LIMITS } from '../../src/drafts/import-limits';
import { EAGER_COMPILE_HINT } from '../../src/build/eager-compile-hint';

export interface Launched {
  context: BrowserContext;
  extensionId?: string;
  close(): Promise<void>;
}

/** A fresh profile with zero or one unpacked extension loaded. */
export async function launch(extensionDir?: string, waitForWorker = false): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'icp-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  else args.push('--disable-extensions');
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args });
  let extensionId: string | undefined;
  if (waitForWorker) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(sw.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type ContentScriptEntry = { matches?: string[]; all_frames?: boolean; run_at?: string; js?: string[] };

/** The built extension's first content script, as its manifest declares it (matches, run_at, all_frames, files). */
function realContentScript(extensionDir: string): ContentScriptEntry {
  return (readManifest(extensionDir) as { content_scripts?: ContentScriptEntry[] }).content_scripts?.[0] ?? {};
}

/**
 * A tiny reference extension in a temp dir: one content script, `code`, on the real one's
 * matches with its run_at and all_frames, so the browser injects it into the same frames at the
 * same moment as ours.
 */
function writeReferenceExtension(realExtensionDir: string, name: string, code: string): string {
  const cs = realContentScript(realExtensionDir);
  const dir = mkdtempSync(join(tmpdir(), 'icp-bench-ref-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0.0',
      content_scripts: [{ matches: cs.matches ?? ['<all_urls>'], all_frames: cs.all_frames ?? false, run_at: cs.run_at ?? 'document_idle', js: ['content.js'] }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), code);
  return dir;
}

/** A second, tiny extension: a no-op content script on the same matches, same run_at/all_frames. */
export function writeEmptyExtension(realExtensionDir: string): string {
  return writeReferenceExtension(realExtensionDir, 'empty content script', '// no-op\n');
}

/**
 * Reads the page once, in a task of its own after injection: one TreeWalker over the body's
 * elements and text (SHOW_ELEMENT | SHOW_TEXT), keeping each trimmed non-empty text and each
 * control's value (selectedIndex of a select, checked of a checkbox or radio), the result kept
 * on a window property of its world (no messaging).
 */
const READ_ONCE_SCRIPT = `setTimeout(() => {
  const out = [];
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.data.trim();
      if (t) out.push(t);
    } else if (n.tagName === 'INPUT') out.push(n.type === 'checkbox' || n.type === 'radio' ? n.checked : n.value);
    else if (n.tagName === 'SELECT') out.push(n.selectedIndex);
    else if (n.tagName === 'TEXTAREA') out.push(n.value);
  }
  window.__icpReadOnce = out;
}, 0);
`;

/**
 * Reference: a content script that reads the page once (READ_ONCE_SCRIPT). The least any
 * helper that maps controls by their label text must do on load: read every text and every
 * control's value once. Its ratio to the no-op extension is the floor under ours.
 */
export function writeReadOnceExtension(realExtensionDir: string): string {
  return writeReferenceExtension(realExtensionDir, 'reads the page once', READ_ONCE_SCRIPT);
}

/**
 * Reference: a copy of our build whose content script stops at once (`throw 0;` right after
 * the eager compile hint, which stays the first line, or at the very top without it): V8 still
 * compiles the whole bundle (eagerly, with the hint) and runs none of it. What evaluating
 * (compiling) our bundle alone costs the page. It has our service worker: launch it with
 * `launch(dir, true)`.
 */
export function writeEvaluateOnlyExtension(realExtensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'icp-bench-evaluate-only-'));
  cpSync(realExtensionDir, dir, { recursive: true });
  for (const file of realContentScript(dir).js ?? []) {
    const path = join(dir, file);
    const code = readFileSync(path, 'utf8');
    const [first, ...rest] = code.split('\n');
    writeFileSync(path, first === EAGER_COMPILE_HINT ? [first, 'throw 0;', ...rest].join('\n') : `throw 0;\n${code}`);
  }
  return dir;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const v = (await cdp.send('Browser.getVersion')) as { product: string };
  await page.close();
  return v.product;
}

export interface PageLoadSample {
  scriptMs: number;
  taskMs: number;
  /**
   * CPU time of the page's main thread (CDP `ThreadTime`): the same work as TaskDuration, but
   * not the wall time in which the OS ran other processes, which on a shared machine is most
   * of the spread of TaskDuration.
   */
  cpuMs: number;
  layoutMs: number;
  styleMs: number;
  loadEventEndMs: number;
  /** Long tasks (Long Tasks API, > 50 ms) from navigation to the end of the settle time. */
  longTasks: number;
  /** Long animation frames (> 50 ms) in which a script of `ownScriptPrefix` ran. */
  ownLongFrames: number;
  /** The longest own-script time (ms) inside one long animation frame. */
  ownLongestScriptMs: number;
  /** Whether the browser reported any script attribution at all (LoAF `scripts`). */
  attributed: boolean;
}

export interface PageLoadVariant {
  name: string;
  script: Summary;
  task: Summary;
  cpu: Summary;
  layout: Summary;
  style: Summary;
  loadEventEnd: Summary;
  longTasks: Summary;
  ownLongFrames: number;
  ownLongestScriptMs: number;
  attributed: boolean;
}

export interface PageLoadResult {
  variants: PageLoadVariant[];
}

/**
 * In the page, from its start: Long Tasks and Long Animation Frames (with script attribution:
 * each script's sourceURL, so a content script shows as chrome-extension://<id>/...).
 */
const LONG_WORK_PROBE = `(() => {
  const w = window; w.__icpLong = { tasks: 0, frames: [] };
  try { new PerformanceObserver((l) => { w.__icpLong.tasks += l.getEntries().length; }).observe({ type: 'longtask', buffered: true }); } catch {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.duration > 50) w.__icpLong.frames.push({ d: e.duration, s: (e.scripts || []).map((x) => ({ u: x.sourceURL || '', d: x.duration, i: x.invoker || '' })) }); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
})();`;

type LongWork = { tasks: number; frames: { d: number; s: { u: string; d: number; i: string }[] }[] };

/** Time after `load` for the content scripts (document_idle) to finish their first pass. */
const SETTLE_MS = 1000;

async function loadOnce(context: BrowserContext, url: string, ownScriptPrefix: string): Promise<PageLoadSample> {
  const page = await context.newPage();
  await page.addInitScript({ content: LONG_WORK_PROBE });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await sleep(SETTLE_MS);
  const m = await metrics(cdp);
  const loadEventEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  const long = await page.evaluate(() => (window as unknown as { __icpLong?: LongWork }).__icpLong ?? { tasks: NaN, frames: [] });
  await page.close();
  let ownLongFrames = 0;
  let ownLongestScriptMs = 0;
  for (const f of long.frames) {
    const own = f.s.filter((x) => ownScriptPrefix && x.u.startsWith(ownScriptPrefix));
    if (own.length === 0) continue;
    ownLongFrames++;
    ownLongestScriptMs = Math.max(ownLongestScriptMs, ...own.map((x) => x.d));
  }
  return {
    longTasks: long.tasks,
    ownLongFrames,
    ownLongestScriptMs,
    attributed: long.frames.some((f) => f.s.length > 0),
    scriptMs: (m.ScriptDuration ?? NaN) * 1000,
    taskMs: (m.TaskDuration ?? NaN) * 1000,
    cpuMs: (m.ThreadTime ?? NaN) * 1000,
    layoutMs: (m.LayoutDuration ?? NaN) * 1000,
    styleMs: (m.RecalcStyleDuration ?? NaN) * 1000,
    loadEventEndMs: loadEventEnd,
  };
}

/** The three browsers run side by side, interleaved per repeat, so machine drift hits all alike. */
export async function benchPageLoad(
  variants: { name: string; browser: Launched }[],
  url: string,
  repeats: number,
  /** Pages to open first (e.g. a library page that is bundled on its first request). */
  ready?: () => Promise<void>,
): Promise<PageLoadResult> {
  const samples = new Map<string, PageLoadSample[]>(variants.map((v) => [v.name, []]));
  await ready?.();
  const own = (b: Launched): string => (b.extensionId ? `chrome-extension://${b.extensionId}/` : '');
  for (const v of variants) await loadOnce(v.browser.context, url, own(v.browser)); // warm caches and processes
  for (let i = 0; i < repeats; i++) {
    for (const v of variants) samples.get(v.name)!.push(await loadOnce(v.browser.context, url, own(v.browser)));
  }
  return {
    variants: variants.map((v) => {
      const s = samples.get(v.name)!;
      return {
        name: v.name,
        longTasks: summarize(s.map((x) => x.longTasks)),
        ownLongFrames: s.reduce((n, x) => n + x.ownLongFrames, 0),
        ownLongestScriptMs: Math.max(0, ...s.map((x) => x.ownLongestScriptMs)),
        attributed: s.some((x) => x.attributed),
        script: summarize(s.map((x) => x.scriptMs)),
        task: summarize(s.map((x) => x.taskMs)),
        cpu: summarize(s.map((x) => x.cpuMs)),
        layout: summarize(s.map((x) => x.layoutMs)),
        style: summarize(s.map((x) => x.styleMs)),
        loadEventEnd: summarize(s.map((x) => x.loadEventEndMs)),
      };
    }),
  };
}

interface ProbeState {
  present: number | null;
  firstWarning: number | null;
  formPainted: number | null;
  warningPainted: number | null;
  formRendered: number | null;
  changes: { t: number; rules: string }[];
  fieldWarned: boolean | null;
  keys: number[];
}

const probe = (page: Page): Promise<ProbeState> => page.evaluate(() => (window as unknown as { __icpBench: ProbeState }).__icpBench);

export interface FirstWarningResult {
  /** Form inserted → first warning element in the DOM. */
  firstWarning: Summary;
  /** Form inserted → just after the frame that painted the first warning (upper bound). */
  warningPainted: Summary;
  /** Form inserted → Element Timing render time of the form, with this extension. */
  formRendered: Summary;
  /** The same without any extension: the page's own time to put the form on screen. */
  formRenderedNoExtension: Summary;
  /** Just after the frame that painted the form, without any extension (upper bound). */
  formPaintedNoExtension: Summary;
  /**
   * Per run: warningPainted − the median formPaintedNoExtension. Both are taken the same way
   * (a task queued from the first frame after the change), the form's time from a page with no
   * extension, so any delay the helper adds to the form's own frame counts against it.
   */
  afterFormOnScreen: Summary;
  /** Per run: warningPainted − formPainted of the same load (how far the warning trails the form; less noisy under load). */
  behindForm: Summary;
  failures: number;
}

const waitProbe = (page: Page, ready: string): Promise<unknown> =>
  page.waitForFunction(ready, undefined, { timeout: 8000 });

/**
 * The late 300-field form, `repeats` times in each browser (plus one warm-up each). Without an
 * extension the page inserts the form at once (`?noext`); with it, once the helper is ready.
 */
export async function benchFirstWarnings(context: BrowserContext, baseline: BrowserContext, url: string, repeats: number): Promise<Outcome<FirstWarningResult>> {
  const [only] = await benchFirstWarningsVariants([{ name: 'this build', context }], baseline, url, repeats);
  return only!.result;
}

/** One load of the late form in `context`: its probe once the form (and, with `extension`, a warning) was painted. */
async function lateFormRun(context: BrowserContext, url: string, extension: boolean): Promise<ProbeState | undefined> {
  const page = await context.newPage();
  try {
    await page.goto(extension ? url : `${url}?noext`);
    await waitProbe(
      page,
      extension
        ? '(() => { const b = window.__icpBench; return b.warningPainted !== null && b.formRendered !== null; })()'
        : '(() => { const b = window.__icpBench; return b.formPainted !== null && b.formRendered !== null; })()',
    );
    return await probe(page);
  } catch {
    return undefined;
  } finally {
    await page.close();
  }
}

/**
 * First warnings of several builds side by side: each round loads the page once without an
 * extension and once per build, so all of them see the same machine load. Round 0 warms up.
 */
export async function benchFirstWarningsVariants(
  variants: { name: string; context: BrowserContext }[],
  noExtension: BrowserContext,
  url: string,
  repeats: number,
): Promise<{ name: string; result: Outcome<FirstWarningResult> }[]> {
  const noext = { rendered: [] as number[], painted: [] as number[] };
  const runs = variants.map(() => ({ probes: [] as ProbeState[], failures: 0 }));
  for (let i = 0; i < repeats + 1; i++) {
    const s = await lateFormRun(noExtension, url, false);
    if (i > 0 && s) {
      noext.rendered.push(s.formRendered! - s.present!);
      noext.painted.push(s.formPainted! - s.present!);
    }
    for (const [v, variant] of variants.entries()) {
      const r = runs[v]!;
      if (r.failures >= 2 && r.probes.length === 0) continue;
      const p = await lateFormRun(variant.context, url, true);
      if (!p) r.failures++;
      else if (i > 0) r.probes.push(p); // the first run warms the caches
    }
  }
  const basePainted = summarize(noext.painted);
  return variants.map((variant, v) => {
    const { probes, failures } = runs[v]!;
    if (probes.length === 0 || noext.painted.length === 0)
      return { name: variant.name, result: { measured: false, reason: 'no inline warning appeared on the 300-field form within 8 s (content-script warnings not landed)' } };
    const since = (f: (s: ProbeState) => number | null): Summary => summarize(probes.map((s) => f(s)! - s.present!));
    return {
      name: variant.name,
      result: {
        measured: true,
        value: {
          firstWarning: since((s) => s.firstWarning),
          warningPainted: since((s) => s.warningPainted),
          formRendered: since((s) => s.formRendered),
          formRenderedNoExtension: summarize(noext.rendered),
          formPaintedNoExtension: basePainted,
          afterFormOnScreen: summarize(probes.map((s) => s.warningPainted! - s.present! - basePainted.median)),
          behindForm: summarize(probes.map((s) => s.warningPainted! - s.formPainted!)),
          failures,
        },
      },
    };
  });
}

export interface KeystrokeResult {
  /** ScriptDuration delta around one keystroke (until the warning has updated and the page is quiet). */
  scriptPerKey: Summary;
  /** TaskDuration delta (script + style + layout + paint work) in the same window. */
  taskPerKey: Summary;
  taskIdle: Summary;
  /** The same window with no keystroke: the measurement's own floor. */
  scriptIdle: Summary;
  /** Wall time from keydown to the warning set of the field changing (includes the debounce). */
  keyToWarning: Summary;
  updatesSeen: number;
  keys: number;
}

const KEY_WINDOW_MS = 700;

export async function benchKeystroke(context: BrowserContext, url: string, field: string, repeats: number): Promise<Outcome<KeystrokeResult>> {
  const page = await context.newPage();
  await page.goto(url);
  try {
    await page.waitForFunction(() => (window as unknown as { __icpBench: ProbeState }).__icpBench.fieldWarned === true, undefined, { timeout: 8000 });
  } catch {
    await page.close();
    return { measured: false, reason: `no warning on ${field} within 8 s (content-script warnings not landed)` };
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const input = page.locator(`[data-expected-key="${field}"]`);
  await input.click();
  await page.keyboard.press('End');
  await sleep(KEY_WINDOW_MS);
  const perKey: number[] = [];
  const idle: number[] = [];
  const taskKey: number[] = [];
  const taskIdle: number[] = [];
  const latency: number[] = [];
  let updates = 0;
  for (let i = 0; i < repeats; i++) {
    // Idle window first, then a keystroke window of the same length.
    let m0 = await metrics(cdp);
    await sleep(KEY_WINDOW_MS);
    let m1 = await metrics(cdp);
    idle.push(((m1.ScriptDuration ?? 0) - (m0.ScriptDuration ?? 0)) * 1000);
    taskIdle.push(((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000);
    const before = (await probe(page)).changes.length;
    m0 = await metrics(cdp);
    // '0' completes the 11-digit mobile (warning goes), Backspace breaks it again (warning returns).
    await page.keyboard.press(i % 2 === 0 ? '0' : 'Backspace');
    await sleep(KEY_WINDOW_MS);
    m1 = await metrics(cdp);
    perKey.push(((m1.ScriptDuration ?? 0) - (m0.ScriptDuration ?? 0)) * 1000);
    taskKey.push(((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000);
    const s = await probe(page);
    if (s.changes.length > before) {
      updates++;
      const key = s.keys[s.keys.length - 1]!;
      latency.push(s.changes[s.changes.length - 1]!.t - key);
    }
  }
  await page.close();
  if (updates === 0) return { measured: false, reason: `typing into ${field} never changed its warning (live updates not landed)` };
  return {
    measured: true,
    value: {
      scriptPerKey: summarize(perKey),
      scriptIdle: summarize(idle),
      taskPerKey: summarize(taskKey),
      taskIdle: summarize(taskIdle), keyToWarning: summarize(latency), updatesSeen: updates, keys: repeats },
  };
}

/** tsx (esbuild keepNames) wraps named inner functions in `__name(...)`; pages lack it. */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

export interface PopupResult {
  ready: Summary;
  /**
   * The floor: navigation start → the first line of a classic script in a blank extension page
   * of the same extension (`bench-blank.html`, bench copy only), loaded in turn with the popup.
   */
  floor: Summary;
  /** Navigation start → the popup's script running (`icp-popup-script`). */
  script: Summary;
  /** Our part: the popup's script start → ready, per load. */
  ours: Summary;
  /** Navigation start → the full popup in place (`icp-popup-full`; after a first screen). */
  full: Summary;
  /** Loads whose first screen came from the summary rows (the full popup was not yet there at ready). */
  firstScreens: number;
  drafts: number;
  /** Ready per load, in the order the variants took turns (paired comparisons between builds). */
  readyPerLoad: number[];
}

/** Seeds `count` drafts (through `drafts/import`, as a user importing files would). */
export async function seedDrafts(browser: Launched, count: number, draftFields: (i: number) => Record<string, unknown>): Promise<string | null> {
  const seeder = await browser.context.newPage();
  await seeder.addInitScript({ content: NAME_SHIM });
  await seeder.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // Through `drafts/import` (extension pages may import; autosaves are for filing pages only),
  // 200 drafts per file (the import limit), each file sent in parts as the popup sends it.
  const files: string[] = [];
  for (let i = 0; i < count; i += IMPORT_LIMITS.draftsPerBundle) {
    const drafts = Array.from({ length: Math.min(IMPORT_LIMITS.draftsPerBundle, count - i) }, (_, j) => ({
      format: 'icp-filing-draft',
      version: 1,
      filingType: 'new',
      provider: 'aliyun',
      origin: 'https://beian.aliyun.com',
      fields: draftFields(i + j),
    }));
    files.push(JSON.stringify({ format: 'icp-filing-drafts', version: 1, drafts }));
  }
  const seeded = await seeder.evaluate(
    async ({ files, partChars }) => {
      const send = (payload: unknown) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; value?: { ok: boolean; ids: string[]; problems: string[] } }> } } }).chrome.runtime.sendMessage({ type: 'drafts/import', payload });
      let ok = 0;
      let error = '';
      for (const text of files) {
        const upload = crypto.randomUUID();
        const parts = Math.ceil(text.length / partChars);
        for (let part = 0; part < parts; part++) {
          const r = await send({ upload, part, parts, text: text.slice(part * partChars, (part + 1) * partChars) });
          if (!r?.ok) error = r?.error ?? 'no reply';
          else if (part === parts - 1) {
            if (r.value?.ok) ok += r.value.ids.length;
            else error = r.value?.problems.join('; ') ?? 'no reply';
          }
        }
        if (error) break;
      }
      return { ok, error };
    },
    // Under IMPORT_PART_CHARS (manage-messages.ts loads the extension API, not importable here).
    { files, partChars: 200 * 1024 },
  );
  await seeder.close();
  return seeded.ok < count ? `could not seed ${count} drafts (${seeded.ok} saved; ${seeded.error})` : null;
}

interface PopupSample {
  ready: number;
  script: number;
  full: number;
}

/** The blank extension page of the floor measurement (added to a copy of the build only). */
export const BLANK_PAGE = 'bench-blank.html';

/**
 * A copy of a built extension with a blank page: no stylesheet, one classic script that only
 * marks its first line and "ready" with the popup's own hooks. What any extension page costs
 * to open in this harness, before a byte of ours: the floor under the popup's figures.
 */
export function withBlankPage(extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'icp-bench-blank-page-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(
    join(dir, BLANK_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><script src="/bench-blank.js"></script></body></html>\n',
  );
  writeFileSync(
    join(dir, 'bench-blank.js'),
    "performance.mark('icp-popup-script');\ndocument.documentElement.dataset.icpPopupReady = '1';\nperformance.mark('icp-popup-ready');\n",
  );
  return dir;
}

/** One popup load (or the blank page's): navigation start → ready, → script start, → the full popup in place. */
async function openPopupOnce(browser: Launched, page_ = 'popup.html'): Promise<PopupSample | null> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: NAME_SHIM });
    await page.goto(`chrome-extension://${browser.extensionId}/${page_}`);
    try {
      await page.waitForSelector('html[data-icp-popup-ready]', { state: 'attached', timeout: 10_000 });
    } catch {
      return null;
    }
    if (page_ === BLANK_PAGE) return await page.evaluate(() => ({ ready: performance.getEntriesByName('icp-popup-ready')[0]?.startTime ?? NaN, script: performance.getEntriesByName('icp-popup-script')[0]?.startTime ?? NaN, full: NaN }));
    // The full popup takes over after a first screen (mount-full.tsx marks it; drafts-ready without one).
    await page
      .waitForFunction(() => performance.getEntriesByName('icp-popup-full').length > 0 || document.documentElement.dataset.icpDraftsReady === '1', undefined, { timeout: 10_000 })
      .catch(() => undefined);
    // The popup's own marks, set with the ready attribute: exact.
    return await page.evaluate(() => ({
      ready: performance.getEntriesByName('icp-popup-ready')[0]?.startTime ?? NaN,
      script: performance.getEntriesByName('icp-popup-script')[0]?.startTime ?? NaN,
      full: performance.getEntriesByName('icp-popup-full')[0]?.startTime ?? NaN,
    }));
  } finally {
    await page.close();
  }
}

function popupResult(samples: PopupSample[], blanks: PopupSample[], drafts: number): PopupResult {
  const fulls = samples.map((s) => s.full).filter(Number.isFinite);
  return {
    ready: summarize(samples.map((s) => s.ready)),
    floor: summarize(blanks.map((s) => s.script)),
    script: summarize(samples.map((s) => s.script)),
    ours: summarize(samples.map((s) => s.ready - s.script)),
    full: summarize(fulls),
    firstScreens: samples.filter((s) => s.full > s.ready).length,
    drafts,
    readyPerLoad: samples.map((s) => s.ready),
  };
}

/**
 * Seeds `count` drafts in each browser, then opens popup.html repeatedly, the browsers taking
 * turns (side by side under the same machine load), and times navigation start →
 * `html[data-icp-popup-ready]` (the popup's `icp-popup-ready` performance mark). The first
 * load of each browser is a warm-up.
 */
export async function benchPopupVariants(
  variants: { name: string; browser: Launched }[],
  count: number,
  draftFields: (i: number) => Record<string, unknown>,
  repeats: number,
): Promise<{ name: string; result: Outcome<PopupResult> }[]> {
  const failed = new Map<string, string>();
  for (const v of variants) {
    const why = await seedDrafts(v.browser, count, draftFields);
    if (why) failed.set(v.name, why);
  }
  const samples = new Map<string, PopupSample[]>(variants.map((v) => [v.name, []]));
  const blanks = new Map<string, PopupSample[]>(variants.map((v) => [v.name, []]));
  for (let i = 0; i < repeats + 1; i++) {
    for (const v of variants) {
      if (failed.has(v.name)) continue;
      const s = await openPopupOnce(v.browser);
      if (!s) failed.set(v.name, 'popup never marked html[data-icp-popup-ready] (popup not landed)');
      else if (i > 0) samples.get(v.name)!.push(s);
      // The floor in turn with the popup, in the same browser (launched from withBlankPage's copy).
      const b = await openPopupOnce(v.browser, BLANK_PAGE);
      if (b && i > 0) blanks.get(v.name)!.push(b);
    }
  }
  return variants.map((v) => ({
    name: v.name,
    result: failed.has(v.name) ? { measured: false, reason: failed.get(v.name)! } : { measured: true, value: popupResult(samples.get(v.name)!, blanks.get(v.name)!, count) },
  }));
}

/** The popup with `count` drafts in one browser (benchPopupVariants). */
export async function benchPopup(browser: Launched, count: number, draftFields: (i: number) => Record<string, unknown>, repeats: number): Promise<Outcome<PopupResult>> {
  return (await benchPopupVariants([{ name: 'this', browser }], count, draftFields, repeats))[0]!.result;
}

export interface RestoreResult {
  restore: Summary;
  filled: number;
  failed: number;
}

/**
 * Restore of a 300-field draft into the open form: `page/restore` from an extension page to the
 * form tab's content script, which fills every control (events dispatched as a user would).
 * The form is emptied before each repeat, so every field is really written.
 */
export async function benchRestoreIntoPage(
  browser: Launched,
  formUrl: string,
  fields: Record<string, unknown>,
  repeats: number,
): Promise<Outcome<RestoreResult>> {
  const form = await browser.context.newPage();
  await form.goto(formUrl);
  try {
    await form.waitForSelector('html[data-icp-helper-ready]', { state: 'attached', timeout: 15_000 });
  } catch {
    await form.close();
    return { measured: false, reason: 'content script never attached to the form' };
  }
  const ext = await browser.context.newPage();
  await ext.addInitScript({ content: NAME_SHIM });
  await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const saved = await importDraft(ext, fields);
  if ('error' in saved) {
    await Promise.all([form.close(), ext.close()]);
    return { measured: false, reason: `could not import the draft to restore (${saved.error})` };
  }
  const draftId = saved.id;
  // The form tab is the one whose content script answers (no `tabs` permission needed for ids).
  const tabId = await ext.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    for (const t of await c.tabs.query({})) {
      if (t.id === undefined) continue;
      try {
        const r = (await c.tabs.sendMessage(t.id, { type: 'page/draft-status', payload: {} })) as { ok?: boolean } | undefined;
        if (r?.ok) return t.id;
      } catch {
        /* no content script in that tab */
      }
    }
    return undefined;
  });
  if (tabId === undefined) {
    await Promise.all([form.close(), ext.close()]);
    return { measured: false, reason: 'no tab answered page/draft-status (restore messages not landed)' };
  }
  const samples: number[] = [];
  let filled = 0;
  let failed = 0;
  for (let i = 0; i < repeats + 1; i++) {
    await form.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea'))) (el as HTMLInputElement).value = '';
    });
    await sleep(400); // let the helper's own reaction to the emptied form settle
    await grantDraft(ext, tabId, draftId);
    const r = await ext.evaluate(
      async ({ tabId, draftId }) => {
        const c = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<{ ok: boolean; value?: { filled: string[]; failed: unknown[] }; error?: string }> } } }).chrome;
        const t0 = performance.now();
        const reply = await c.tabs.sendMessage(tabId, { type: 'page/restore', payload: { draftId, overwrite: true } });
        return { ms: performance.now() - t0, reply };
      },
      { tabId, draftId },
    );
    if (!r.reply?.ok) {
      await Promise.all([form.close(), ext.close()]);
      return { measured: false, reason: `page/restore failed: ${r.reply?.error ?? 'no reply'}` };
    }
    filled = r.reply.value?.filled.length ?? 0;
    failed = r.reply.value?.failed.length ?? 0;
    if (i > 0) samples.push(r.ms);
  }
  await Promise.all([form.close(), ext.close()]);
  return { measured: true, value: { restore: summarize(samples), filled, failed } };
}

export interface UploadCheckResult {
  /** TaskDuration delta (all main-thread work of the page) over a fixed window after a pick: first pick on a fresh page (injects the checker). */
  firstPick: Summary;
  /** The same for a second pick on the same page (checker already there). */
  laterPick: Summary;
  /** The same windows in a browser without the extension: the page's own cost of a file pick. */
  firstPickNoExtension: Summary;
  laterPickNoExtension: Summary;
  /** Wall time pick → result shown (the decode runs off the main thread). */
  wall: Summary;
  fileBytes: number;
}

export const UPLOAD_WINDOW_MS = 1200;

/**
 * Resolves with the page's `performance.now()` when the upload checker marks its next result
 * (-1 after 10 s). Awaited on a MutationObserver, not by polling (polls are main-thread work).
 * Start it before the pick.
 */
export function uploadChecked(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const el = document.documentElement;
        const before = Number(el.dataset.icpUploadsChecked ?? 0);
        const timer = setTimeout(() => ok(-1), 10_000);
        new MutationObserver((_, obs) => {
          if (Number(el.dataset.icpUploadsChecked ?? 0) > before) {
            obs.disconnect();
            clearTimeout(timer);
            ok(performance.now());
          }
        }).observe(el, { attributes: true, attributeFilter: ['data-icp-uploads-checked'] });
      }),
  );
}

/** One fresh page, two picks; TaskDuration over a fixed window after each (and the wall time to the result, with the extension). */
async function pickTwice(context: BrowserContext, url: string, jpegPath: string, withExtension: boolean): Promise<{ task: [number, number]; wall?: number } | undefined> {
  const page = await context.newPage();
  await page.goto(url);
  if (withExtension) await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached', timeout: 15_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await sleep(500);
  const task: number[] = [];
  let wall: number | undefined;
  for (const selector of ['#u-licence', '#u-domain']) {
    const done = withExtension ? uploadChecked(page) : Promise.resolve(0);
    const m0 = await metrics(cdp);
    const t0 = await page.evaluate(() => performance.now());
    await page.setInputFiles(selector, jpegPath);
    await sleep(UPLOAD_WINDOW_MS);
    const m1 = await metrics(cdp);
    const at = await done;
    if (at < 0) {
      await page.close();
      return undefined;
    }
    if (withExtension && selector === '#u-licence') wall = at - t0;
    task.push(((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000);
  }
  await page.close();
  return { task: [task[0]!, task[1]!], wall };
}

/**
 * Checking a ~4 MB camera JPEG on the sample upload page: main-thread time of the page around a
 * trusted pick (file from disk), with the extension and without it (the page's own cost of a
 * pick), fresh pages alternating between the two browsers.
 */
export async function benchUploadCheck(
  context: BrowserContext,
  baseline: BrowserContext,
  url: string,
  jpegPath: string,
  fileBytes: number,
  repeats: number,
): Promise<Outcome<UploadCheckResult>> {
  const ours: [number, number][] = [];
  const none: [number, number][] = [];
  const wall: number[] = [];
  for (let i = 0; i < repeats + 1; i++) {
    const a = await pickTwice(context, url, jpegPath, true);
    if (!a) return { measured: false, reason: 'no upload check result within 10 s (upload checker not landed)' };
    const b = await pickTwice(baseline, url, jpegPath, false);
    // The first round warms the caches (and the file system's).
    if (i === 0 || !b) continue;
    ours.push(a.task);
    none.push(b.task);
    if (a.wall !== undefined) wall.push(a.wall);
  }
  return {
    measured: true,
    value: {
      firstPick: summarize(ours.map((t) => t[0])),
      laterPick: summarize(ours.map((t) => t[1])),
      firstPickNoExtension: summarize(none.map((t) => t[0])),
      laterPickNoExtension: summarize(none.map((t) => t[1])),
      wall: summarize(wall),
      fileBytes,
    },
  };
}

export type { CpuProfile } from './own-profile';

/** One page load under the V8 CPU profiler (`intervalUs` sampling), from navigation to the end of the settle time. */
export async function profiledLoad(browser: Launched, url: string, intervalUs: number): Promise<CpuProfile> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await sleep(SETTLE_MS);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await page.close();
  return profile;
}

export interface OwnStretchResult {
  /** Per load: the longest uninterrupted stretch of CPU samples with this extension's script on the stack (ms of CPU time). */
  longest: Summary;
  /** Per load: all CPU samples with this extension's script on the stack (ms), from navigation to the end of the settle time. */
  total: Summary;
  /** Loads in which that stretch exceeded 50 ms. */
  over50: number;
}

/**
 * How long our script holds the main thread at a stretch during a page load: a V8 CPU profile
 * (0.2 ms sampling) from navigation to the end of the settle time; a sample is ours when a
 * frame of its stack comes from `chrome-extension://<id>/`; the longest run of consecutive own
 * samples is the longest piece of our work the page had to wait for (a task cannot be
 * interrupted, so a long task of ours shows as a long run). Long Animation Frames do not
 * attribute content scripts in Chromium, hence the profile. Run apart from the timing
 * comparison (profiling slows the page).
 */
export async function benchOwnStretch(browser: Launched, url: string, repeats: number): Promise<OwnStretchResult> {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const longest: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < repeats + 1; i++) {
    const profile = await profiledLoad(browser, url, 200);
    if (i === 0) continue; // warm-up
    const { longest: best, total } = ownTime(profile, prefix);
    longest.push(best);
    totals.push(total);
  }
  return { longest: summarize(longest), total: summarize(totals), over50: longest.filter((x) => x > 50).length };
}
