import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../domain/localized';
import type { Finding } from '../domain/finding';
import type { PlannedStep, StepProgress } from '../domain/step';
import type { DraftRecord, DraftSummary } from '../drafts/types';
import { browserLang } from '../i18n/lang';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, resolveLang } from '../settings/settings';
import { DraftsPanel } from './components/DraftsPanel';
import { ExportDialog } from './components/ExportDialog';
import { KeyDates, type DateKey } from './components/KeyDates';
import { NextStep } from './components/NextStep';
import { PageWarnings } from './components/PageWarnings';
import { ProcessBar } from './components/ProcessBar';
import { SiteToggle } from './components/SiteToggle';
import { StepCard } from './components/StepCard';
import { DocumentChecklist } from './components/DocumentChecklist';
import { DraftMeta, DraftSwitcher, PopupHeader, type ChoiceReason } from './components/DraftSwitcher';
import { downloadText } from './download';
import { LangContext } from './i18n-context';
import { errorCount, flaggedInputs, nextUp, progressWithKnownDates } from './next-step';
import { chooseDraft, pickInitialDraft } from './select-draft';
import { pageTabOf, tabParam } from './active-tab';
import { PAGE_DRAFT_WAIT_MS, within } from './within';
import { markReady } from './ready';
import type { ActiveTab, PageSummary, PopupServices, SiteState } from './services-types';
import { t, type StringKey } from './strings';
import { IMPORT_LIMITS } from '../drafts/import-limits';
import { sectionsOf, type FilingSection } from '../drafts/merge-split';
import { opensEagerly } from '../drafts/summary';

interface Props {
  services: PopupServices;
  /** `location.search` of popup.html (`?draft=ID` selects a draft; CONTRACT.md). */
  search: string;
  /** What the first render (src/popup-first/) already chose and showed: taken over as is. */
  initial?: PopupInitial;
}

/** The state the full popup starts from when it takes over from the first render. */
export interface PopupInitial {
  lang: Lang;
  tab: ActiveTab | null;
  reason: ChoiceReason;
  draft: DraftRecord | null;
  summaries: DraftSummary[];
  /** The chosen draft when it is too large to load unasked. */
  large?: DraftSummary | null;
}

const SWITCHER_MAX = 50;

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A website's name (or first domain), so the user can tell the parts apart when splitting. */
function websiteName(fields: DraftRecord['fields'], section: FilingSection): { name?: string } {
  if (section === 'subject') return {};
  const at = section === 0 ? 'website.' : `website[${section}].`;
  const v = fields[`${at}name`] ?? fields[`${at}domains`];
  const name = typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined;
  return name?.trim() ? { name: name.trim().slice(0, 40) } : {};
}

