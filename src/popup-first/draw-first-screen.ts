import type { Lang } from '../domain/localized';
import type { PlannedStep } from '../domain/step';
import { headIsCurrent, type HeadStep, type SummaryHead } from '../drafts/summary-head';
import type { ChoiceReason } from '../popup/components/DraftSwitcher';
import { formatDateTime, formatDuration, tickInterval } from '../popup/format';
import type { NextUp } from '../popup/next-step';
import { stageList } from '../popup/stage-list';
import { t, type StringKey } from '../popup/strings';
import type { FirstScreenData } from './load-first-screen';
import type { FirstRow } from './read-summaries';

/** What the user chose while the first screen was up; the full popup takes it over. */
export interface Selection {
  id: string | null;
  reason: ChoiceReason;
}

const planned = (s: HeadStep): PlannedStep => ({ ...s, detail: { zh: '', en: '' }, sources: [], done: false });

/** The head's "what to do next" in the shape the full popup's NextStep draws. */
export function nextFromHead(head: SummaryHead): NextUp | null {
  if (!head.next) return null;
  const step = planned(head.next);
  if (head.next.deadline) return { step, deadline: { at: head.next.deadline, step } };
  return head.deadline ? { step, deadline: { at: head.deadline.deadline, step: planned(head.deadline) } } : { step };
}

type Child = Node | string | null | false | undefined;

/** A tiny element builder: attributes as given (no framework on the first screen). */
function h(tag: string, attrs: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== false && c !== undefined && c !== '') el.append(c);
  return el;
}

/** The countdown text, ticking only as often as its precision needs, until it leaves the page. */
function countdown(lang: Lang, deadline: string): HTMLElement | null {
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) return null;
  const left = h('span', { class: 'countdown-left', role: 'timer', 'aria-live': 'off' });
  // `class` first: the attribute order of the full popup's Countdown (the e2e test compares markup).
  const box = h('span', { class: 'countdown', 'data-icp-deadline': deadline }, h('time', { datetime: deadline }, formatDateTime(deadline)), ' ', left);
  const tick = (): void => {
    const ms = end - Date.now();
    box.className = `countdown${ms <= 0 ? ' overdue' : ms < 6 * 3_600_000 ? ' urgent' : ''}`;
    left.textContent = t(lang, ms > 0 ? 'remaining' : 'overdue', { time: formatDuration(ms, lang) });
    // The full popup replaces this node within moments; stop once it is gone.
    setTimeout(() => box.isConnected && tick(), tickInterval(ms));
  };
  tick();
  return box;
}

function nextStep(lang: Lang, next: NextUp): HTMLElement {
  const d = next.deadline;
  return h(
    'section',
    { class: 'card next-up', 'aria-labelledby': 'icp-next-h', 'data-icp-next-step': next.step.id },
    h('h2', { id: 'icp-next-h' }, t(lang, 'nextUp')),
    h('p', { class: 'next-title' }, next.step.title[lang]),
    d
      ? h('p', { class: 'next-deadline' }, d.step !== next.step && h('span', { class: 'hint' }, `${t(lang, 'nextDeadline', { step: d.step.title[lang] })} `), countdown(lang, d.at))
      : h('p', { class: 'hint' }, t(lang, 'noDeadlineYet')),
  );
}

function processBar(lang: Lang, current: number): HTMLElement {
  const items = stageList().map((s, i) => {
    const state = i < current ? 'done' : i === current ? 'current' : 'todo';
    return h(
      'li',
      { class: `stage ${state}`, 'data-icp-stage': s.id, 'data-icp-stage-state': state, 'aria-current': state === 'current' ? 'step' : undefined },
      h('span', { class: 'stage-dot', 'aria-hidden': 'true' }, state === 'done' ? '✓' : String(i + 1)),
      h('span', { class: 'stage-label' }, s.label[lang]),
      state !== 'todo' && h('span', { class: 'visually-hidden' }, ` (${t(lang, state === 'done' ? 'stageDone' : 'stageCurrent')})`),
    );
  });
  return h('section', { class: 'card', 'aria-labelledby': 'icp-progress-h' }, h('h2', { id: 'icp-progress-h' }, t(lang, 'progress')), h('ol', { class: 'process-bar', 'data-icp-stages': 'true' }, ...items));
}

/** Everything under the switcher for the chosen row: next step, filing type, process bar. */
function below(lang: Lang, row: FirstRow | null): Node[] {
  const head = row?.head && headIsCurrent(row.head, new Date()) ? row.head : null;
  const next = head ? nextFromHead(head) : null;
  const out: Node[] = [];
  if (next) out.push(nextStep(lang, next));
  if (!row) return out;
  const province = typeof head?.province === 'string' ? ` · ${head.province}` : '';
  out.push(h('div', {}, h('p', { class: 'meta draft-meta' }, t(lang, `type.${row.filingType}` as StringKey) + province), head && processBar(lang, head.stage)));
  out.push(h('p', { class: 'hint', role: 'status' }, t(lang, 'loading')));
  return out;
}

const REASON_HINT: Partial<Record<ChoiceReason, StringKey>> = { page: 'fromThisPage', recent: 'mostRecent' };

/**
 * The popup's first screen in plain DOM, from the summary rows alone: the header, the switcher
 * with the latest drafts, what to do next with its deadline, the filing type and the process
 * bar. The same markup as the full popup's components (PopupHeader, DraftSwitcher, NextStep,
 * DraftMeta, ProcessBar), which replace it in one render (mount-full.tsx). A switch here is
 * written into `selection`, which the full popup opens.
 */
export function drawFirstScreen(app: HTMLElement, data: FirstScreenData, selection: Selection, onOptions: () => void): void {
  const { lang } = data;
  const rows = data.current && !data.rows.some((r) => r.id === data.current!.id) ? [data.current, ...data.rows] : data.rows;
  const rowOf = (id: string | null) => rows.find((r) => r.id === id) ?? null;
  const options = h('button', { type: 'button', class: 'link-button', 'data-icp-action': 'options' }, t(lang, 'options'));
  options.addEventListener('click', onOptions);
  const main = h('main', { 'data-icp-popup': 'true', class: 'popup' }, h('header', { class: 'row wrap header' }, h('h1', { class: 'grow' }, t(lang, 'appName')), options));
  if (rows.length > 0) {
    const hintKey = REASON_HINT[selection.reason];
    const label = h('label', { for: 'icp-draft-switch' }, t(lang, 'currentDraft'), hintKey && h('span', { class: 'hint' }, ` · ${t(lang, hintKey)}`));
    const select = h('select', { id: 'icp-draft-switch', 'data-icp-draft-switch': 'true' }, !selection.id && h('option', { value: '' }, '—'), ...rows.map((r) => h('option', { value: r.id }, r.name))) as HTMLSelectElement;
    select.value = selection.id ?? '';
    let rest = below(lang, rowOf(selection.id));
    select.addEventListener('change', () => {
      // Kept in `selection`: the full popup opens what the user picked here.
      selection.id = select.value;
      selection.reason = 'query';
      label.querySelector('.hint')?.remove();
      select.querySelector('option[value=""]')?.remove();
      for (const n of rest) n.parentNode?.removeChild(n);
      rest = below(lang, rowOf(selection.id));
      main.append(...rest);
    });
    main.append(h('div', { class: 'switcher' }, label, select), ...rest);
  } else main.append(h('p', { class: 'empty' }, t(lang, 'noDrafts')), ...below(lang, null));
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  app.replaceChildren(main);
}
