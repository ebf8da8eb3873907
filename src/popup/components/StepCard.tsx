import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FieldValues } from '../../domain/draft-file';
import type { Finding } from '../../domain/finding';
import type { PlannedStep } from '../../domain/step';
import { formatDateTime, formatMobile } from '../format';
import { useI18n } from '../i18n-context';
import { idTail, principalForMobile, stepExtras } from '../step-details';
import type { StringKey } from '../strings';
import { Countdown } from './Countdown';
import { readableSourceLines } from '../../facts/source-citation';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

interface Props {
  step: PlannedStep;
  index: number;
  fields: FieldValues;
  submittedToAdminAt: string | undefined;
  onToggle(step: PlannedStep, done: boolean): void;
  /** Extra content of the step's body (the upload step's document checklist). */
  children?: ComponentChildren;
  /** Unfolded at first (the current step); the others fold to their title line. */
  open?: boolean;
  /** Errors on inputs the step depends on (an SMS step's number flagged as a landline). */
  flags?: readonly Finding[];
}

/** One verification step: what, who, where, what to enter, senders, deadline, done tick. */
export function StepCard({ step, index, fields, submittedToAdminAt, onToggle, open = false, flags = [], children }: Props) {
  const { tr, loc, lang } = useI18n();
  const [expanded, setExpanded] = useState(open);
  const bodyId = `icp-step-body-${index}`;
  const person = principalForMobile(fields, step.mobile);
  const who = step.who ?? person?.who;
  const x = stepExtras(step);
  const tail = x.idLast6 ?? idTail(person?.idNumber);
  const checkboxId = `icp-step-done-${index}`;
  const isSms = step.id === 'sms-verification';
  const enter =
    x.enter?.map(loc) ??
    (isSms
      ? [
          tr('enterCode'),
          ...(step.mobile ? [tr('enterMobile', { mobile: formatMobile(step.mobile) })] : []),
          tail ? tr('enterIdTailValue', { tail }) : tr('enterIdTail'),
        ]
      : []);
  const link = step.link ?? (x.site ? { url: x.site.url, label: x.site.entry } : undefined);
  const status = step.done ? 'done' : (x.status ?? 'open');

  return (
    <li
      class={`step status-${status}`}
      data-icp-step={step.id}
      data-icp-step-key={step.key}
      data-icp-step-done={step.done ? 'true' : 'false'}
      data-icp-step-status={status}
      {...(step.mobile ? { 'data-icp-step-mobile': step.mobile } : {})}
      {...(flags.length > 0 ? { 'data-icp-step-flagged': 'true' } : {})}
    >
      <div class="step-head">
        <input
          type="checkbox"
          id={checkboxId}
          checked={step.done}
          onChange={(e) => onToggle(step, (e.currentTarget as HTMLInputElement).checked)}
        />
        <label for={checkboxId} class="step-title">
          {loc(step.title)}
          <span class="visually-hidden"> — {tr('markDone')}</span>
        </label>
        {status === 'upcoming' && <span class="badge muted">{tr('statusUpcoming')}</span>}
        {status === 'overdue' && <span class="badge sev-error">{tr('statusOverdue')}</span>}
        {!step.done && (
          <button type="button" class="fold" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded(!expanded)}>
            <span class="visually-hidden">{tr('showStep')} </span>
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        )}
      </div>
      {flags.length > 0 && (
        <div class="step-flag error-box" role="note" data-icp-step-flag>
          {tr('stepFlagged')}
          <ul>
            {flags.map((f) => (
              <li key={`${f.rule}:${f.field}`}>{loc(f.message)}</li>
            ))}
          </ul>
        </div>
      )}
      {!step.done && (
        <div class="step-body" id={bodyId} hidden={!expanded}>
          {/* The facts below already say what an SMS step's long text says: keep it folded. */}
          {loc(step.detail) && enter.length === 0 && <p class="step-detail">{loc(step.detail)}</p>}
          <dl class="facts">
            {who && (
              <>
                <dt>{tr('who')}</dt>
                <dd data-icp-step-who={who}>
                  {tr(`who.${who}` as StringKey)}
                  {person?.name ? ` ${person.name}` : ''}
                  {step.mobile && (
                    <>
                      {' · '}
                      <span class="mobile" data-icp-mobile={step.mobile}>
                        {formatMobile(step.mobile)}
                      </span>
                    </>
                  )}
                </dd>
              </>
            )}
            {link && (
              <>
                <dt>{tr('where')}</dt>
                <dd>
                  <a href={link.url} target="_blank" rel="noopener noreferrer" data-icp-step-link>
                    {hostOf(link.url)}
                    <span class="visually-hidden"> {tr('opensNewTab')}</span> ↗
                  </a>{' '}
                  <span>{loc(link.label)}</span>
                  {x.site?.approximate && <span class="hint"> ({tr('approximate')})</span>}
                </dd>
              </>
            )}
            {enter.length > 0 && (
              <>
                <dt>{tr('enter')}</dt>
                <dd>
                  <ol class="enter-list">
                    {enter.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ol>
                  {tail && x.enter && (
                    <p class="id-tail" data-icp-id-tail={tail}>
                      {tr('idTail', { tail })}
                    </p>
                  )}
                </dd>
              </>
            )}
            {x.senders && x.senders.length > 0 && (
              <>
                <dt>{tr('senders')}</dt>
                <dd data-icp-senders>
                  <ul class="plain-list">
                    {x.senders.map((s) => (
                      <li key={`${s.carrier.en}${s.number ?? ''}`}>
                        {s.number ? <span class="mobile">{s.number}</span> : null}
                        {s.number ? (lang === 'zh' ? `（${loc(s.carrier)}）` : ` (${loc(s.carrier)})`) : loc(s.carrier)}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {x.expectedAt && (
              <>
                <dt>{tr('expectedAt')}</dt>
                <dd>
                  <time dateTime={x.expectedAt}>{formatDateTime(x.expectedAt)}</time>
                  {x.resendAt && (
                    <span class="hint">
                      {' '}
                      {tr('resendAt', { time: formatDateTime(x.resendAt) })}
                    </span>
                  )}
                </dd>
              </>
            )}
            {x.expected && (
              <>
                <dt>{tr('expectedTime')}</dt>
                <dd>
                  {tr('workingDays', { min: x.expected.minWorkingDays, max: x.expected.maxWorkingDays })}
                  {x.expected.latest && <span class="hint"> ({tr('until', { time: formatDateTime(x.expected.latest).slice(0, 10) })})</span>}
                </dd>
              </>
            )}
            {(step.deadline || (isSms && !submittedToAdminAt)) && (
              <>
                <dt>{tr('deadline')}</dt>
                <dd>
                  {step.deadline ? <Countdown deadline={step.deadline} /> : <span class="hint">{tr('deadlineUnknown')}</span>}
                  {x.validityHours !== undefined && <span class="hint"> {tr('validFor', { hours: x.validityHours })}</span>}
                </dd>
              </>
            )}
          </dl>
          {children}
          {x.requirements && x.requirements.length > 0 && (
            <ul class="requirements">
              {x.requirements.map((r) => (
                <li key={r.en}>{loc(r)}</li>
              ))}
            </ul>
          )}
          {(enter.length > 0 || (x.notes?.length ?? 0) > 0 || step.sources.length > 0) && (
            <details class="notes">
              <summary>{tr('more')}</summary>
              {enter.length > 0 && loc(step.detail) && <p>{loc(step.detail)}</p>}
              {x.notes && x.notes.length > 0 && (
                <ul>
                  {x.notes.map((n) => (
                    <li key={n.en}>{loc(n)}</li>
                  ))}
                </ul>
              )}
              {step.sources.length > 0 && (
                <>
                  <p>{tr('sources')}:</p>
                  <ul class="sources">
                    {readableSourceLines(step.sources, lang).map((src) => (
                      <li key={src}>{src}</li>
                    ))}
                  </ul>
                </>
              )}
            </details>
          )}
        </div>
      )}
    </li>
  );
}
