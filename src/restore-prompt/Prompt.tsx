import type { Lang } from '../domain/localized';
import { fieldName } from '../domain/field-names';
import type { Notice } from '../drafts/messages';
import { chosen, showValue, type PromptState } from './model';
import { formatTime, reasonText, t } from './strings';
import { pathOf } from './visibility';

export interface PromptActions {
  restore(draftId: string, keys?: string[]): void;
  overwrite(draftId: string, keys: string[]): void;
  /** Puts back what the page held before the last restore. */
  undo(draftId: string): void;
  confirm(): void;
  cancelConfirm(): void;
  select(draftId: string): void;
  toggleChoose(): void;
  toggleFields(draftId: string): void;
  pick(key: string): void;
  dismiss(): void;
}

export interface PromptProps {
  s: PromptState;
  lang: Lang;
  /** Where a restore fills: the page's origin and path. */
  page: string | undefined;
  a: PromptActions;
}

/** The restore prompt: offer → (confirm) → working → result (with conflicts to overwrite on request). */
export function Prompt({ s, lang, page, a }: PromptProps) {
  const draft = chosen(s);
  if (!draft) return null;
  const name = (key: string): string => fieldName(key, lang);
  const refused = s.refused ? (
    <p class="refused" role="alert" data-icp-restore-refused>
      {t('refused', lang)}
    </p>
  ) : null;
  if (s.phase === 'working') {
    return (
      <div class="box" role="status" data-icp-restore-prompt="working">
        {t('working', lang)}
      </div>
    );
  }
  if (s.phase === 'confirm' && s.confirm) {
    const question = s.confirm.otherPath
      ? t('confirmOtherPath', lang, { draftPath: pathOf(draft.url), pagePath: pathOf(page) })
      : t('confirmHere', lang, { page: page ?? draft.origin });
    return (
      <div class="box" role="alertdialog" aria-labelledby="icp-confirm-q" tabIndex={-1} data-icp-restore-prompt="confirm">
        <h1 class="title" id="icp-confirm-q" data-icp-confirm-question>
          {question}
        </h1>
        {refused}
        <div class="row">
          <button type="button" class="primary" data-icp-action="confirm-restore" onClick={a.confirm}>
            {t('confirmRestore', lang)}
          </button>
          <button type="button" data-icp-action="cancel-restore" onClick={a.cancelConfirm}>
            {t('cancel', lang)}
          </button>
        </div>
      </div>
    );
  }
  if (s.phase === 'result' && s.report) {
    const r = s.report;
    const conflicts = s.conflicts ?? [];
    const conflictKeys = new Set(conflicts.map((c) => c.key));
    // Every key not restored, with a plain reason (the conflicts are listed with their values below).
    const skipped = r.skipped.filter((x) => !conflictKeys.has(x.key));
    return (
      <div class="box" role="status" tabIndex={-1} data-icp-restore-prompt="result">
        <h1 class="title">{t(s.undone ? 'undone' : 'restored', lang, { n: r.filled.length })}</h1>
        {refused}
        {r.failed.length > 0 && (
          <div data-icp-restore-failed>
            {t(s.undone ? 'undoFailed' : 'failed', lang, { n: r.failed.length })}
            <ul>
              {r.failed.map((f) => (
                <li key={f.key} data-icp-not-restored={f.key}>
                  {name(f.key)}: {reasonText(f.reason, lang)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {skipped.length > 0 && (
          <div data-icp-restore-skipped>
            {t('skipped', lang, { n: skipped.length })}
            <ul>
              {skipped.map((f) => (
                <li key={f.key} data-icp-not-restored={f.key}>
                  {name(f.key)}: {reasonText(f.reason, lang)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {conflicts.length > 0 && (
          <div data-icp-restore-conflicts>
            {t('conflicts', lang, { n: conflicts.length })}
            <ul>
              {conflicts.map((c) => (
                <li key={c.key} data-icp-conflict={c.key}>
                  {name(c.key)}: {t('page', lang)} “{showValue(c.page)}” / {t('draft', lang)} “{showValue(c.draft)}”{' '}
                  <button type="button" data-icp-action="overwrite-one" onClick={() => a.overwrite(draft.id, [c.key])}>
                    {t('restoreOne', lang)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="row">
          {conflicts.length > 0 && (
            <button type="button" class="primary" data-icp-action="overwrite" onClick={() => a.overwrite(draft.id, conflicts.map((c) => c.key))}>
              {t('overwrite', lang)}
            </button>
          )}
          {!s.undone && r.filled.length > 0 && (
            <button type="button" data-icp-action="undo-restore" onClick={() => a.undo(draft.id)}>
              {t('undo', lang)}
            </button>
          )}
          <button type="button" data-icp-action="close" onClick={a.dismiss}>
            {t('close', lang)}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="box" role="dialog" aria-labelledby="icp-found" tabIndex={-1} data-icp-restore-prompt="offer">
      <h1 class="title" id="icp-found">
        {t('found', lang)}
      </h1>
      <div>
        <strong data-icp-draft-name>{draft.name}</strong>
      </div>
      <div class="meta">
        {t('fieldsHere', lang, { n: draft.overlap })} · {t('updated', lang, { t: formatTime(draft.updatedAt, lang) })}
      </div>
      {page && (
        <div class="meta" data-icp-restore-target>
          {t('fillsInto', lang)} <span class="where">{page}</span>
        </div>
      )}
      {refused}
      {s.choosing && (
        <div role="radiogroup" aria-label={t('choose', lang)} data-icp-draft-choices>
          {s.candidates.map((c) => (
            <label class="cand" key={c.id}>
              <input type="radio" name="icp-draft" checked={c.id === draft.id} onChange={() => a.select(c.id)} data-icp-draft-id={c.id} />{' '}
              {c.name} <span class="meta">({formatTime(c.updatedAt, lang)}, {c.overlap})</span>
            </label>
          ))}
        </div>
      )}
      {s.fields && (
        <div data-icp-field-choices>
          <div class="fields" role="group" aria-label={t('pickFields', lang)}>
            {s.fields.map((f) => (
              <label class="cand" key={f.key}>
                <input type="checkbox" checked={s.picked?.includes(f.key) ?? false} onChange={() => a.pick(f.key)} data-icp-field-key={f.key} />{' '}
                <span class="fname">{name(f.key)}</span> <span class="meta">{f.value}</span>
              </label>
            ))}
          </div>
          <div class="row sticky">
            <button type="button" data-icp-action="restore-selected" disabled={!s.picked?.length} onClick={() => a.restore(draft.id, s.picked ?? [])}>
              {t('restoreSelected', lang, { n: s.picked?.length ?? 0 })}
            </button>
          </div>
        </div>
      )}
      <div class="row">
        <button type="button" class="primary" data-icp-action="restore-all" onClick={() => a.restore(draft.id)}>
          {t('restoreAll', lang)}
        </button>
        {s.candidates.length > 1 && (
          <button type="button" data-icp-action="choose" aria-expanded={s.choosing ? 'true' : 'false'} onClick={a.toggleChoose}>
            {t('choose', lang)}
          </button>
        )}
        <button type="button" data-icp-action="pick-fields" aria-expanded={s.fields ? 'true' : 'false'} onClick={() => a.toggleFields(draft.id)}>
          {t('pickFields', lang)}
        </button>
        <button type="button" data-icp-action="dismiss" onClick={a.dismiss}>
          {t('dismiss', lang)}
        </button>
      </div>
    </div>
  );
}

/** A storage problem of autosave (`retrying`: the worker was away; `error`: storage refused). */
export function NoticeView({ n, lang, onClose }: { n: Notice; lang: Lang; onClose: () => void }) {
  const unseen = n.kind === 'unseen-input';
  return (
    <div class="box error" role="alert" data-icp-drafts-notice={n.kind ?? (n.transient ? 'retrying' : 'error')}>
      <h1 class="title">{t(unseen ? 'unseenTitle' : 'saveFailed', lang)}</h1>
      <div>{unseen ? t('unseenBody', lang) : n.message}</div>
      {!unseen && <div class="meta">{t('retrying', lang)}</div>}
      <div class="row">
        <button type="button" data-icp-action="close-notice" onClick={onClose}>
          {t('close', lang)}
        </button>
      </div>
    </div>
  );
}
