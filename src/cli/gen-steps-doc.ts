/** Writes docs/steps.md from the planner's facts: `npx tsx src/cli/gen-steps-doc.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderStepsDoc } from '../planner/steps-doc';

const target = fileURLToPath(new URL('../../docs/steps.md', import.meta.url));
writeFileSync(target, renderStepsDoc());
process.stdout.write(`wrote ${target}\n`);
