import { useI18n } from '../i18n-context';
import type { ProcessStage } from '../services-types';

/** The providers' own stages (填写信息 → … → 备案完成) with the current one marked. */
export function ProcessBar({ stages, current }: { stages: ProcessStage[]; current: number }) {
  const { tr, loc } = useI18n();
  if (stages.length === 0) return null;
  return (
    <section class="card" aria-labelledby="icp-progress-h">
      <h2 id="icp-progress-h">{tr('progress')}</h2>
      <ol class="process-bar" data-icp-stages>
        {stages.map((s, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'todo';
          return (
            <li
              key={s.id}
              class={`stage ${state}${s.errors ? ' has-errors' : ''}`}
              data-icp-stage={s.id}
              data-icp-stage-state={state}
              {...(s.errors ? { 'data-icp-stage-errors': String(s.errors) } : {})}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span class="stage-dot" aria-hidden="true">
                {state === 'done' ? '✓' : i + 1}
              </span>
              <span class="stage-label">{loc(s.label)}</span>
              {s.errors ? <span class="badge sev-error">{tr('stageErrors', { count: s.errors })}</span> : null}
              {state !== 'todo' && <span class="visually-hidden"> ({tr(state === 'done' ? 'stageDone' : 'stageCurrent')})</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
