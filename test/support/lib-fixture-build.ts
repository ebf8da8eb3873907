/**
 * Bundles the component-library fixture pages (test/fixtures/libs/<lib>/main.ts[x]) from
 * node_modules with esbuild, on first request. Nothing built is committed: the output goes to
 * node_modules/.cache/icp-lib-fixtures/<lib>-<hash>/, keyed by the page sources, the shared
 * fixture code and the lockfile, so a second run (or a second server) reuses it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const LIBS_DIR = join(ROOT, 'test/fixtures/libs');
const CACHE = join(ROOT, 'node_modules/.cache/icp-lib-fixtures');

/** The library pages (each is test/fixtures/libs/<name>/main.ts[x]). */
export const LIB_PAGES = ['antd', 'element-plus', 'fusion', 'arco', 'tdesign', 'tea', 'opentiny'] as const;
export type LibPage = (typeof LIB_PAGES)[number];

export const isLibPage = (name: string): name is LibPage => (LIB_PAGES as readonly string[]).includes(name);

export interface LibBuild {
  dir: string;
  js: string;
  css: string | null;
  /** Milliseconds the esbuild run took, or 0 when the cache was used. */
  buildMs: number;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });

function sourceHash(lib: LibPage): string {
  const h = createHash('sha256');
  for (const f of [...filesUnder(join(LIBS_DIR, lib)), ...filesUnder(join(LIBS_DIR, 'shared')), join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url)]) {
    h.update(f).update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

const entryOf = (lib: LibPage): string => {
  const tsx = join(LIBS_DIR, lib, 'main.tsx');
  return existsSync(tsx) ? tsx : join(LIBS_DIR, lib, 'main.ts');
};

const pending = new Map<string, Promise<LibBuild>>();

export function buildLibPage(lib: LibPage): Promise<LibBuild> {
  const dir = join(CACHE, `${lib}-${sourceHash(lib)}`);
  let p = pending.get(dir);
  if (!p) {
    p = doBuild(lib, dir);
    pending.set(dir, p);
    p.catch(() => pending.delete(dir));
  }
  return p;
}

async function doBuild(lib: LibPage, dir: string): Promise<LibBuild> {
  const result = (buildMs: number): LibBuild => ({
    dir,
    js: join(dir, 'main.js'),
    css: existsSync(join(dir, 'main.css')) ? join(dir, 'main.css') : null,
    buildMs,
  });
  if (existsSync(join(dir, 'main.js'))) return result(0);
  const { build } = await import('esbuild');
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const t0 = performance.now();
  await build({
    entryPoints: { main: entryOf(lib) },
    bundle: true,
    outdir: tmp,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    // The repository's tsconfig says Preact; these pages are React (or Vue render functions).
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    logLevel: 'error',
    // Production builds of React and Vue: no dev warnings in the console the smoke test watches.
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      global: 'globalThis',
    },
    // Fonts and images the libraries' CSS references are inlined: the pages load nothing else.
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl', '.jpg': 'dataurl', '.jpeg': 'dataurl', '.webp': 'dataurl' },
    absWorkingDir: ROOT,
  });
  const ms = Math.round(performance.now() - t0);
  blankRemoteUrls(join(tmp, 'main.css'));
  mkdirSync(CACHE, { recursive: true });
  // Older builds of this page are stale now.
  for (const old of readdirSync(CACHE)) if (old.startsWith(`${lib}-`) && !old.includes('.tmp-')) rmSync(join(CACHE, old), { recursive: true, force: true });
  renameSync(tmp, dir);
  return result(ms);
}

/**
 * Some libraries' CSS loads icon fonts from their CDN (Fusion: at.alicdn.com). The pages must
 * load nothing from other hosts, so @font-face rules with such URLs are dropped (the icons draw as
 * blanks) and any other remote URL becomes an empty data URL.
 */
function blankRemoteUrls(cssFile: string): void {
  if (!existsSync(cssFile)) return;
  const css = readFileSync(cssFile, 'utf8');
  const local = css
    .replace(/@font-face\s*\{[^}]*url\(\s*["']?(?:https?:)?\/\/[^}]*\}/g, '')
    .replace(/url\(\s*(["']?)(?:https?:)?\/\/[^)]*\)/g, 'url(data:,)');
  if (local !== css) writeFileSync(cssFile, local);
}

/** The HTML shell of a library page. */
export function libPageHtml(lib: LibPage, hasCss: boolean): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>ICP备案 · ${lib}</title>
${hasCss ? `<link rel="stylesheet" href="/libs/${lib}/main.css">` : ''}
<style>body{margin:0;padding:16px 24px;font-family:system-ui,sans-serif}#app{max-width:880px}</style>
</head>
<body>
<header><input type="search" placeholder="搜索文档" aria-label="搜索"></header>
<div id="app"></div>
<script src="/libs/${lib}/main.js"></script>
</body>
</html>
`;
}
