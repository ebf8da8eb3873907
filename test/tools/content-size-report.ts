/**
 * `npm run size:content`: where the content script's bytes come from. Builds the extension
 * with hidden source maps into .output-size and attributes every byte of the built content
 * script to its source module (raw bytes, and the gzip of each module's bytes on their own,
 * which over-counts against the whole file's gzip but ranks modules correctly).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScriptFiles, kb } from '../bench/bundle-sizes';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output-size');
const EXT = join(OUT, 'chrome-mv3');

if (!process.argv.includes('--skip-build')) {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WXT_OUT_DIR: OUT, ICP_SOURCEMAP: '1' } });
}

const bySource = new Map<string, string>();
let totalGzip = 0;
for (const file of contentScriptFiles(EXT)) {
  const code = readFileSync(join(EXT, file), 'utf8');
  totalGzip += gzipSync(code).length;
  const map = new TraceMap(readFileSync(join(EXT, `${file}.map`), "utf8"));
  const lineStart: number[] = [];
  let offset = 0;
  for (const line of code.split('\n')) {
    lineStart.push(offset);
    offset += line.length + 1;
  }
  const segments: [number, string][] = [];
  eachMapping(map, (m) => segments.push([lineStart[m.generatedLine - 1]! + m.generatedColumn, m.source ?? '(unmapped)']));
  segments.sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < segments.length; i++) {
    const [start, source] = segments[i]!;
    const end = i + 1 < segments.length ? segments[i + 1]![0] : code.length;
    const name = source.replace(/^.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
    bySource.set(name, (bySource.get(name) ?? '') + code.slice(start, end));
  }
}

const rows = [...bySource].map(([name, bytes]) => ({ name, raw: bytes.length, gzip: gzipSync(bytes).length }));
const groupOf = (name: string): string => {
  const parts = name.split('/');
  if (parts[0] === 'node_modules') return parts.slice(0, parts[1]!.startsWith('@') ? 3 : 2).join('/');
  return parts.slice(0, 2).join('/');
};
const groups = new Map<string, { raw: number; gzip: number }>();
for (const r of rows) {
  const g = groups.get(groupOf(r.name)) ?? { raw: 0, gzip: 0 };
  g.raw += r.raw;
  g.gzip += r.gzip;
  groups.set(groupOf(r.name), g);
}
const line = (raw: number, gzip: number, name: string): string => `${String(raw).padStart(8)} ${String(gzip).padStart(7)}  ${name}`;
console.log(`content-script JS: ${kb(totalGzip)} gzip (budget ${kb(CONTENT_SCRIPT_GZIP_BUDGET)})\n`);
console.log('     raw   gzip*  group');
for (const [name, g] of [...groups].sort((a, b) => b[1].raw - a[1].raw)) console.log(line(g.raw, g.gzip, name));
console.log('\n     raw   gzip*  module');
for (const r of rows.sort((a, b) => b.raw - a.raw)) console.log(line(r.raw, r.gzip, r.name));
console.log('\n* gzip of the module\'s bytes alone; the whole file compresses better than the sum.');
