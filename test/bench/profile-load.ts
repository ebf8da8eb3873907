/**
 * What our script spends its page-load time on: V8 CPU profiles (0.1 ms sampling) of page loads
 * with this extension; each sample whose stack holds a frame of ours is charged to the innermost
 * frame of ours (self time of our functions, with the browser's work they cause, e.g. a forced
 * layout, included) and to its source module through the build's source map. Build with
 * `ICP_SOURCEMAP=1` for module names.
 *
 *   npx tsx test/bench/profile-load.ts [--ext=.output-bench/chrome-mv3] [--page=form-300|antd] [--n=5] [--top=40]
 *
 * A development tool (not part of `npm run bench`): it prints, it does not write the docs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { startFixtureServer } from '../support/fixture-server';
import { writeLargeForms } from '../fixtures/forms/generated/make-large-form';
import { launch } from './browser-benches';
import { sleep } from './stats';

const arg = (name: string, dflt: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const EXT = resolve(arg('ext', '.output-bench/chrome-mv3'));
const PAGE = arg('page', 'form-300');
const N = Number(arg('n', '5'));
const TOP = Number(arg('top', '40'));

type Frame = { url: string; functionName: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const mapFile = join(EXT, 'content-scripts/content.js.map');
const map = existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : undefined;
const where = (f: Frame): { module: string; fn: string } => {
  if (!map || !f.url.endsWith('content.js')) return { module: f.url.replace(/^.*\//, ''), fn: f.functionName || '(anonymous)' };
  const p = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
  const module = (p.source ?? '?').replace(/^.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
  return { module, fn: `${p.name ?? f.functionName ?? '(anonymous)'}:${p.line ?? '?'}` };
};

async function main(): Promise<void> {
  writeLargeForms();
  const server = await startFixtureServer();
  const url = PAGE === 'form-300' ? `${server.url}/generated/form-300.html` : `${server.url}/libs/${PAGE}.html`;
  if (PAGE !== 'form-300') await (await fetch(`${server.url}/libs/${PAGE}/main.js`)).arrayBuffer();
  const b = await launch(EXT, true);
  const prefix = `chrome-extension://${b.extensionId}/`;
  const byFn = new Map<string, number>();
  const byModule = new Map<string, number>();
  const totals: number[] = [];
  const byPhase = new Map<string, number>();
  const evalModules = new Map<string, number>();
  try {
    for (let i = 0; i < N + 1; i++) {
      const page = await b.context.newPage();
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load' });
      await sleep(1000);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      await page.close();
      if (i === 0) continue;
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      /** The innermost frame of ours on the stack, or the sample's own frame when it is a browser/GC frame under ours. */
      const ownFrame = new Map<number, { own?: Node; leaf: Node; outer?: Node }>();
      const resolveNode = (id: number): { own?: Node; leaf: Node; outer?: Node } => {
        const known = ownFrame.get(id);
        if (known) return known;
        const leaf = byId.get(id)!;
        let own: Node | undefined;
        let outer: Node | undefined;
        for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
          const n = byId.get(x)!;
          if (n.callFrame.url.startsWith(prefix)) {
            own ??= n;
            outer = n;
          }
        }
        const r = { own, leaf, outer };
        ownFrame.set(id, r);
        return r;
      };
      let total = 0;
      for (let k = 0; k < profile.samples.length; k++) {
        const dt = Math.min((profile.timeDeltas[k + 1] ?? 0) / 1000, 0.3);
        const { own, leaf, outer } = resolveNode(profile.samples[k]!);
        if (!own) continue;
        total += dt;
        // The script's evaluation: its top-level code (line 0 of the bundle) is the outermost frame.
        const phase = outer?.callFrame.lineNumber === 0 && outer.callFrame.columnNumber === 0 ? 'evaluation' : 'later';
        byPhase.set(phase, (byPhase.get(phase) ?? 0) + dt);
        if (phase === 'evaluation') {
          const m = where(own.callFrame).module;
          evalModules.set(m, (evalModules.get(m) ?? 0) + dt);
        }
        const w = where(own.callFrame);
        // Native work under our frame (layout, style, DOM) shows as the leaf's name.
        const native = leaf !== own && !leaf.callFrame.url ? ` > ${leaf.callFrame.functionName || '(native)'}` : '';
        const key = `${w.module} ${w.fn}${native}${w.module === '?' ? ` @${own.callFrame.lineNumber}:${own.callFrame.columnNumber} ${own.callFrame.functionName}` : ''}`;
        byFn.set(key, (byFn.get(key) ?? 0) + dt);
        byModule.set(w.module, (byModule.get(w.module) ?? 0) + dt);
      }
      totals.push(total);
    }
  } finally {
    await b.close();
    await server.close();
  }
  const per = (v: number): string => (v / N).toFixed(2).padStart(7);
  process.stdout.write(`our CPU per load (ms): ${totals.map((t) => t.toFixed(1)).join(', ')}\n\nby module (ms per load)\n`);
  for (const [k, v] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, TOP)) process.stdout.write(`${per(v)}  ${k}\n`);
  process.stdout.write(`\nby phase (ms per load): ${[...byPhase].map(([k, v]) => `${k} ${per(v).trim()}`).join(', ')}\nevaluation by module\n`);
  for (const [k, v] of [...evalModules].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stdout.write(`${per(v)}  ${k}\n`);
  process.stdout.write('\nby function (ms per load)\n');
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, TOP)) process.stdout.write(`${per(v)}  ${k}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
