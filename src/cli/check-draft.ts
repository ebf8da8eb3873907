/**
 * `npm run check-draft -- FILE [--as-of YYYY-MM-DD] [--format json|text] [--outstanding]`: checks a draft file
 * (CONTRACT.md) and prints ONE JSON object on stdout (or a table with --format text). Bad input:
 * one line on stderr and a non-zero exit. Nothing else is ever written to stdout (the project
 * .npmrc silences npm's "> script" banner).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CheckDraftError, checkDraft, loadDraft, parseArgs, toJson, toText, USAGE } from './check-draft-core';

function readInput(file: string): Uint8Array {
  try {
    // `npm run` switches to the package root; INIT_CWD is where the user typed the command.
    return readFileSync(file === '-' ? 0 : resolve(process.env.INIT_CWD ?? process.cwd(), file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CheckDraftError(`check-draft: cannot read ${file}: ${why}`, 1);
  }
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const loaded = loadDraft(readInput(args.file), args.file === '-' ? 'stdin' : args.file);
  const result = checkDraft(loaded, args.asOf, undefined, args.outstanding);
  process.stdout.write(args.format === 'text' ? toText(result, args.lang) : toJson(result));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CheckDraftError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = e.exitCode;
  } else {
    process.stderr.write(`check-draft: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  }
}
