import { render } from 'preact';
import type { Lang } from '../domain/localized';
import type { RestoreCandidate, RestoreReport } from '../drafts/messages';

/**
 * The drafts' in-page UI: an unobtrusive restore prompt and a notice for storage problems.
 * One host element carrying `data-icp-helper`, with an open shadow root so page CSS cannot
 * reach it (and the form session ignores it).
 */

const T = {
  found: { zh: '发现已保存的备案草稿', en: 'A saved filing draft was found' },
  fieldsHere: { zh: '本页可恢复 {n} 项', en: '{n} field(s) for this page' },
  updated: { zh: '更新于 {t}', en: 'updated {t}' },
  restoreAll: { zh: '全部恢复', en: 'Restore all' },
  dismiss: { zh: '忽略', en: 'Dismiss' },
  choose: { zh: '选择草稿', en: 'Choose draft' },
  working: { zh: '正在恢复…', en: 'Restoring…' },
  restored: { zh: '已恢复 {n} 项。', en: 'Restored {n} field(s).' },
  failed: { zh: '{n} 项无法填写：', en: '{n} field(s) could not be filled:' },
  conflicts: {
    zh: '{n} 项在页面上已有不同的值（您在保存草稿后填写的），未覆盖：',
    en: '{n} field(s) already hold a different value on the page (typed after the draft was saved) and were not overwritten:',
  },
  page: { zh: '页面', en: 'page' },
  draft: { zh: '草稿', en: 'draft' },
  overwrite: { zh: '用草稿覆盖这些项', en: 'Overwrite with the draft' },
  close: { zh: '关闭', en: 'Close' },
  saveFailed: { zh: '草稿未能保存', en: 'The draft could not be saved' },
  retrying: { zh: '将自动重试；请勿关闭页面。', en: 'Retrying automatically; keep this page open.' },
  restoreOne: { zh: '恢复', en: 'Restore' },
  pickFields: { zh: '选择字段', en: 'Choose fields' },
  restoreSelected: { zh: '恢复所选 ({n})', en: 'Restore selected ({n})' },
} as const;

