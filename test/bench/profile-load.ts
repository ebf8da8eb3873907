/**
 * What our script spends its page-load time on: V8 CPU profiles (0.1 ms sampling) of page loads
 * with this extension; each sample whose stack holds a frame of ours is charged to the innermost
 * frame of ours (self time of our functions, with the browser's work they cause, e.g. a forced
 * layout, included) and to its source module through the build's source map. Build with
 * `ICP_SOURCEMAP=1` for module names.
 *
 *   npx tsx test/bench/profile-load.ts [--ext=.output-bench/chrome-mv3] [--vs=<another build>] [--page=form-300|form-300-late|antd] [--n=5] [--top=40] [--after-insert]
 *
 * A development tool (not part of `npm run bench`): it prints, it does not write the docs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { startFixtureServer } from '../support/fixture-server';
import { writeLargeForms } from '../fixtures/forms/generated/make-large-form';
import { launch, profiledLoad, type CpuProfile, type Launched } from './browser-benches';
import { ownTime } from './own-profile';

const arg = (name: string, dflt: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const EXT = resolve(arg('ext', '.output-bench/chrome-mv3'));
/** A second build, profiled interleaved with the first (before/after of a change). */
const VS = process.argv.some((a) => a.startsWith('--vs=')) ? resolve(arg('vs', '')) : undefined;
const PAGE = arg('page', 'form-300');
const N = Number(arg('n', '5'));
const TOP = Number(arg('top', '40'));
/** On the late page: only what runs from the form's insertion (the page's `insert`) on. */
const AFTER_INSERT = process.argv.includes('--after-insert');

type Node = CpuProfile['nodes'][number];
type Frame = Node['callFrame'];

interface LoadProfile {
  total: number;
  /** The longest run of our samples in the whole load (ownTime). */
  longest: number;
  byPhase: Map<string, number>;
  byFn: Map<string, number>;
  byModule: Map<string, number>;
  evalModules: Map<string, number>;
}

const add = (m: Map<string, number>, k: string, v: number): void => void m.set(k, (m.get(k) ?? 0) + v);

async function profileLoad(b: Launched, url: string, where: (f: Frame) => { module: string; fn: string }): Promise<LoadProfile> {
  const prefix = `chrome-extension://${b.extensionId}/`;
  const profile = await profiledLoad(b, url, 100);
  const out: LoadProfile = { total: 0, longest: ownTime(profile, prefix).longest, byPhase: new Map(), byFn: new Map(), byModule: new Map(), evalModules: new Map() };
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** The innermost and outermost frames of ours on the stack, and the sample's own frame. */
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
  const inserting = (id: number): boolean => {
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const f = byId.get(x)!.callFrame;
      if (f.functionName === 'insert' && !f.url.startsWith(prefix)) return true;
    }
    return false;
  };
  let inserted = !AFTER_INSERT;
  for (let k = 0; k < profile.samples.length; k++) {
    // Capped: time the OS gives to other processes is no work of ours.
    const dt = Math.min((profile.timeDeltas[k + 1] ?? 0) / 1000, 0.3);
    inserted ||= inserting(profile.samples[k]!);
    const { own, leaf, outer } = resolveNode(profile.samples[k]!);
    if (!own || !inserted) continue;
    out.total += dt;
    // The script's evaluation: its top-level code (line 0 of the bundle) is the outermost frame.
    const phase = outer?.callFrame.lineNumber === 0 ? 'evaluation' : 'later';
    add(out.byPhase, phase, dt);
    const w = where(own.callFrame);
    if (phase === 'evaluation') add(out.evalModules, w.module, dt);
    // Native work under our frame (layout, style, DOM) shows as the leaf's name.
    const native = leaf !== own && !leaf.callFrame.url ? ` > ${leaf.callFrame.functionName || '(native)'}` : '';
    add(out.byFn, `${w.module} ${w.fn}${native}`, dt);
    add(out.byModule, w.module, dt);
  }
  return out;
}

