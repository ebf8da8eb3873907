import { useState } from 'preact/hooks';
import type { FilingSection } from '../../drafts/merge-split';
import type { DraftSummary } from '../../drafts/types';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n-context';
import type { StringKey } from '../strings';

const PAGE = 20;

interface Props {
  drafts: DraftSummary[];
  selectedId: string | null;
  canRestore: boolean;
  onOpen(id: string): void;
  onRestore(id: string): void;
  onRename(id: string, name: string): void;
  onDelete(id: string): void;
  onExport(id: string): void;
  /** Opens the passphrase dialog for an encrypted export of the draft. */
  onExportEncrypted?(id: string): void;
  onImport(file: File): void;
  importProblems: string[] | null;
  needsPassphrase: boolean;
  onPassphrase(passphrase: string): void;
  notice: { text: string; undoId?: string } | null;
  onUndo(id: string): void;
  /** Merge `sourceId` into `targetId`. */
  onMerge(targetId: string, sourceId: string): void;
  /** The parts of the selected draft that could be split off (subject, websites with their names). */
  splitParts: { section: FilingSection; name?: string }[];
  onSplit(id: string, sections: FilingSection[]): void;
}

/** Saved drafts: open, restore into the page, rename, merge, split off, delete (undo), export, import. */
export function DraftsPanel(p: Props) {
  const { tr } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const [renaming, setRenaming] = useState<string | null>(null);
  /** The draft whose merge or split form is open. */
  const [merging, setMerging] = useState<string | null>(null);
  const [splitting, setSplitting] = useState<string | null>(null);
  const partLabel = (part: { section: FilingSection; name?: string }): string =>
    part.section === 'subject' ? tr('sectionSubject') : `${tr('sectionWebsite', { n: part.section + 1 })}${part.name ? `（${part.name}）` : ''}`;
  const [filter, setFilter] = useState('');
  const q = filter.trim().toLowerCase();
  const list = q
    ? p.drafts.filter((d) => [d.name, d.subjectName, d.domain].some((s) => s?.toLowerCase().includes(q)))
    : p.drafts;

  return (
    <section class="card" aria-labelledby="icp-drafts-h" data-icp-drafts>
      <h2 id="icp-drafts-h">
        {tr('drafts')} <span class="count">({p.drafts.length})</span>
      </h2>
      {p.notice && (
        <div class="notice row wrap" role="status" data-icp-notice>
          <span class="grow">{p.notice.text}</span>
          {p.notice.undoId && (
            <button type="button" onClick={() => p.onUndo(p.notice!.undoId!)} data-icp-action="undo-delete">
              {tr('undo')}
            </button>
          )}
        </div>
      )}
      {p.importProblems && (
        <div class="error-box" role="alert" data-icp-import-errors>
          <p>{tr('importFailed')}</p>
          <ul>
            {p.importProblems.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {p.needsPassphrase && (
        <form
          class="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            const pass = String(new FormData(e.currentTarget as HTMLFormElement).get('passphrase') ?? '');
            if (pass) p.onPassphrase(pass);
          }}
        >
          <label for="icp-import-pass">{tr('passphrase')}</label>
          <input id="icp-import-pass" name="passphrase" type="password" class="grow" autoComplete="off" autoFocus />
          <button type="submit">{tr('import')}</button>
        </form>
      )}
      <div class="row wrap">
        <label class="file-button">
          <input
            type="file"
            accept=".json,application/json"
            data-icp-import
            class="visually-hidden-input"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) p.onImport(file);
              input.value = '';
            }}
          />
          <span>{tr('import')}</span>
        </label>
        {p.drafts.length > PAGE && (
          <input
            type="search"
            class="grow"
            aria-label={tr('switchDraft')}
            placeholder={tr('switchDraft')}
            value={filter}
            onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
          />
        )}
      </div>
      <ul class="drafts">
        {list.slice(0, shown).map((d) => (
          <li key={d.id} class={`draft${d.id === p.selectedId ? ' selected' : ''}`} data-icp-draft-id={d.id} data-icp-draft-name={d.name}>
            {renaming === d.id ? (
              <form
                class="row wrap"
                onSubmit={(e) => {
                  e.preventDefault();
                  const name = String(new FormData(e.currentTarget as HTMLFormElement).get('name') ?? '').trim();
                  if (name) p.onRename(d.id, name);
                  setRenaming(null);
                }}
              >
                <label class="visually-hidden" for={`icp-rename-${d.id}`}>
                  {tr('renameLabel')}
                </label>
                <input id={`icp-rename-${d.id}`} name="name" class="grow" defaultValue={d.name} autoFocus maxLength={120} />
                <button type="submit">{tr('save')}</button>
                <button type="button" onClick={() => setRenaming(null)}>
                  {tr('cancel')}
                </button>
              </form>
            ) : (
              <>
                <button type="button" class="draft-open link-button" onClick={() => p.onOpen(d.id)} aria-current={d.id === p.selectedId ? 'true' : undefined}>
                  {d.name}
                  {d.id === p.selectedId && <span class="visually-hidden"> {tr('selected')}</span>}
                </button>
                <p class="meta">
                  {tr(`type.${d.filingType}` as StringKey)}
                  {d.domain ? ` · ${d.domain}` : ''} · {tr('updated', { time: formatDateTime(d.updatedAt) })}
                </p>
                <div class="actions row wrap">
                  <button
                    type="button"
                    disabled={!p.canRestore}
                    title={p.canRestore ? undefined : tr('restoreNoPage')}
                    onClick={() => p.onRestore(d.id)}
                    data-icp-action="restore"
                  >
                    {tr('restore')}
                  </button>
                  <button type="button" onClick={() => setRenaming(d.id)} data-icp-action="rename">
                    {tr('rename')}
                  </button>
                  <button type="button" onClick={() => p.onExport(d.id)} data-icp-action="export">
                    {tr('export')}
                  </button>
                  {p.onExportEncrypted && (
                    <button type="button" onClick={() => p.onExportEncrypted?.(d.id)} data-icp-action="export-encrypted">
                      {tr('exportEncrypted')}
                    </button>
                  )}
                  {p.drafts.length > 1 && (
                    <button type="button" onClick={() => setMerging(merging === d.id ? null : d.id)} aria-expanded={merging === d.id} data-icp-action="merge">
                      {tr('mergeInto')}
                    </button>
                  )}
                  {d.id === p.selectedId && p.splitParts.length > 1 && (
                    <button type="button" onClick={() => setSplitting(splitting === d.id ? null : d.id)} aria-expanded={splitting === d.id} data-icp-action="split">
                      {tr('splitOff')}
                    </button>
                  )}
                  <button type="button" class="danger" onClick={() => p.onDelete(d.id)} data-icp-action="delete">
                    {tr('delete')}
                  </button>
                </div>
                {merging === d.id && (
                  <form
                    class="row wrap"
                    data-icp-merge-form
                    onSubmit={(e) => {
                      e.preventDefault();
                      const target = String(new FormData(e.currentTarget as HTMLFormElement).get('target') ?? '');
                      if (target) p.onMerge(target, d.id);
                      setMerging(null);
                    }}
                  >
                    <label for={`icp-merge-${d.id}`}>{tr('mergeTarget')}</label>
                    <select id={`icp-merge-${d.id}`} name="target" class="grow">
                      {p.drafts
                        .filter((o) => o.id !== d.id)
                        .map((o) => (
                          <option key={o.id} value={o.id}>
                            {o.name}
                          </option>
                        ))}
                    </select>
                    <button type="submit" data-icp-action="merge-confirm">
                      {tr('mergeAction')}
                    </button>
                    <button type="button" onClick={() => setMerging(null)}>
                      {tr('cancel')}
                    </button>
                  </form>
                )}
                {splitting === d.id && (
                  <form
                    data-icp-split-form
                    onSubmit={(e) => {
                      e.preventDefault();
                      const chosen = new FormData(e.currentTarget as HTMLFormElement).getAll('part').map(String);
                      const sections = p.splitParts.map((x) => x.section).filter((sec) => chosen.includes(String(sec)));
                      if (sections.length > 0) p.onSplit(d.id, sections);
                      setSplitting(null);
                    }}
                  >
                    <fieldset>
                      <legend>{tr('splitLegend')}</legend>
                      {p.splitParts.map((part) => (
                        <label key={String(part.section)} class="row">
                          <input type="checkbox" name="part" value={String(part.section)} data-icp-split-part={String(part.section)} />
                          {partLabel(part)}
                        </label>
                      ))}
                    </fieldset>
                    <div class="row wrap">
                      <button type="submit" data-icp-action="split-confirm">
                        {tr('splitAction')}
                      </button>
                      <button type="button" onClick={() => setSplitting(null)}>
                        {tr('cancel')}
                      </button>
                    </div>
                  </form>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {list.length > shown && (
        <button type="button" class="link-button" onClick={() => setShown(shown + PAGE * 5)}>
          … {list.length - shown}
        </button>
      )}
    </section>
  );
}
