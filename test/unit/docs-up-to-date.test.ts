import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/engine';
import { renderDraftSchema, renderRulesDoc, RULES_DOC_PATH, SCHEMA_PATH } from '../tools/gen-docs';

const HINT = 'docs are stale: run `npx tsx test/tools/gen-docs.ts`';

describe('generated docs', () => {
  it('docs/rules.md matches the rules data', () => {
    const committed = readFileSync(RULES_DOC_PATH, 'utf8');
    expect(committed === renderRulesDoc(), HINT).toBe(true);
    for (const r of RULES) expect(committed).toContain(`### \`${r.id}\``);
  });

  it('docs/draft-file.schema.json matches DraftFileSchema', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(committed === renderDraftSchema(), HINT).toBe(true);
    const schema = JSON.parse(committed) as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'filingType', 'fields']));
  });
});
