/**
 * Renders docs/steps.md from the planner's facts, so the documentation cannot drift from the
 * data (src/planner/steps-doc.test.ts fails when the file is stale; regenerate with
 * `npx tsx src/cli/gen-steps-doc.ts`).
 */
import { FILING_TYPES } from '../domain/draft-file';
import { PROVINCES, provinceById } from '../facts/provinces';
import { SHCA_APP } from '../facts/shanghai-app';
import { SMS_CODE_VALIDITY, SMS_ENTRY, SMS_SCOPE, SMS_SENDERS, SMS_SITES, SMS_VERIFIERS } from '../facts/sms-verification';
import { PHOTO_METHODS } from '../facts/principal-photo';
import { AUTHORISATION_PROVINCES, DOMAIN_CERTIFICATES, PROVINCE_EXTRAS, SUBMISSION_AGREEMENTS, UPLOAD_REQUIREMENTS } from '../facts/document-upload';
import { ADMIN_REVIEW, ORDER_VALIDITY, PROVIDER_REVIEW, PSB_FILING, SMS_ARRIVAL } from '../facts/timelines';
import type { DatedFact } from '../facts/dated-facts';
import { FLOWS } from './flows';
import { STAGES } from './stages';
import { FOOTER, KEEP_CURRENT, TRANSFER_UPDATE_FIRST } from '../facts/after-approval';
import { DOMAIN_READINESS } from '../facts/domain-readiness';

function period(f: DatedFact): string {
  return f.until ? `${f.from} – ${f.until} (until, exclusive)` : `from ${f.from}`;
}

