import type { NextUp } from '../next-step';
import { useI18n } from '../i18n-context';
import { Countdown } from './Countdown';

/** The top of the popup: what to do next, its deadline and a countdown; errors to fix first. */
export function NextStep({ next, errors }: { next: NextUp | null; errors: number }) {
  const { tr, loc } = useI18n();
  if (!next && errors === 0) return null;
  return (
    <section class="card next-up" aria-labelledby="icp-next-h" data-icp-next-step={next?.step.id ?? ''}>
      <h2 id="icp-next-h">{tr('nextUp')}</h2>
      {errors > 0 && (
        <p class="error-line" data-icp-next-errors={errors}>
          {tr('fixErrorsFirst', { count: errors })}
        </p>
      )}
      {next && <p class="next-title">{loc(next.step.title)}</p>}
      {next?.deadline ? (
        <p class="next-deadline">
          {next.deadline.step !== next.step && <span class="hint">{tr('nextDeadline', { step: loc(next.deadline.step.title) })} </span>}
          <Countdown deadline={next.deadline.at} />
        </p>
      ) : (
        next && <p class="hint">{tr('noDeadlineYet')}</p>
      )}
    </section>
  );
}
