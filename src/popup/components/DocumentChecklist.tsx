import * as z from 'zod/mini';
import { LocalizedTextSchema, type LocalizedText } from '../../domain/localized';
import type { PlannedStep, StepProgress } from '../../domain/step';
import { documentsProgress, uploadChecks, withLegalRep, withTick } from '../../documents/progress';
import { readableSourceLines } from '../../facts/source-citation';
import { useI18n } from '../i18n-context';

// The checklist the planner put on the document-upload step (src/documents/checklist.ts), read
// defensively like the other step extras: a step without it renders nothing here.
const ItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: LocalizedTextSchema,
  why: LocalizedTextSchema,
  sources: z.array(z.string()),
  need: z.enum(['required', 'conditional']),
  when: z.optional(LocalizedTextSchema),
  ticked: z.boolean(),
});
const DocumentsSchema = z.catch(z.optional(z.array(ItemSchema)), undefined);

const T = {
  heading: { zh: '需要准备的资料', en: 'Documents to prepare' },
  legalRep: { zh: '主体负责人是法定代表人吗？', en: 'Is the subject principal the legal representative?' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '不是', en: 'No' },
  unknown: { zh: '不确定', en: 'Not sure' },
  conditional: { zh: '视情况', en: 'If applicable' },
  why: { zh: '原因与来源', en: 'Why and source' },
  ready: { zh: '已准备 {n}/{total}', en: '{n} of {total} ready' },
  checked: { zh: '页面上已检查 {n} 个文件，{w} 个提醒', en: 'Checked on the page: {n} files, {w} warnings' },
} satisfies Record<string, LocalizedText>;

function fill(s: string, params: Record<string, number>): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

interface Props {
  step: PlannedStep;
  progress: StepProgress;
  /** Saves the whole progress (ticks and the legal-representative answer live in it). */
  onChange(next: StepProgress): void;
}

/** The upload step's checklist: one tick per document, why and source on demand, upload-check counts. */
export function DocumentChecklist({ step, progress, onChange }: Props) {
  const { lang, loc } = useI18n();
  const items = z.parse(DocumentsSchema, (step as Record<string, unknown>).documents);
  if (!items || items.length === 0) return null;
  const answers = documentsProgress(progress);
  const checks = Object.values(uploadChecks(progress));
  const checkedFiles = checks.reduce((n, c) => n + c.checked, 0);
  const warnings = checks.reduce((n, c) => n + c.warnings, 0);
  const ready = items.filter((i) => i.ticked).length;
  const legalRep = answers.legalRep === undefined ? 'unknown' : answers.legalRep ? 'yes' : 'no';
  const name = `icp-legal-rep-${step.key}`;
  // The background adds upload-check counts while the popup is open: never write back a stale copy.
  const save = (next: StepProgress): void => {
    const { uploadChecks: _stale, ...rest } = next;
    onChange(rest);
  };

  return (
    <section class="documents" data-icp-documents aria-labelledby={`${name}-h`}>
      <h3 id={`${name}-h`}>
        {loc(T.heading)} <span class="hint">({fill(T.ready[lang], { n: ready, total: items.length })})</span>
      </h3>
      <fieldset class="legal-rep">
        <legend>{loc(T.legalRep)}</legend>
        {(['yes', 'no', 'unknown'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={legalRep === v}
              data-icp-legal-rep={v}
              onChange={() => save(withLegalRep(progress, v === 'unknown' ? undefined : v === 'yes'))}
            />{' '}
            {loc(T[v])}
          </label>
        ))}
      </fieldset>
      <ul class="plain-list document-list">
        {items.map((item, i) => {
          const id = `icp-doc-${i}`;
          return (
            <li key={item.id} data-icp-document={item.id} data-icp-document-need={item.need}>
              <input
                type="checkbox"
                id={id}
                checked={item.ticked}
                onChange={(e) => save(withTick(progress, item.id, (e.currentTarget as HTMLInputElement).checked))}
              />{' '}
              <label for={id}>{loc(item.title)}</label>
              {item.need === 'conditional' && (
                <span class="badge muted">
                  {loc(T.conditional)}
                  {item.when ? `: ${loc(item.when)}` : ''}
                </span>
              )}
              <details>
                <summary>{loc(T.why)}</summary>
                <p>{loc(item.why)}</p>
                <ul class="sources">
                  {/* Document titles as people read them, never the internal source ids. */}
                  {readableSourceLines(item.sources, lang).map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
      {checkedFiles > 0 && (
        <p class="hint" data-icp-upload-checks>
          {fill(T.checked[lang], { n: checkedFiles, w: warnings })}
        </p>
      )}
    </section>
  );
}