function conflict(f: DatedFact): string {
  return f.conflict ? ` **Conflict resolved:** ${f.conflict.en}` : '';
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function provinceList(ids: readonly string[] | 'all'): string {
  if (ids === 'all') return 'all 31 provinces';
  return ids.map((id) => provinceById(id)?.en ?? id).join(', ');
}

export function renderStepsDoc(): string {
  const out: string[] = [];
  const p = (...lines: string[]) => out.push(...lines);

  p(
    '# Verification steps planner',
    '',
    '<!-- Generated from src/facts/*.ts by `npx tsx src/cli/gen-steps-doc.ts`. Do not edit by hand. -->',
    '',
    '`planSteps(draft, { asOf, progress, now })` (src/planner/plan-steps.ts) lists the steps a filing',
    'still needs, judged by the facts in force on `asOf` (a Beijing day). Every fact below is data with',
    'its sources and the day it came into force; where sources disagree both are kept, dated, and the',
    'resolution is shown to the user as a note on the step.',
    '',
    'Every step is returned with `done` (the user\'s tick from `progress.done[key]`, which wins even when',
    'false, otherwise inferred: submitting to the administration implies upload, provider review and',
    'photo are done) and `status` (`done`, `open`, `upcoming` — cannot be done yet —, `overdue`).',
    '`outstandingSteps(steps)` keeps the ones not done; `currentStage(draft, options)` gives the stage',
    'for the process bar.',
    '',
    '## Stages',
    '',
    STAGES.map((s) => `${s.title.zh} (${s.title.en}, \`${s.id}\`)`).join(' → '),
    '',
    '## Steps by filing type',
    '',
    '| filing type | document-upload | provider-review | principal-photo / shca-app-verification | admin-review | psb-filing | commercial-licence | order-validity |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...FILING_TYPES.map((t) => {
      const f = FLOWS[t];
      const y = (b: boolean) => (b ? 'yes' : '—');
      return `| \`${t}\` | ${y(f.upload)} | ${y(f.providerReview)} | ${y(f.photo)} | ${y(f.adminReview)} | ${y(f.psb)} | ${f.commercial ? 'if e-commerce' : '—'} | ${y(f.order)} |`;
    }),
    '',
    '`sms-verification` steps are added per the tables below: one per distinct mobile number (same',
    'mobile = same person = one code; numbers are compared after removing spaces, dashes and +86).',
    'A principal without a mobile yet gets a placeholder step keyed by field (`sms-verification:website.principal`).',
    'In individual filings an empty website principal is the subject principal.',
    '',
    '## SMS verification',
    '',
    '### Where it is required',
    '',
    '| in force | provinces | sources |',
    '| --- | --- | --- |',
    ...SMS_SCOPE.map((f) => `| ${period(f)} | ${provinceList(f.provinces)} | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`),
    '',
    'Before 2017-12-18, and in provinces not listed on the day, no SMS step is planned (seed 003 §2:',
    '"optional in other provinces"). With an unrecognised province the step is planned only once',
    'verification is nationwide.',
    '',
    '### Who verifies',
    '',
    `| filing type | ${SMS_VERIFIERS.map((f) => period(f)).join(' | ')} |`,
    `| --- | ${SMS_VERIFIERS.map(() => '---').join(' | ')} |`,
    ...FILING_TYPES.map(
      (t) =>
        `| \`${t}\` | ${SMS_VERIFIERS.map((f) => {
          const who = f.byType[t];
          const text = who.length === 0 ? 'none' : who.map((w) => `${w} principal`).join(' + ');
          const note = f.notes[t];
          return cell(note ? `${text} (${note.en})` : text);
        }).join(' | ')} |`,
    ),
    '',
    `Sources: ${SMS_VERIFIERS.map((f) => `${period(f)}: ${f.sources.join('; ')}`).join(' — ')}.`,
    '',
    '### Code validity',
    '',
    '| in force | hours | sources |',
    '| --- | --- | --- |',
    ...SMS_CODE_VALIDITY.map((f) => `| ${period(f)} | ${f.hours} | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`),
    '',
    `The step's \`deadline\` is \`progress.submittedToAdminAt\` + the validity; the code arrives about ${SMS_ARRIVAL.typicalMinutes} minutes`,
    'after submission (`expectedAt`) and is resent once at 12:00 Beijing time the next day (`resendAt`).',
    'When the user recorded when the code was sent (`progress.smsSentAtByMobile[mobile]`, else `progress.smsSentAt`),',
    'the deadline, `expectedAt` and `resendAt` run from that time instead, with the validity in force on the sent day.',
    '',
    '### Verification site',
    '',
    '| in force | site | sources |',
    '| --- | --- | --- |',
    ...SMS_SITES.map((f) => {
      const where = f.url ?? Object.entries(f.hosts ?? {}).map(([id, host]) => `${provinceById(id)?.en ?? id}: ${host}`).join(', ');
      return `| ${period(f)} | ${cell(where)} | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`;
    }),
    '',
    'A province in the pilot before any dated site covers it (the provinces added in 2018-09, before',
    '2019) gets the nearest later site, flagged `site.approximate`.',
    '',
    '### Sender numbers',
    '',
    '| in force | senders | sources |',
    '| --- | --- | --- |',
    ...SMS_SENDERS.map((f) => `| ${period(f)} | ${cell(f.senders.map((s) => `${s.carrier.en}: ${s.number ?? 'no fixed number'}`).join(', '))} | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`),
    '',
    '### What to enter',
    '',
    '| in force | verification page | resend page |',
    '| --- | --- | --- |',
    ...SMS_ENTRY.map((f) => `| ${period(f)} | ${cell(f.enter.map((e) => e.en).join(', '))} | ${cell(f.resend.map((e) => e.en).join(', '))} |`),
    '',
    'HK/Macau permit holders enter the last 6 characters of the permit number; in Zhejiang the HK/Macau',
    'ID number on the back, with full-width brackets (567（8）). `idLast6` is filled from the draft for',
    'resident ID numbers.',
    '',
    '## Identity verification of the website principal',
    '',
    '| in force | method | when | sources |',
    '| --- | --- | --- | --- |',
    ...PHOTO_METHODS.map((f) => `| ${period(f)} | ${f.method} | ${f.timing} | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`),
    ...SHCA_APP.map((f) => `| ${period(f)}, Shanghai only | SHCA app (\`shca-app-verification\`) | after-provider-review | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`),
    '',
    'One step per distinct website principal (by mobile, else ID number).',
    '',
    '## Document upload',
    '',
    '| in force | formats | size | sources |',
    '| --- | --- | --- | --- |',
    ...UPLOAD_REQUIREMENTS.map(
      (f) =>
        `| ${period(f)} | ${f.formats.join(', ')} | ${[f.minKB ? `> ${f.minKB} KB` : '', f.maxMB ? `≤ ${f.maxMB} MB` : ''].filter(Boolean).join(', ') || '—'} | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`,
    ),
    '',
    '### Document checklist',
    '',
    'The step carries `documents`: the checklist of this filing (src/documents/checklist.ts), each item with',
    'why, sources, `need` (`required`, or `conditional` with `when` when the draft cannot tell) and the',
    "user's tick (`progress.documents.ticked[itemId]`). The subject's certificate (units), the latest ID",
    'card of every distinct principal, the authenticity statement, pre-approval documents per website with',
    "`preApproval` set, and a 授权书 for every website principal who is not the subject principal, plus one",
    "for the subject principal unless the user answered that they are the legal representative",
    "(`progress.documents.legalRep`; required when answered no, conditional when unanswered). Provinces",
    `that name the 授权书: ${provinceList(Object.keys(AUTHORISATION_PROVINCES))}; Beijing adds the legal representative's ID card.`,
    'Non-local individuals get a residence proof where the province asks for one (required when the ID',
    'number shows another province, conditional when it is unknown). Domain certificates:',
    ...Object.entries(DOMAIN_CERTIFICATES).map(([id, r]) => `- ${provinceById(id)?.en ?? id}: from ${r.minDomains} domain${r.minDomains > 1 ? 's' : ''}, one per domain (${cell(r.source)})`),
    '',
    '| province | extra document | in force | applies to | sources |',
    '| --- | --- | --- | --- | --- |',
    ...PROVINCE_EXTRAS.map(
      (x) =>
        `| ${provinceById(x.province)?.en ?? x.province} | ${cell(x.title.zh)} (\`province:${x.id}\`) | ${period(x)} | ${[x.subjects ?? 'all subjects', x.filingTypes ? x.filingTypes.join(', ') : '', x.minWebsites ? `≥ ${x.minWebsites} websites` : ''].filter(Boolean).join('; ')} | ${cell(x.sources.join('; '))} |`,
    ),
    '',
    '### Agreements at submission',
    '',
    ...SUBMISSION_AGREEMENTS.map(
      (f) =>
        `- ${period(f)} (not for a claim): the step's requirements end with ticking the Commitment Letter for ICP Filing (ICP备案承诺书) and the Information Security Management Agreement (信息安全管理协议) before submitting for the preliminary review (${cell(f.sources.join('; '))}).`,
    ),
    '- Not sourced, so not encoded: the letters\' wording, whether the agreement is signed and uploaded (other than the',
    '  province 承诺书 above), whether providers other than Alibaba Cloud ask for the tick, and the practice before that date.',
    '',
    '## Timelines',
    '',
    '| what | value | sources |',
    '| --- | --- | --- |',
    ...PROVIDER_REVIEW.map((f) => `| provider review, ${period(f)} | ${f.minWorkingDays}-${f.maxWorkingDays} working days | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`),
    ...ADMIN_REVIEW.map((f) => `| administration review, ${period(f)} | ${f.minWorkingDays}-${f.maxWorkingDays} working days | ${cell(f.sources.join('; '))}${cell(conflict(f))} |`),
    `| order validity (\`order-validity\` deadline) | ${ORDER_VALIDITY.days} days from \`progress.orderCreatedAt\` | ${cell(ORDER_VALIDITY.sources.join('; '))} |`,
    `| PSB filing (\`psb-filing\` deadline) | ${PSB_FILING.days} days from \`progress.siteOpenedAt\` | ${cell(PSB_FILING.sources.join('; '))} |`,
    '',
    'Working-day windows (`expected.earliest/latest` of `admin-review`) skip weekends only; public',
    'holidays are not modelled, so they are labelled estimates.',
    '',
    '## Domain readiness and after approval',
    '',
    '- `domain-readiness` (fill stage; new, new-website, transfer, change-website; from 2018-01-01): holder = subject',
    '  (an individual: the person), real-name verified, more than 3 months left, privacy protection off (required in',
    '  Shanghai, Tianjin, Sichuan), wait 3-5 working days after real-name verification, site closed until approved',
    '  (Henan: no DNS records). Done once the filing was submitted.',
    '- `transfer-update-first` (transfers): changed details are updated at the previous provider first.',
    '- `icp-number-footer` (new websites, open once `admin-review` is ticked): the number in the footer linked to',
    `  ${FOOTER.url} (Guangdong: without the \`-N\` suffix).`,
    `- \`keep-filing-current\` (reminder): changes ${KEEP_CURRENT.changeDaysAhead} days ahead, corrections within ${KEEP_CURRENT.correctionWorkingDays} working days.`,
    '',
    'Steps of the fill stage are checklists: they never block later steps nor decide the current stage.',
    '',
    `Sources: ${cell([...DOMAIN_READINESS.sources.general, ...DOMAIN_READINESS.sources.privacy, ...DOMAIN_READINESS.sources.wait, ...DOMAIN_READINESS.sources.closed, ...FOOTER.sources, ...KEEP_CURRENT.sources, ...TRANSFER_UPDATE_FIRST.sources].join('; '))}`,
    '',
    '## Provinces',
    '',
    `The province comes from \`subject.province\` (full, short or English name, or the two-letter id of ${PROVINCES.length} provinces).`,
    '',
    '## The draft checker',
    '',
    '`npm run check-draft -- FILE [--as-of YYYY-MM-DD] [--format json|text] [--lang en|zh] [--outstanding]` (FILE `-` reads',
    'stdin) validates a draft file (CONTRACT.md) with `DraftFileSchema`, reads its optional `progress`',
    '(StepProgress), runs `runRules` and `planSteps` as of the day (default: today in Beijing) and prints one',
    'JSON object: `{"asOf","filingType","findings":[...],"steps":[...]}`. Findings and steps are printed whole',
    '(at most 5 findings of a rule per field and 20 per rule; the rest are counted in `omittedFindings`); input must be',
    'UTF-8 (a BOM is fine; GBK or UTF-16 is refused), with website indexes below 50.',
    '(rule/field/severity and id at top level); all steps are listed with `done`; `--outstanding` keeps only those not done.',
    'With `--as-of`, deadlines are judged at the start of that Beijing day. A valid draft exits 0 whatever it finds; bad input exits 1',
    '(file) or 2 (command line) with one line on stderr naming the file and the JSON path of the problem.',
    'The project `.npmrc` sets `loglevel=silent` because npm 11 prints its `> icp-filing-helper@0.1.0',
    'check-draft` banner on stdout otherwise.',
    '',
  );
  return out.join('\n');
}
