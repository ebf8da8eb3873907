/**
 * Generates docs/rules.md (from the rules registry and the facts) and
 * docs/draft-file.schema.json (from the zod DraftFileSchema). Run:
 * `npx tsx test/tools/gen-docs.ts`. test/unit/docs-up-to-date.test.ts fails when they are stale.
 *
 * The renderers are exported so other generators can append sections (`extraSections`).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DraftFileSchema } from '../../src/domain/draft-file';
import { DIVISIONS_SOURCE } from '../../src/facts/prefectures.generated';
import { DOMAIN_SUFFIXES, UNAPPROVED_SUFFIXES } from '../../src/facts/domain-suffixes';
import { PROVINCES, provinceById } from '../../src/facts/provinces';
import { INDIVIDUAL_BANNED_WORDS, INDIVIDUAL_PREAPPROVAL_WORDS, NATIONAL_PREFIXES, PROVINCE_BANNED_WORDS, SENSITIVE_WORDS } from '../../src/facts/site-name-words';
import { SOURCES } from '../../src/facts/sources';
import { RULES } from '../../src/rules/engine';
import type { Rule } from '../../src/rules/rule';

export const RULES_DOC_PATH = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));
export const SCHEMA_PATH = fileURLToPath(new URL('../../docs/draft-file.schema.json', import.meta.url));

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s}\``;

function inForce(r: Rule): string {
  if (r.since && r.until) return `${r.since} to ${r.until} (exclusive)`;
  if (r.since) return `from ${r.since}`;
  if (r.until) return `until ${r.until} (exclusive)`;
  return 'always';
}

function renderRule(r: Rule): string[] {
  const out: string[] = [];
  out.push(`### ${code(r.id)}`, '');
  out.push(`${r.description.en}  `, `${r.description.zh}`, '');
  out.push(`- **Severity:** ${r.severity} (default; per-message overrides below)`);
  out.push(`- **In force:** ${inForce(r)}`);
  if (r.filingTypes) out.push(`- **Filing types:** ${r.filingTypes.map(code).join(', ')}`);
  out.push(`- **Fields:** ${r.fields.map(code).join(', ')}`);
  out.push(`- **Why:** ${r.why.en}  `, `  ${r.why.zh}`);
  out.push(`- **Sources:**`);
  for (const s of r.sources) out.push(`  - ${s}`);
  if (r.supersedes?.length) out.push(`- **Supersedes:** ${r.supersedes.join('; ')}`);
  for (const c of r.conflicts ?? []) {
    out.push(`- **Conflict resolved:** ${c.note.en}  `, `  ${c.note.zh}  `, `  (${c.sources.join('; ')})`);
  }
  out.push('', '| message | severity | English | 中文 |', '| --- | --- | --- | --- |');
  for (const [id, m] of Object.entries(r.messages)) {
    out.push(`| ${code(id)} | ${m.severity ?? r.severity} | ${cell(m.en)} | ${cell(m.zh)} |`);
  }
  out.push('');
  return out;
}

function renderFacts(): string[] {
  const out: string[] = ['## Facts used by the rules', ''];
  out.push('### Fileable domain suffixes (`domain-suffix`)', '');
  const open = DOMAIN_SUFFIXES.filter((d) => !d.onlyFor && !d.since).map((d) => `.${d.suffix}`);
  out.push(`Fileable for every subject (${open.length}): ${open.join(' ')}`, '');
  out.push('| suffix | restricted to | fileable from | source | note |', '| --- | --- | --- | --- | --- |');
  for (const d of DOMAIN_SUFFIXES.filter((x) => x.onlyFor || x.since)) {
    out.push(`| .${d.suffix} | ${d.onlyFor ?? ''} | ${d.since ?? ''} | ${cell(d.source)} | ${cell(d.note ?? '')} |`);
  }
  out.push('', 'Named as not approved: ' + UNAPPROVED_SUFFIXES.map((u) => `.${u.suffix}${u.until ? ` (until ${u.until})` : ''}`).join(', ') + '. Any other suffix gets a warning to check 域名.信息.', '');
  out.push('### Website names (`website-name`)', '');
  out.push(`- National prefixes (non-national bodies): ${NATIONAL_PREFIXES.join('、')}`);
  out.push(`- Sensitive words: ${SENSITIVE_WORDS.join('、')}`);
  out.push(`- Banned in personal site names: ${INDIVIDUAL_BANNED_WORDS.join('、')}`);
  out.push(`- Need a pre-approval in personal site names: ${INDIVIDUAL_PREAPPROVAL_WORDS.join('、')}`, '');
  out.push('| province | extra banned words in personal site names |', '| --- | --- |');
  for (const [id, words] of Object.entries(PROVINCE_BANNED_WORDS)) {
    const p = provinceById(id);
    out.push(`| ${p ? `${p.name} (${p.en})` : id} | ${words.join('、')} |`);
  }
  out.push('', '### ICP number prefixes (`icp-number-province`)', '');
  out.push(PROVINCES.map((p) => `${p.abbr}${p.oldAbbr ? ` (old: ${p.oldAbbr.join(', ')})` : ''} ${p.en}`).join(' · '), '');
  out.push('### Addresses', '');
  out.push(`Province recognition from free text uses a prefecture table generated from ${code(DIVISIONS_SOURCE)} by ${code('test/tools/gen-divisions.ts')}; ambiguous district names (朝阳区, 西湖区 …) are not guessed.`, '');
  return out;
}

function renderSources(): string[] {
  const out = ['## Sources', '', '| key | title | where | date |', '| --- | --- | --- | --- |'];
  for (const s of Object.values(SOURCES)) out.push(`| ${s.key} | ${cell(s.title)} | ${cell(s.where)} | ${s.date} |`);
  out.push('');
  return out;
}

/** docs/rules.md. `extraSections` (Markdown) are appended before the sources. */
export function renderRulesDoc(extraSections: readonly string[] = []): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from src/rules and src/facts by `npx tsx test/tools/gen-docs.ts`. Do not edit by hand. -->',
    '',
    '`runRules({ fields, filingType, asOf })` (src/rules/engine.ts) runs every rule in force on `asOf` over',
    'the field values of a filing (canonical keys of CONTRACT.md; `website[1].…` for later websites) and',
    'returns findings: `rule`, `field`, `fields`, `severity`, `message` {zh, en}, `why` {zh, en}, `source`.',
    'Severity: **error** = the filing will be rejected, **warning** = it probably will, **info** = guidance.',
    'Where sources disagree the rule keeps both, dated, and says which one it follows from when.',
    '',
    `## Summary (${RULES.length} rules)`,
    '',
    '| rule | severity | in force | what |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| [${code(r.id)}](#${r.id}) | ${r.severity} | ${inForce(r)} | ${cell(r.description.en)} |`),
    '',
    '## Rules',
    '',
  ];
  for (const r of RULES) out.push(...renderRule(r));
  out.push(...renderFacts());
  for (const s of extraSections) out.push(s.trimEnd(), '');
  out.push(...renderSources());
  return out.join('\n');
}

/** docs/draft-file.schema.json: JSON Schema of the draft file (CONTRACT.md). */
export function renderDraftSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(DraftFileSchema), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(RULES_DOC_PATH, renderRulesDoc());
  writeFileSync(SCHEMA_PATH, renderDraftSchema());
  console.log(`wrote ${RULES_DOC_PATH}\nwrote ${SCHEMA_PATH}`);
}