function mapperFor(ext: string): (f: Frame) => { module: string; fn: string } {
  const mapFile = join(ext, 'content-scripts/content.js.map');
  const map = existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : undefined;
  return (f) => {
    if (!map || !f.url.endsWith('content.js')) return { module: f.url.replace(/^.*\//, ''), fn: f.functionName || '(anonymous)' };
    const p = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
    const module = (p.source ?? `(bundle top level)`).replace(/^.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
    return { module, fn: `${p.name ?? f.functionName ?? '(anonymous)'}:${p.line ?? `${f.lineNumber}:${f.columnNumber}`}` };
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  writeLargeForms();
  const server = await startFixtureServer();
  const generated = PAGE.startsWith('form-300');
  const url = generated ? `${server.url}/generated/${PAGE}.html` : `${server.url}/libs/${PAGE}.html`;
  if (!generated) await (await fetch(`${server.url}/libs/${PAGE}/main.js`)).arrayBuffer();
  const builds = [EXT, ...(VS ? [VS] : [])];
  const browsers: Launched[] = [];
  const runs: LoadProfile[][] = builds.map(() => []);
  try {
    for (const dir of builds) browsers.push(await launch(dir, true));
    const mappers = builds.map(mapperFor);
    // Interleaved, so that the machine's load hits every build alike; the first round warms up.
    for (let i = 0; i < N + 1; i++) {
      for (let j = 0; j < builds.length; j++) {
        const r = await profileLoad(browsers[j]!, url, mappers[j]!);
        if (i > 0) runs[j]!.push(r);
      }
    }
  } finally {
    for (const b of browsers) await b.close();
    await server.close();
  }
  const sum = (list: LoadProfile[], pick: (p: LoadProfile) => Map<string, number>): Map<string, number> => {
    const m = new Map<string, number>();
    for (const p of list) for (const [k, v] of pick(p)) add(m, k, v);
    return m;
  };
  const per = (v: number): string => (v / N).toFixed(2).padStart(7);
  builds.forEach((dir, j) => {
    const list = runs[j]!;
    const phases = ['evaluation', 'later'].map((ph) => `${ph} ${median(list.map((p) => p.byPhase.get(ph) ?? 0)).toFixed(1)}`).join(', ');
    process.stdout.write(
      `${dir}: our CPU per load ms, median ${median(list.map((p) => p.total)).toFixed(1)} (${list.map((p) => p.total.toFixed(1)).join(', ')}); ${phases}; ` +
        `longest stretch of ours in the load ${median(list.map((p) => p.longest)).toFixed(1)} (max ${Math.max(...list.map((p) => p.longest)).toFixed(1)})\n`,
    );
  });
  const first = runs[0]!;
  process.stdout.write(`\n${builds[0]}\nby module (ms per load, mean)\n`);
  for (const [k, v] of [...sum(first, (p) => p.byModule)].sort((a, b) => b[1] - a[1]).slice(0, TOP)) process.stdout.write(`${per(v)}  ${k}\n`);
  process.stdout.write('\nevaluation by module\n');
  for (const [k, v] of [...sum(first, (p) => p.evalModules)].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stdout.write(`${per(v)}  ${k}\n`);
  process.stdout.write('\nby function (ms per load, mean)\n');
  for (const [k, v] of [...sum(first, (p) => p.byFn)].sort((a, b) => b[1] - a[1]).slice(0, TOP)) process.stdout.write(`${per(v)}  ${k}\n`);
  if (runs.length > 1) {
    // Side by side: module paths without the checkout's own prefix, so two clones compare.
    const byModule = (list: LoadProfile[]): Map<string, number> => {
      const m = new Map<string, number>();
      for (const [k, v] of sum(list, (p) => p.byModule)) add(m, k.replace(/^.*?\/src\//, 'src/'), v);
      return m;
    };
    const [a, b] = [byModule(runs[0]!), byModule(runs[1]!)];
    const area = (m: Map<string, number>, re: RegExp): number => [...m].filter(([k]) => re.test(k)).reduce((t, [, v]) => t + v, 0);
    process.stdout.write(`\nside by side (ms per load, mean): ${builds[0]} | ${builds[1]} | difference\n`);
    for (const [name, re] of [
      ['recognition (src/recognition, src/controls)', /^src\/(?:recognition|controls)\//],
      ['zod', /zod\//],
      ['everything', /./],
    ] as const) {
      process.stdout.write(`${per(area(a, re))} ${per(area(b, re))} ${per(area(a, re) - area(b, re))}  ${name}\n`);
    }
    for (const k of [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (b.get(y) ?? 0) - (b.get(x) ?? 0)).slice(0, TOP)) {
      process.stdout.write(`${per(a.get(k) ?? 0)} ${per(b.get(k) ?? 0)} ${per((a.get(k) ?? 0) - (b.get(k) ?? 0))}  ${k}\n`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
