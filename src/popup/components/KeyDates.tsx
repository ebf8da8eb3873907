import type { StepProgress } from '../../domain/step';
import { ORDER_VALIDITY_DAYS } from '../../background/reminder-schedule';
import { formatDateTime, fromLocalInput, toLocalInput } from '../format';
import { useI18n } from '../i18n-context';

export type DateKey = 'orderCreatedAt' | 'submittedToAdminAt' | 'smsSentAt' | 'siteOpenedAt';
// `smsSentAt`: the SMS code's deadline runs from it when known (the planner's sms step).
const KEYS: DateKey[] = ['orderCreatedAt', 'submittedToAdminAt', 'smsSentAt', 'siteOpenedAt'];

/** The dates deadlines count from; saved into the draft's progress as ISO timestamps. */
export function KeyDates({ progress, onChange }: { progress: StepProgress; onChange(key: DateKey, iso: string | undefined): void }) {
  const { tr } = useI18n();
  const orderEnd = progress.orderCreatedAt
    ? new Date(Date.parse(progress.orderCreatedAt) + ORDER_VALIDITY_DAYS * 86_400_000).toISOString()
    : undefined;
  return (
    <section class="card" aria-labelledby="icp-dates-h">
      <h2 id="icp-dates-h">{tr('dates')}</h2>
      <div class="dates">
        {KEYS.map((key) => {
          const id = `icp-date-${key}`;
          return (
            <div class="date-row" key={key}>
              <label for={id}>{tr(key)}</label>
              <div class="date-input">
                <input
                  id={id}
                  type="datetime-local"
                  data-icp-progress={key}
                  value={toLocalInput(progress[key])}
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLInputElement).value;
                    onChange(key, v ? fromLocalInput(v) : undefined);
                  }}
                />
                {progress[key] && (
                  <button type="button" class="link-button" onClick={() => onChange(key, undefined)}>
                    {tr('clear')}
                    <span class="visually-hidden"> {tr(key)}</span>
                  </button>
                )}
              </div>
              {key === 'orderCreatedAt' && orderEnd && <p class="hint">{tr('orderExpires', { time: formatDateTime(orderEnd) })}</p>}
            </div>
          );
        })}
      </div>
    </section>
  );
}
