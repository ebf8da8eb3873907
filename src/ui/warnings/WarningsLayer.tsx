import type { ComponentChildren } from 'preact';
import type { Lang } from '../../domain/localized';
import { UI_TEXT } from './strings';
import type { FieldGroup, FieldWarning } from './warning-model';

export interface WarningsLayerProps {
  groups: readonly FieldGroup[];
  lang: Lang;
  /** Fields whose bubble the user opened (the controller keeps this state). */
  open: ReadonlySet<string>;
  /** A field's name as the page labels it, or "this field": never its key. */
  name(field: string): string;
  onToggle(field: string): void;
  onDismiss(field: string, rule: string): void;
  /** Keys inside a bubble (Tab out of it goes back to the page after its field). */
  onKey(e: KeyboardEvent, field: string): void;
}

/**
 * Every bubble of the page, and the polite live region that announces new errors (its text is
 * written by the controller, outside Preact). Positions are written by the controller straight
 * onto the bubbles (style.transform), so scrolling never re-renders. Keys keep unchanged
 * warnings untouched while the user types. Page values in messages render as text.
 */
export function WarningsLayer(p: WarningsLayerProps) {
  return (
    <div class="layer" lang={p.lang === 'zh' ? 'zh-CN' : 'en'}>
      <div class="live" role="status" aria-live="polite" />
      {p.groups.map((g) => bubble(g, p))}
    </div>
  );
}

/**
 * One field's warnings. Closed: the first message on up to two lines, the count of the others
 * on the toggle; opened: every message in full with why and source. The toggle's visible text
 * is its accessible name.
 */
function bubble(g: FieldGroup, p: WarningsLayerProps) {
  const open = p.open.has(g.field);
  const t = UI_TEXT[p.lang];
  const more = g.warnings.length - 1;
  // For aria-controls: field keys are unique within the layer's shadow root.
  const bodyId = `icp-b:${g.field}`;
  const toggle = (): void => p.onToggle(g.field);
  // A lone pointer to a partner's warning has nothing to unfold.
  const moreButton = (more > 0 || g.warnings[0]!.primary) && (
    <button type="button" class="more" aria-expanded={open} aria-controls={bodyId} aria-describedby={`${bodyId}:m`} onClick={toggle}>
      {open ? t.less : more > 0 ? `${t.more} +${more}` : t.more}
      <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
    </button>
  );
  return (
    <div
      key={g.field}
      class={`bubble sev-${g.severity}${open ? ' open' : ''}`}
      data-icp-field-group={g.field}
      role="group"
      aria-label={`${t.group}: ${p.name(g.field)}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) toggle();
        p.onKey(e, g.field);
      }}
    >
      <div id={bodyId}>{g.warnings.map((w, i) => warning(w, open, i, i === 0 && moreButton, `${bodyId}${i ? i : ':m'}`, p))}</div>
    </div>
  );
}

/** One warning of a bubble; closed, only the first (`index` 0) shows, with the bubble's toggle. */
function warning(w: FieldWarning, open: boolean, index: number, toggle: ComponentChildren, msgId: string, p: WarningsLayerProps) {
  const t = UI_TEXT[p.lang];
  const message = w.primary ? w.message[p.lang] : t.seeAt(p.name(w.about));
  return (
    <div key={w.id} class={`warning sev-${w.severity}`} data-icp-rule={w.rule} data-icp-field={w.field} data-icp-severity={w.severity} hidden={!open && index > 0}>
      <div class="head">
        <span class="chip">{t.severity[w.severity]}</span>
        <span class="msg" id={msgId}>
          {message}
        </span>
        {toggle}
        <button type="button" class="close" aria-label={t.dismiss} title={t.dismiss} data-icp-dismiss="" onClick={() => p.onDismiss(w.field, w.rule)}>
          ×
        </button>
      </div>
      {open && w.primary && (
        <div class="details">
          {w.more.map((m) => (
            <p key={m.en}>{m[p.lang]}</p>
          ))}
          <p>
            <b>{t.why}</b>
            {w.why[p.lang]}
          </p>
          <p>
            <b>{t.source}</b>
            {w.sourceText?.[p.lang] ?? ''}
          </p>
          {w.partners.length > 0 && (
            <p>
              <b>{t.alsoMarks}</b>
              {w.partners.map(p.name).join(p.lang === 'zh' ? '、' : ', ')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

