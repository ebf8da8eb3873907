/**
 * Where our page-load cost goes: a Chromium trace of page loads with this extension (and,
 * for comparison, the no-op content script), each main-thread task of the renderer that ran
 * a script of ours summed by kind (script, style, layout, compile, GC, other). A task is ours
 * when an event inside it names a script of `chrome-extension://<id>/` (the evaluation, idle
 * callbacks, animation frames; continuations after `scheduler.yield()` name no script, so the
 * sliced first pass shows only in the self-time comparison: `RunMicrotasks`).
 *
 *   npx tsx test/bench/trace-load.ts [--ext=.output-bench/chrome-mv3] [--page=form-300|antd] [--n=3] [--tasks]
 *
 * A development tool (not part of `npm run bench`): it prints, it does not write the docs.
 */
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { startFixtureServer } from '../support/fixture-server';
import { writeLargeForms } from '../fixtures/forms/generated/make-large-form';
import { launch, writeEmptyExtension, type Launched } from './browser-benches';
import { sleep } from './stats';

const arg = (name: string, dflt: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const EXT = resolve(arg('ext', '.output-bench/chrome-mv3'));
const PAGE = arg('page', 'form-300');
const N = Number(arg('n', '3'));
const SHOW_TASKS = process.argv.includes('--tasks');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[]; functionName?: string }; name?: string };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'toplevel', 'blink.user_timing', '__metadata'];

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] } });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const KIND: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  Paint: 'paint',
  PrePaint: 'paint',
  ParseHTML: 'parse',
};

function mainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | undefined {
  // The renderer main thread that parsed the page.
  const parse = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(pageUrl.split('?')[0]!));
  if (parse) return { pid: parse.pid, tid: parse.tid };
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return names[0] && { pid: names[0].pid, tid: names[0].tid };
}

/** Self time (ms) per event name of every event on the main thread, between the first and last task. */
function selfTimes(events: TraceEvent[], pageUrl: string): Map<string, number> {
  const out = new Map<string, number>();
  const mt = mainThread(events, pageUrl);
  if (!mt) return out;
  const list = events.filter((e) => e.pid === mt.pid && e.tid === mt.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: { e: TraceEvent; children: number }[] = [];
  const close = (x: { e: TraceEvent; children: number }): void => {
    const self = Math.max(0, x.e.dur! - x.children) / 1000;
    out.set(x.e.name, (out.get(x.e.name) ?? 0) + self);
  };
  for (const e of list) {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= e.ts) close(stack.pop()!);
    if (stack.length) stack[stack.length - 1]!.children += e.dur!;
    stack.push({ e, children: 0 });
  }
  while (stack.length) close(stack.pop()!);
  return out;
}

interface Breakdown {
  tasks: number;
  total: number;
  byKind: Record<string, number>;
  longest: number;
  list: { ts: number; dur: number; top: string; kinds: Record<string, number> }[];
  allTasks: number;
  self: Map<string, number>;
}

