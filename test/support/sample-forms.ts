import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node's path helpers: under happy-dom the global URL is the DOM's.
/** The static sample forms (test/fixtures/forms). */
export const FORMS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/forms');

/** Every .html under `dir`, sorted. */
export function listForms(dir: string = FORMS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listForms(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}