export function PopupApp({ services: svc, search, initial }: Props) {
  const [lang, setLang] = useState<Lang>(() => initial?.lang ?? resolveLang(DEFAULT_SETTINGS.language, browserLang()));
  const [loaded, setLoaded] = useState(initial !== undefined);
  const [summaries, setSummaries] = useState<DraftSummary[]>(initial?.summaries ?? []);
  const [listLoaded, setListLoaded] = useState(initial !== undefined);
  /** Why the shown draft was picked (the page's, or the most recent); cleared on a switch. */
  const [reason, setReason] = useState<ChoiceReason>(initial?.reason ?? 'none');
  /** Progress writes in flight (`data-icp-saving` on the draft; tests wait for 0). */
  const [saving, setSaving] = useState(0);
  const [draft, setDraft] = useState<DraftRecord | null>(initial?.draft ?? null);
  const [missingId, setMissingId] = useState<string | null>(null);
  /** The chosen draft is too large to load unasked: shown as a button instead. */
  const [large, setLarge] = useState<DraftSummary | null>(initial?.large ?? null);
  const [tab, setTab] = useState<ActiveTab | null>(initial?.tab ?? null);
  const [page, setPage] = useState<PageSummary | null>(null);
  const [site, setSite] = useState<SiteState | null>(null);
  const [siteNote, setSiteNote] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; undoId?: string } | null>(null);
  const [importProblems, setImportProblems] = useState<string[] | null>(null);
  // An encrypted file waiting for its passphrase (kept in memory only, never stored).
  const [pendingImport, setPendingImport] = useState<{ text: string; name: string } | null>(null);
  // The draft whose encrypted export asks for a passphrase (the passphrase stays in the dialog).
  const [encrypting, setEncrypting] = useState<DraftSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tr = useCallback((k: StringKey, p?: Record<string, string | number>) => t(lang, k, p), [lang]);

  const openDraft = useCallback(
    async (id: string | null) => {
      if (!id) {
        setDraft(null);
        return;
      }
      const d = await svc.getDraft(id);
      setLarge(null);
      setDraft(d ?? null);
      setMissingId(d ? null : id);
    },
    [svc],
  );

  // First load: settings and the tab in parallel, then ONE draft chosen by indexed lookups.
  useEffect(() => {
    let cancelled = false;
    const params = new URLSearchParams(search);
    const queryId = params.get('draft');
    void (async () => {
      try {
        // Critical path: settings, the tab, and ONE draft. The list of all drafts loads after
        // the first render (below), so readiness does not grow with the number of drafts.
        // Taking over from the first render: those are known already.
        let active = initial?.tab ?? null;
        if (!initial) {
          const [settings, found] = await Promise.all([
            loadSettings().catch(() => DEFAULT_SETTINGS),
            svc.activeTab(tabParam(params)).catch(() => null),
          ]);
          if (cancelled) return;
          active = found;
          setLang(resolveLang(settings.language, browserLang()));
          setTab(active);
        }
        // Extension pages (the popup opened as a tab) have no content script; anything else may.
        const pageTab = pageTabOf(active, location.origin);
        const pagePromise = pageTab !== null ? svc.pageSummary(pageTab).catch(() => null) : Promise.resolve(null);
        void pagePromise.then((s) => !cancelled && setPage(s));
        if (active?.origin) void svc.siteState(active).then((s) => !cancelled && setSite(s), () => undefined);
        if (initial) return;
        // The page's own draft wins over "most recent", but never hold the popup up for it.
        const pageDraftId =
          queryId || pageTab === null ? null : await within(svc.pageDraftId(pageTab).catch(() => null), PAGE_DRAFT_WAIT_MS, null);
        const choice = await pickInitialDraft({
          queryId,
          pageDraftId,
          pageOrigin: active?.origin ?? null,
          exists: async (id) => (await svc.getSummary(id)) !== undefined,
          latestForOrigin: (origin) => svc.latestDraftId(origin),
          latest: () => svc.latestDraftId(),
        });
        if (!cancelled) setReason(choice.reason);
        // Only its summary first: a huge draft (an import) is not loaded until the user asks.
        const summary = choice.id ? await svc.getSummary(choice.id) : undefined;
        if (summary && !opensEagerly(summary)) setLarge(summary);
        else await openDraft(choice.id);
      } catch (e) {
        setError(errText(e));
      } finally {
        if (!cancelled) setLoaded(true);
      }
    })();
    return () => {
      cancelled = true;
    };
    // `initial` is read once, at mount (the takeover).
  }, [svc, search, openDraft]);

  // After the first render: every draft's summary, for the switcher and the drafts list.
  useEffect(() => {
    if (!loaded || listLoaded) return;
    void svc.listDrafts().then(
      (list) => {
        setSummaries(list);
        setListLoaded(true);
      },
      (e: unknown) => setError(errText(e)),
    );
  }, [loaded, listLoaded, svc]);

  useLayoutEffect(() => {
    if (listLoaded) document.documentElement.dataset.icpDraftsReady = '1';
  }, [listLoaded]);

  useEffect(() => onSettingsChanged((s) => setLang(resolveLang(s.language, browserLang()))), []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'appName');
  }, [lang]);

  const asOf = useMemo(() => new Date(), [draft]);
  // Dates the draft knows (the order's creation) fill in where the user gave none.
  const known = useMemo(() => (draft ? progressWithKnownDates(draft) : null), [draft]);
  const steps: PlannedStep[] | null = useMemo(() => {
    if (!draft || !known) return null;
    try {
      return svc.planSteps({ ...draft, progress: known.progress }, asOf);
    } catch (e) {
      console.warn('[icp-helper] planner failed', e);
      return null;
    }
  }, [svc, draft, known, asOf]);
  // The rules over the draft (after the first render): steps flag the inputs they depend on.
  const [draftFindings, setDraftFindings] = useState<Finding[] | null>(null);
  useEffect(() => {
    setDraftFindings(null);
    if (!draft) return;
    let stale = false;
    svc.checkDraft(draft, asOf).then((f) => !stale && setDraftFindings(f), () => undefined);
    return () => {
      stale = true;
    };
  }, [svc, draft, asOf]);
  // The page's findings count when the page is this draft's; otherwise the draft's own.
  const pageFindings = page && reason === 'page' ? page.findings : null;
  const errors = errorCount(pageFindings, draftFindings);
  const process = useMemo(() => {
    if (!draft || !steps) return null;
    try {
      return svc.stages(draft, steps, asOf, errors);
    } catch {
      return null;
    }
  }, [svc, draft, steps, asOf, errors]);

  // Readiness mark for tests and the benchmark: steps (or the empty state) are in the DOM.
  useLayoutEffect(() => {
    if (loaded) markReady();
  }, [loaded]);

  const refreshList = useCallback(async () => setSummaries(await svc.listDrafts()), [svc]);

  const saveProgress = useCallback(
    async (next: StepProgress) => {
      if (!draft) return;
      const id = draft.id;
      setDraft({ ...draft, progress: next });
      setSaving((n) => n + 1);
      try {
        await svc.saveProgress(id, next);
      } catch (e) {
        setError(errText(e));
        void openDraft(id);
      } finally {
        setSaving((n) => n - 1);
      }
    },
    [draft, svc, openDraft],
  );

  const onToggle = (step: PlannedStep, done: boolean): void => {
    if (!draft) return;
    void saveProgress({ ...draft.progress, done: { ...draft.progress.done, [step.key]: done } });
  };

  const onDate = (key: DateKey, iso: string | undefined): void => {
    if (!draft) return;
    const next: StepProgress = { ...draft.progress };
    if (iso) next[key] = iso;
    else delete next[key];
    void saveProgress(next);
  };

  const onScroll = (field: string): void => {
    if (tab) void svc.scrollToField(tab.tabId, field).catch((e: unknown) => setError(errText(e)));
  };

  const onRestore = async (id: string): Promise<void> => {
    if (!tab) return;
    try {
      const r = await svc.restore(tab.tabId, id);
      const summary = t(lang, 'restoreResult', { filled: r.filled, failed: r.failed, skipped: r.skipped });
      const details = r.problems.slice(0, 5).map((p) => `${p.key}: ${p.reason}`);
      setNotice({ text: [summary, ...details].join('\n') });
    } catch (e) {
      setNotice({ text: t(lang, 'restoreFailed', { error: errText(e) }) });
    }
  };

  const onDelete = async (id: string): Promise<void> => {
    const name = summaries.find((s) => s.id === id)?.name ?? id;
    try {
      await svc.remove(id);
      const list = await svc.listDrafts();
      setSummaries(list);
      setNotice({ text: t(lang, 'deleted', { name }), undoId: id });
      if (draft?.id === id) await openDraft(chooseDraft({ queryId: null, summaries: list }).id);
    } catch (e) {
      setError(errText(e));
    }
  };

  const onUndo = async (id: string): Promise<void> => {
    try {
      await svc.undoRemove(id);
      await refreshList();
      setNotice(null);
      if (!draft) await openDraft(id);
    } catch (e) {
      setError(errText(e));
    }
  };

  const onMerge = async (targetId: string, sourceId: string): Promise<void> => {
    const name = summaries.find((s) => s.id === sourceId)?.name ?? '';
    const target = summaries.find((s) => s.id === targetId)?.name ?? '';
    try {
      await svc.merge(targetId, sourceId);
      await refreshList();
      setNotice({ text: t(lang, 'merged', { name, target }), undoId: sourceId });
      await openDraft(targetId);
    } catch (e) {
      setError(errText(e));
    }
  };

  const onSplit = async (id: string, sections: FilingSection[]): Promise<void> => {
    try {
      const created = await svc.split(id, sections);
      const list = await svc.listDrafts();
      setSummaries(list);
      setNotice({ text: t(lang, 'splitDone', { name: list.find((s) => s.id === created)?.name ?? '' }) });
      await openDraft(created);
    } catch (e) {
      setError(errText(e));
    }
  };

  const onRename = async (id: string, name: string): Promise<void> => {
    try {
      await svc.rename(id, name);
      await refreshList();
      if (draft?.id === id) setDraft({ ...draft, name });
    } catch (e) {
      setError(errText(e));
    }
  };

  const onExport = async (id: string): Promise<void> => {
    try {
      const f = await svc.exportDrafts([id]);
      downloadText(f.filename, f.text);
    } catch (e) {
      setError(errText(e));
    }
  };

  const onImport = async (file: File | { text: string; name: string }, passphrase?: string): Promise<void> => {
    setImportProblems(null);
    setNotice(null);
    try {
      // Not even read when over the limit (a 30 MB file): the background would refuse it.
      if (file instanceof File && file.size > IMPORT_LIMITS.fileBytes) throw new Error(`${file.name}: larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB`);
      const text = file instanceof File ? await file.text() : file.text;
      const r = await svc.importFile(text, file.name, passphrase);
      if (!r.ok) {
        setImportProblems(r.problems);
        setPendingImport(r.needsPassphrase ? { text, name: file.name } : null);
        return;
      }
      setPendingImport(null);
      await refreshList();
      setNotice({ text: t(lang, 'imported', { count: r.ids.length }) });
      // A huge imported draft is not opened eagerly (the user opens it from the list).
      const first = r.ids[0] ? (await svc.listDrafts()).find((s) => s.id === r.ids[0]) : undefined;
      if (first && opensEagerly(first)) await openDraft(first.id);
    } catch (e) {
      setImportProblems([errText(e)]);
    }
  };

  const onEnableSite = (): void => {
    if (!site) return;
    // Called straight from the click: the permission prompt needs the user gesture.
    svc.enableSite(site.origin, tab?.tabId).then(
      (granted) => {
        if (granted) {
          setSite({ ...site, enabled: true });
          setSiteNote(t(lang, 'reloadHint'));
        }
      },
      (e: unknown) => setSiteNote(errText(e)),
    );
  };
  const onDisableSite = (): void => {
    if (!site) return;
    svc.disableSite(site.origin).then(
      () => {
        setSite({ ...site, enabled: false });
        setSiteNote(t(lang, 'reloadHint'));
      },
      (e: unknown) => setSiteNote(errText(e)),
    );
  };

  // The switcher lists the most recent drafts (and the open one); the drafts panel below
  // searches all of them. A native <select> of 1,000 options would cost the first frame.
  const switcherOptions = useMemo(() => {
    const top = summaries.slice(0, SWITCHER_MAX);
    const current = draft && !top.some((s) => s.id === draft.id) ? summaries.find((s) => s.id === draft.id) : undefined;
    return current ? [current, ...top] : top;
  }, [summaries, draft]);

  const outstanding = steps?.filter((s) => !s.done) ?? [];
  const done = steps?.filter((s) => s.done) ?? [];

  return (
    <LangContext.Provider value={lang}>
      <main data-icp-popup class="popup" aria-busy={!loaded}>
        <PopupHeader onOptions={() => svc.openOptions()} />
        {error && (
          <p class="error-box" role="alert">
            {error}
          </p>
        )}
        {!loaded && <p>{tr('loading')}</p>}
        {listLoaded && summaries.length > 0 && (
          <DraftSwitcher
            options={switcherOptions}
            value={draft?.id ?? null}
            reason={reason}
            onChange={(id) => {
              setReason('query');
              void openDraft(id);
            }}
          />
        )}
        {loaded && missingId && <p class="error-box" role="alert">{tr('draftNotFound', { id: missingId })}</p>}
        {loaded && !draft && !missingId && !large && (!listLoaded || summaries.length === 0) && <p class="empty">{tr('noDrafts')}</p>}
        {loaded && large && !draft && (
          <p data-icp-large-draft={large.id}>
            {tr('largeDraft', { name: large.name, count: large.fieldCount })}{' '}
            <button type="button" data-icp-action="open-large-draft" onClick={() => void openDraft(large.id)}>
              {tr('openLargeDraft')}
            </button>
          </p>
        )}

        {draft && steps && <NextStep next={nextUp(steps)} errors={errors} />}

        <PageWarnings summary={page} onScroll={onScroll} />

        {draft && (
          <div data-icp-current-draft={draft.id} data-icp-saving={saving > 0 ? '1' : '0'} aria-busy={saving > 0}>
            <DraftMeta filingType={draft.filingType} province={draft.fields['subject.province']} />
            {process && <ProcessBar stages={process.stages} current={process.current} />}
            <section class="card" aria-labelledby="icp-steps-h">
              <h2 id="icp-steps-h">{tr('steps')}</h2>
              {steps === null ? (
                <p>{tr('plannerMissing')}</p>
              ) : outstanding.length === 0 ? (
                <p class="ok">{tr('noSteps')}</p>
              ) : null}
              <ol class="steps" data-icp-steps>
                {[...outstanding, ...done].map((s, i) => (
                  <StepCard
                    key={s.key}
                    step={s}
                    index={i}
                    fields={draft.fields}
                    submittedToAdminAt={draft.progress.submittedToAdminAt}
                    onToggle={onToggle}
                    open={i === 0 && !s.done}
                    flags={flaggedInputs(s, draft.fields, pageFindings ?? draftFindings ?? [])}
                  >
                    {s.id === 'document-upload' && <DocumentChecklist step={s} progress={draft.progress} onChange={(p) => void saveProgress(p)} />}
                  </StepCard>
                ))}
              </ol>
            </section>
            <KeyDates progress={known?.progress ?? draft.progress} estimated={known?.estimated} onChange={onDate} />
          </div>
        )}

        {listLoaded && (
          <DraftsPanel
            drafts={summaries}
            selectedId={draft?.id ?? null}
            canRestore={Boolean(tab && page)}
            onOpen={(id) => {
              setReason('query');
              void openDraft(id);
            }}
            onRestore={(id) => void onRestore(id)}
            onRename={(id, name) => void onRename(id, name)}
            onDelete={(id) => void onDelete(id)}
            onExport={(id) => void onExport(id)}
            onExportEncrypted={(id) => setEncrypting(summaries.find((d) => d.id === id) ?? null)}
            onImport={(f) => void onImport(f)}
            needsPassphrase={pendingImport !== null}
            onPassphrase={(pass) => pendingImport && void onImport(pendingImport, pass)}
            importProblems={importProblems}
            notice={notice}
            onUndo={(id) => void onUndo(id)}
            onMerge={(target, source) => void onMerge(target, source)}
            splitParts={draft ? sectionsOf(draft.fields).map((section) => ({ section, ...websiteName(draft.fields, section) })) : []}
            onSplit={(id, sections) => void onSplit(id, sections)}
          />
        )}
        {encrypting && (
          <ExportDialog
            lang={lang}
            what={encrypting.name}
            onExport={async (passphrase) => {
              const f = await svc.exportDrafts([encrypting.id], passphrase);
              downloadText(f.filename, f.text);
            }}
            onClose={() => setEncrypting(null)}
            returnFocus={() => document.querySelector<HTMLElement>(`[data-icp-draft-id="${CSS.escape(encrypting.id)}"] [data-icp-action="export-encrypted"]`)}
          />
        )}
        <SiteToggle site={site} note={siteNote} onEnable={onEnableSite} onDisable={onDisableSite} />
      </main>
    </LangContext.Provider>
  );
}