function analyse(events: TraceEvent[], pageUrl: string, prefix: string): Breakdown {
  const mt = mainThread(events, pageUrl);
  const out: Breakdown = { tasks: 0, total: 0, byKind: {}, longest: 0, list: [], allTasks: 0, self: selfTimes(events, pageUrl) };
  if (!mt) return out;
  const onMain = events.filter((e) => e.pid === mt.pid && e.tid === mt.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tops = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  // Nested RunTasks: keep the outermost.
  const outer: TraceEvent[] = [];
  for (const t of tops) if (!outer.length || t.ts >= outer[outer.length - 1]!.ts + outer[outer.length - 1]!.dur!) outer.push(t);
  let j = 0;
  for (const t of outer) {
    out.allTasks += t.dur! / 1000;
    const end = t.ts + t.dur!;
    const inside: TraceEvent[] = [];
    while (j < onMain.length && onMain[j]!.ts < t.ts) j++;
    let k = j;
    while (k < onMain.length && onMain[k]!.ts < end) inside.push(onMain[k++]!);
    const urls = inside.map((e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '');
    if (process.env.DUMP && t.dur! > 500) process.stdout.write(`  task ${(t.ts / 1000).toFixed(1)} ${(t.dur! / 1000).toFixed(1)}: ${inside.slice(0, 12).map((e) => `${e.name}${e.args?.data?.url ? '[' + e.args.data.url.slice(-30) + ']' : ''}:${(e.dur! / 1000).toFixed(1)}`).join(' ')}\n`);
    if (!urls.some((u) => u.startsWith(prefix))) continue;
    const kinds: Record<string, number> = {};
    // Self time of each kind: an event's time minus its children's of a counted kind (one level deep is enough here).
    for (const e of inside) {
      const kind = KIND[e.name];
      if (kind) kinds[kind] = (kinds[kind] ?? 0) + e.dur! / 1000;
    }
    const script = inside.filter((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'V8.Execute' || e.name === 'RunMicrotasks' || e.name === 'TimerFire' || e.name === 'FireIdleCallback' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch');
    // The outermost script events (not nested in another).
    let scriptMs = 0;
    let until = 0;
    for (const e of script) {
      if (e.ts >= until) {
        scriptMs += e.dur! / 1000;
        until = e.ts + e.dur!;
      }
    }
    kinds.scriptIncl = scriptMs;
    const dur = t.dur! / 1000;
    out.tasks++;
    out.total += dur;
    out.longest = Math.max(out.longest, dur);
    for (const [kk, v] of Object.entries(kinds)) out.byKind[kk] = (out.byKind[kk] ?? 0) + v;
    const topName = inside.find((e) => e !== t && e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask')?.name ?? '?';
    out.list.push({ ts: t.ts, dur, top: topName, kinds });
  }
  return out;
}

async function loadTraced(b: Launched, url: string, prefix: string): Promise<Breakdown> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const events = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await sleep(1000);
  });
  await page.close();
  return analyse(events, url, prefix);
}

async function main(): Promise<void> {
  writeLargeForms();
  const server = await startFixtureServer();
  const url = PAGE === 'form-300' ? `${server.url}/generated/form-300.html` : `${server.url}/libs/${PAGE}.html`;
  if (PAGE !== 'form-300') await (await fetch(`${server.url}/libs/${PAGE}/main.js`)).arrayBuffer();
  const emptyDir = writeEmptyExtension(EXT);
  const ours = await launch(EXT, true);
  const empty = await launch(emptyDir);
  const prefix = `chrome-extension://${ours.extensionId}/`;
  try {
    await loadTraced(ours, url, prefix); // warm-up
    const fmt = (n: number): string => n.toFixed(1);
    const selfOurs: Map<string, number>[] = [];
    const selfEmpty: Map<string, number>[] = [];
    for (let i = 0; i < N; i++) {
      const r = await loadTraced(ours, url, prefix);
      const e = await loadTraced(empty, url, 'chrome-extension://');
      selfOurs.push(r.self);
      selfEmpty.push(e.self);
      process.stdout.write(
        `load ${i + 1}: our tasks ${r.tasks}, ${fmt(r.total)} ms (longest ${fmt(r.longest)}; all main-thread tasks ${fmt(r.allTasks)} vs no-op ${fmt(e.allTasks)}) ` +
          Object.entries(r.byKind)
            .map(([k, v]) => `${k} ${fmt(v)}`)
            .join(', ') +
          '\n',
      );
      if (SHOW_TASKS) for (const t of r.list) process.stdout.write(`   +${fmt((t.ts - r.list[0]!.ts) / 1000)} ${fmt(t.dur)} ms ${t.top} ${Object.entries(t.kinds).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}\n`);
    }
    const med = (xs: number[]): number => {
      const s2 = [...xs].sort((a, b) => a - b);
      return s2.length % 2 ? s2[(s2.length - 1) / 2]! : (s2[s2.length / 2 - 1]! + s2[s2.length / 2]!) / 2;
    };
    const names = new Set([...selfOurs, ...selfEmpty].flatMap((m) => [...m.keys()]));
    const rows = [...names].map((n) => ({ n, a: med(selfOurs.map((m) => m.get(n) ?? 0)), b: med(selfEmpty.map((m) => m.get(n) ?? 0)) }));
    process.stdout.write(`\nself time by event, median per load: ours vs no-op (difference)\n`);
    for (const r of rows.sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b)).slice(0, 30)) process.stdout.write(`${fmt(r.a).padStart(8)} ${fmt(r.b).padStart(8)} ${fmt(r.a - r.b).padStart(8)}  ${r.n}\n`);
  } finally {
    await ours.close();
    await empty.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