function t(key: keyof typeof T, lang: Lang, vars: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export interface Conflict {
  key: string;
  page: string;
  draft: string;
}

export interface PromptState {
  candidates: RestoreCandidate[];
  selectedId: string;
  phase: 'offer' | 'working' | 'result';
  choosing?: boolean;
  /** The chosen draft's values for this page's fields, when the user picks fields one by one. */
  fields?: { key: string; value: string }[];
  picked?: string[];
  report?: RestoreReport;
  conflicts?: Conflict[];
}

export interface NoticeState {
  message: string;
  transient: boolean;
}

export interface UiState {
  lang: Lang;
  prompt?: PromptState;
  notice?: NoticeState;
}

export interface UiActions {
  restore(draftId: string): void;
  overwrite(draftId: string, keys: string[]): void;
  select(draftId: string): void;
  toggleChoose(): void;
  toggleFields(draftId: string): void;
  pick(key: string): void;
  restoreKeys(draftId: string, keys: string[]): void;
  dismiss(): void;
  closeNotice(): void;
}

const CSS = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: 340px; max-height: 70vh; overflow: auto;
  font: 13px/1.5 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328;
  background: #fff; border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; }
.box + .box { bottom: auto; top: 16px; }
.title { font-weight: 600; margin: 0 0 4px; }
.meta { color: #57606a; font-size: 12px; }
.row { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
button { font: inherit; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 4px 10px; cursor: pointer; color: inherit; }
button.primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
ul { margin: 6px 0 0; padding-left: 18px; }
li { margin: 2px 0; word-break: break-all; }
code { font-size: 12px; background: #f6f8fa; padding: 0 3px; border-radius: 3px; }
label.cand { display: block; margin: 4px 0; cursor: pointer; }
.error { border-color: #cf222e; }
.error .title { color: #cf222e; }
`;

function Prompt({ s, lang, a }: { s: PromptState; lang: Lang; a: UiActions }) {
  const chosen = s.candidates.find((c) => c.id === s.selectedId) ?? s.candidates[0];
  if (!chosen) return null;
  if (s.phase === 'working') {
    return (
      <div class="box" role="status" data-icp-restore-prompt="working">
        {t('working', lang)}
      </div>
    );
  }
  if (s.phase === 'result' && s.report) {
    const r = s.report;
    const conflicts = s.conflicts ?? [];
    return (
      <div class="box" role="status" data-icp-restore-prompt="result">
        <p class="title">{t('restored', lang, { n: r.filled.length })}</p>
        {r.failed.length > 0 && (
          <div data-icp-restore-failed>
            {t('failed', lang, { n: r.failed.length })}
            <ul>
              {r.failed.map((f) => (
                <li key={f.key}>
                  <code>{f.key}</code> — {f.reason}
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
                  <code>{c.key}</code>: {t('page', lang)} “{c.page}” / {t('draft', lang)} “{c.draft}”{' '}
                  <button type="button" data-icp-action="overwrite-one" onClick={() => a.overwrite(chosen.id, [c.key])}>
                    {t('restoreOne', lang)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="row">
          {conflicts.length > 0 && (
            <button type="button" class="primary" data-icp-action="overwrite" onClick={() => a.overwrite(chosen.id, conflicts.map((c) => c.key))}>
              {t('overwrite', lang)}
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
    <div class="box" role="dialog" aria-label={t('found', lang)} data-icp-restore-prompt="offer">
      <p class="title">{t('found', lang)}</p>
      <div>
        <strong data-icp-draft-name>{chosen.name}</strong>
      </div>
      <div class="meta">
        {t('fieldsHere', lang, { n: chosen.overlap })} · {t('updated', lang, { t: formatTime(chosen.updatedAt, lang) })}
      </div>
      {s.choosing && (
        <div role="radiogroup" data-icp-draft-choices>
          {s.candidates.map((c) => (
            <label class="cand" key={c.id}>
              <input type="radio" name="icp-draft" checked={c.id === chosen.id} onChange={() => a.select(c.id)} data-icp-draft-id={c.id} />{' '}
              {c.name} <span class="meta">({formatTime(c.updatedAt, lang)}, {c.overlap})</span>
            </label>
          ))}
        </div>
      )}
      {s.fields && (
        <div data-icp-field-choices>
          {s.fields.map((f) => (
            <label class="cand" key={f.key}>
              <input type="checkbox" checked={s.picked?.includes(f.key) ?? false} onChange={() => a.pick(f.key)} data-icp-field-key={f.key} />{' '}
              <code>{f.key}</code> {f.value}
            </label>
          ))}
          <div class="row">
            <button
              type="button"
              data-icp-action="restore-selected"
              disabled={!s.picked?.length}
              onClick={() => a.restoreKeys(chosen.id, s.picked ?? [])}
            >
              {t('restoreSelected', lang, { n: s.picked?.length ?? 0 })}
            </button>
          </div>
        </div>
      )}
      <div class="row">
        <button type="button" class="primary" data-icp-action="restore-all" onClick={() => a.restore(chosen.id)}>
          {t('restoreAll', lang)}
        </button>
        {s.candidates.length > 1 && (
          <button type="button" data-icp-action="choose" aria-expanded={s.choosing ? 'true' : 'false'} onClick={a.toggleChoose}>
            {t('choose', lang)}
          </button>
        )}
        <button type="button" data-icp-action="pick-fields" aria-expanded={s.fields ? 'true' : 'false'} onClick={() => a.toggleFields(chosen.id)}>
          {t('pickFields', lang)}
        </button>
        <button type="button" data-icp-action="dismiss" onClick={a.dismiss}>
          {t('dismiss', lang)}
        </button>
      </div>
    </div>
  );
}

function Notice({ n, lang, a }: { n: NoticeState; lang: Lang; a: UiActions }) {
  return (
    <div class="box error" role="alert" data-icp-drafts-notice={n.transient ? 'retrying' : 'error'}>
      <p class="title">{t('saveFailed', lang)}</p>
      <div>{n.message}</div>
      <div class="meta">{t('retrying', lang)}</div>
      <div class="row">
        <button type="button" data-icp-action="close-notice" onClick={a.closeNotice}>
          {t('close', lang)}
        </button>
      </div>
    </div>
  );
}

function formatTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

/** Mounts the host lazily (nothing is added to the page until there is something to show). */
export class DraftsUi {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;

  constructor(
    private readonly doc: Document,
    private readonly actions: UiActions,
  ) {}

  update(state: UiState): void {
    if (!state.prompt && !state.notice) {
      if (this.root) render(null, this.root);
      this.host?.remove();
      this.host = undefined;
      this.root = undefined;
      return;
    }
    if (!this.host || !this.host.isConnected) {
      this.host = this.doc.createElement('div');
      this.host.setAttribute('data-icp-helper', 'drafts');
      // Zero-sized fixed layer at the top: the page's layout never moves.
      for (const [p, v] of [['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['z-index', '2147483647']]) {
        this.host.style.setProperty(p!, v!, 'important');
      }
      this.root = this.host.attachShadow({ mode: 'open' });
    }
    // Last in <html>: above the inline warnings layer (same z-index) where they overlap.
    if (this.doc.documentElement.lastElementChild !== this.host) this.doc.documentElement.appendChild(this.host);
    render(
      <>
        <style>{CSS}</style>
        {state.prompt && <Prompt s={state.prompt} lang={state.lang} a={this.actions} />}
        {state.notice && <Notice n={state.notice} lang={state.lang} a={this.actions} />}
      </>,
      this.root!,
    );
  }

  destroy(): void {
    if (this.root) render(null, this.root);
    this.host?.remove();
  }
}
