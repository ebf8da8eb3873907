import { useId, useState } from 'preact/hooks';
import type { Lang } from '../../domain/localized';
import { UI_TEXT } from './strings';
import type { FieldGroup, FieldWarning } from './warning-model';

export interface WarningsLayerProps {
  groups: readonly FieldGroup[];
  lang: Lang;
  onDismiss(field: string, rule: string): void;
  /** Asked after a details panel opened or closed (its bubble changed size). */
  onResize(): void;
}

/**
 * Every bubble of the page. Positions are written by the controller straight onto the
 * bubbles (style.transform), so scrolling never re-renders. Keys keep unchanged warnings
 * untouched while the user types. Page values in messages render as text (no innerHTML).
 */
export function WarningsLayer({ groups, lang, onDismiss, onResize }: WarningsLayerProps) {
  const t = UI_TEXT[lang];
  return (
    <div class="layer" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {groups.map((g) => (
        <div key={g.field} class={`bubble sev-${g.severity}`} data-icp-field-group={g.field} role="group" aria-label={t.group}>
          {g.warnings.map((w) => (
            <WarningItem key={w.id} warning={w} lang={lang} onDismiss={onDismiss} onResize={onResize} />
          ))}
        </div>
      ))}
    </div>
  );
}

function WarningItem({ warning: w, lang, onDismiss, onResize }: { warning: FieldWarning; lang: Lang; onDismiss(field: string, rule: string): void; onResize(): void }) {
  const t = UI_TEXT[lang];
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <div class={`warning sev-${w.severity}`} data-icp-rule={w.rule} data-icp-field={w.field} data-icp-severity={w.severity}>
      <div class="head">
        <span class="chip">{t.severity[w.severity]}</span>
        <span class="msg">{w.message[lang]}</span>
        <button type="button" class="close" aria-label={t.dismiss} title={t.dismiss} data-icp-dismiss="" onClick={() => onDismiss(w.field, w.rule)}>
          ×
        </button>
      </div>
      <button
        type="button"
        class="more"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={detailsId}
        onClick={() => {
          setOpen(!open);
          onResize();
        }}
      >
        {open ? t.less : t.more}
      </button>
      <div class="details" id={detailsId} hidden={!open}>
        <p>
          <b>{t.why}</b>
          {w.why[lang]}
        </p>
        <p>
          <b>{t.source}</b>
          {w.source}
        </p>
        {w.partners.length > 0 && (
          <p>
            <b>{t.alsoMarks}</b>
            {w.partners.join(', ')}
          </p>
        )}
      </div>
    </div>
  );
}
