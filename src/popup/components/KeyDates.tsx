import type { StepProgress } from '../../domain/step';
import { ORDER_VALIDITY_DAYS } from '../../background/reminder-schedule';
import { formatDateTime, fromLocalInput, toLocalInput } from '../format';
import { useI18n } from '../i18n-context';

export type DateKey = 'orderCreatedAt' | 'submittedToAdminAt' | 'smsSentAt' | 'siteOpenedAt';
// `smsSentAt`: the SMS code's deadline runs from it when known (the planner's sms step).
const KEYS: DateKey[] = ['orderCreatedAt', 'submittedToAdminAt', 'smsSentAt', 'siteOpenedAt'];

/**
 * The dates deadlines count from; saved into the draft's progress as ISO timestamps. Folded
 * (the steps above show the deadlines); `estimated` dates come from the draft and say so.
 */
export function KeyDates({ progress, estimated = [], onChange }: { progress: StepProgress; estimated?: readonly DateKey[]; onChange(key: DateKey, iso: string | undefined): void }) {
  const { tr } = useI18n();
  const orderEnd = progress.orderCreatedAt
    ? new Date(Date.parse(progress.orderCreatedAt) + ORDER_VALIDITY_DAYS * 86_400_000).toISOString()
    : undefined;
  return (
    <details class="card" data-icp-key-dates>
      <summary>
        <h2 id="icp-dates-h">{tr('dates')}</h2>
      </summary>
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
                {progress[key] && !estimated.includes(key) && (
                  <button type="button" class="link-button" onClick={() => onChange(key, undefined)}>
                    {tr('clear')}
                    <span class="visually-hidden"> {tr(key)}</span>
                  </button>
                )}
              </div>
              {estimated.includes(key) && (
                <p class="hint" data-icp-estimated={key}>
                  {tr('fromDraft')}
                </p>
              )}
              {key === 'orderCreatedAt' && orderEnd && <p class="hint">{tr('orderExpires', { time: formatDateTime(orderEnd) })}</p>}
            </div>
          );
        })}
      </div>
    </details>
  );
}
