import { execFileSync } from 'node:child_process';

/**
 * The files git tracks under `root`, as glob patterns for WXT's sources zip: the store's
 * reviewers get exactly what is in the repository, never build output, demo screenshots or a
 * stray local file. `null` outside a git checkout (e.g. building from the sources zip itself),
 * where WXT's own defaults apply.
 */
export function trackedSources(root: string): string[] | null {
  let out: string;
  try {
    out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const files = out.split('\0').filter((f) => f !== '');
  return files.length > 0 ? files.map(escapeGlob) : null;
}

/** A literal path as a picomatch pattern (brackets, braces, stars … escaped). */
export function escapeGlob(path: string): string {
  return path.replace(/[\\*?!+@()[\]{}|,]/g, (c) => `\\${c}`);
}
