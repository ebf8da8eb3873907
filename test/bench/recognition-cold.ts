/**
 * The first pass of a page as the content script pays it at load: recognising the 300-field form
 * and reading its values, cold (fresh functions, no feedback, no compiled code: the bundle's
 * source is made unique per run so no compilation cache hits), in Chromium. Two source trees
 * side by side, runs interleaved so the machine's load hits both alike; one `page.evaluate` per
 * run, CPU-bound, timed with performance.now() in the page.
 *
 *   npx tsx test/bench/recognition-cold.ts [--vs=<another checkout>] [--n=40]
 *
 * A development tool (not part of `npm run bench`): it prints, it does not write the docs.
 */
import { buildSync } from 'esbuild';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/browser';
import { startFixtureServer } from '../support/fixture-server';
import { writeLargeForms } from '../fixtures/forms/generated/make-large-form';

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const N = Number(arg('n') ?? '40');
const trees = [resolve('.'), ...(arg('vs') ? [resolve(arg('vs')!)] : [])];

/** The recogniser and value reader of one checkout as a script that defines `__icpCold`. */
function bundle(tree: string): string {
  const entry = `import { recognizePage } from ${JSON.stringify(join(tree, 'src/content/recognize-page.ts'))};
import { readFieldValue } from ${JSON.stringify(join(tree, 'src/recognition/read-value.ts'))};
globalThis.__icpCold = () => {
  const r = recognizePage(document);
  let n = 0;
  for (const f of r.fields) if (readFieldValue(f) !== undefined) n++;
  return { fields: r.fields.length, values: n };
};`;
  const out = buildSync({ stdin: { contents: entry, resolveDir: tree, loader: 'ts' }, bundle: true, format: 'iife', write: false, minify: true, target: 'chrome120', logLevel: 'error' });
  return out.outputFiles[0]!.text;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function main(): Promise<void> {
  writeLargeForms();
  const sources = trees.map(bundle);
  const server = await startFixtureServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
  const times: number[][] = trees.map(() => []);
  let shape = '';
  try {
    const page = await browser.newPage();
    for (let i = 0; i < N + 1; i++) {
      for (let j = 0; j < trees.length; j++) {
        await page.goto(`${server.url}/generated/form-300.html`);
        // Unique source: no compilation-cache hit from the previous run.
        await page.addScriptTag({ content: `${sources[j]}\n//# run ${i}-${j}-${Math.random()}` });
        const r = await page.evaluate(() => {
          const t0 = performance.now();
          const got = (globalThis as unknown as { __icpCold: () => unknown }).__icpCold();
          return { ms: performance.now() - t0, got: JSON.stringify(got) };
        });
        if (!shape) shape = r.got;
        else if (r.got !== shape) throw new Error(`different results: ${r.got} vs ${shape}`);
        if (i > 0) times[j]!.push(r.ms);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`cold recognise + read of form-300 (${shape}), ms, n=${N}\n`);
  trees.forEach((t, j) => {
    const xs = times[j]!;
    process.stdout.write(`${t}: median ${median(xs).toFixed(2)}, p95 ${pct(xs, 95).toFixed(2)}, min ${Math.min(...xs).toFixed(2)}\n`);
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
