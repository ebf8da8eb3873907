import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { formatDateTime, formatDuration, tickInterval } from '../format';

/** A deadline with a live countdown; ticks only as often as the shown precision needs. */
export function Countdown({ deadline }: { deadline: string }) {
  const { tr, lang } = useI18n();
  const end = Date.parse(deadline);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (Number.isNaN(end)) return undefined;
    const timer = setTimeout(() => setNow(Date.now()), tickInterval(end - now));
    return () => clearTimeout(timer);
  }, [end, now]);
  if (Number.isNaN(end)) return null;
  const left = end - now;
  const urgent = left < 6 * 3_600_000;
  return (
    <span class={`countdown${left <= 0 ? ' overdue' : urgent ? ' urgent' : ''}`} data-icp-deadline={deadline}>
      <time dateTime={deadline}>{formatDateTime(deadline)}</time>{' '}
      <span class="countdown-left" role="timer" aria-live="off">
        {left > 0 ? tr('remaining', { time: formatDuration(left, lang) }) : tr('overdue', { time: formatDuration(left, lang) })}
      </span>
    </span>
  );
}
