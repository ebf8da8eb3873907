/** Quick timing of runRules: `npx tsx test/tools/time-rules.ts` (budgets live in `npm run bench`). */
import type { FieldValues } from '../../src/domain/draft-file';
import { RULES, runRules } from '../../src/rules/engine';
import { CLEAN_FIELDS, largeDraft } from '../../src/rules/support/sample-fields';

function time(label: string, fields: FieldValues, runs = 2000): void {
  for (let i = 0; i < 200; i++) runRules({ fields, asOf: '2026-06-01' }); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    runRules({ fields, asOf: '2026-06-01' });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(3);
  console.log(`${label}: ${RULES.length} rules, ${Object.keys(fields).length} fields, ${runs} runs: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
}

time('typical draft', CLEAN_FIELDS);
time('300-field draft', largeDraft(300));
