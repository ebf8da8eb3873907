import { useLayoutEffect, useState } from 'preact/hooks';
import { headIsCurrent, type HeadStep, type SummaryHead } from '../drafts/summary-head';
import type { PlannedStep } from '../domain/step';
import { DraftMeta, DraftSwitcher, PopupHeader, type ChoiceReason } from '../popup/components/DraftSwitcher';
import { NextStep } from '../popup/components/NextStep';
import { ProcessBar } from '../popup/components/ProcessBar';
import { LangContext } from '../popup/i18n-context';
import type { NextUp } from '../popup/next-step';
import { markReady } from '../popup/ready';
import { stageList } from '../popup/stage-list';
import { t } from '../popup/strings';
import type { FirstScreenData } from './load-first-screen';

/** What the user chose while the first screen was up; the full popup takes it over. */
export interface Selection {
  id: string | null;
  reason: ChoiceReason;
}

const planned = (s: HeadStep): PlannedStep => ({ ...s, detail: { zh: '', en: '' }, sources: [], done: false });

/** The head's "what to do next" in the shape the NextStep component draws. */
export function nextFromHead(head: SummaryHead): NextUp | null {
  if (!head.next) return null;
  const step = planned(head.next);
  if (head.next.deadline) return { step, deadline: { at: head.next.deadline, step } };
  return head.deadline ? { step, deadline: { at: head.deadline.deadline, step: planned(head.deadline) } } : { step };
}

/**
 * The popup's first screen, drawn from the summary rows alone: the header, the switcher with
 * the latest drafts, what to do next with its deadline, the filing type and the process bar.
 * The same components and markup as the full popup (PopupApp), which replaces it in one
 * render as soon as it has loaded, keeping the user's choice and focus (mount-full.tsx).
 */
export function FirstScreen({ data, selection, onOptions }: { data: FirstScreenData; selection: Selection; onOptions: () => void }) {
  const [chosen, setChosen] = useState<Selection>(selection);
  const { lang } = data;
  const rows = data.current && !data.rows.some((r) => r.id === data.current!.id) ? [data.current, ...data.rows] : data.rows;
  const row = rows.find((r) => r.id === chosen.id) ?? null;
  const head = row?.head && headIsCurrent(row.head, new Date()) ? row.head : null;
  useLayoutEffect(markReady, []);
  return (
    <LangContext.Provider value={lang}>
      <main data-icp-popup class="popup">
        <PopupHeader onOptions={onOptions} />
        {rows.length > 0 ? (
          <DraftSwitcher
            options={rows}
            value={chosen.id}
            reason={chosen.reason}
            onChange={(id) => {
              // Kept in `selection` too: the full popup opens what the user picked here.
              selection.id = id;
              selection.reason = 'query';
              setChosen({ id, reason: 'query' });
            }}
          />
        ) : (
          <p class="empty">{t(lang, 'noDrafts')}</p>
        )}
        {head && <NextStep next={nextFromHead(head)} errors={0} />}
        {row && (
          <div>
            <DraftMeta filingType={row.filingType} province={head?.province} />
            {head && <ProcessBar stages={stageList()} current={head.stage} />}
          </div>
        )}
        {row && (
          <p class="hint" role="status">
            {t(lang, 'loading')}
          </p>
        )}
      </main>
    </LangContext.Provider>
  );
}
