import type { ComponentChildren } from 'preact';
import type { Lang } from '../../domain/localized';
import { UI_TEXT } from './strings';
import type { FieldGroup, FieldWarning } from './warning-model';

export interface WarningsLayerProps {
  groups: readonly FieldGroup[];
  lang: Lang;
  /** Fields whose bubble the user opened (the controller keeps this state). */
  open: ReadonlySet<string>;
  onToggle(field: string): void;
  onDismiss(field: string, rule: string): void;
}

/**
 * Every bubble of the page. Positions are written by the controller straight onto the
 * bubbles (style.transform), so scrolling never re-renders. Keys keep unchanged warnings
 * untouched while the user types. Page values in messages render as text (no innerHTML).
 */
export function WarningsLayer(p: WarningsLayerProps) {
  return (
    <div class="layer" lang={p.lang === 'zh' ? 'zh-CN' : 'en'}>
      {p.groups.map((g) => bubble(g, p))}
    </div>
  );
}

/**
 * One field's warnings. Closed, one line (the most severe message, the count of the others)
 * so it never covers the next row of the form; opened, every message in full with why and
 * source.
 */
function bubble(g: FieldGroup, p: WarningsLayerProps) {
  const open = p.open.has(g.field);
  const t = UI_TEXT[p.lang];
  const more = g.warnings.length - 1;
  // For aria-controls: field keys are unique within the layer's shadow root.
  const bodyId = `icp-b:${g.field}`;
  const toggle = (): void => p.onToggle(g.field);
  const moreButton = (
    <button
      type="button"
      class="more"
      aria-expanded={open}
      aria-controls={bodyId}
      title={open ? t.less : t.more}
      aria-label={open ? t.less : more > 0 ? `${t.more} (${t.moreCount(more)})` : t.more}
      onClick={toggle}
    >
      {more > 0 && !open ? <span class="count">+{more}</span> : null}
      <span aria-hidden="true">{open ? '▴' : '▾'}</span>
    </button>
  );
  return (
    <div
      key={g.field}
      class={`bubble sev-${g.severity}${open ? ' open' : ''}`}
      data-icp-field-group={g.field}
      role="group"
      aria-label={t.group}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) toggle();
      }}
    >
      <div id={bodyId}>{g.warnings.map((w, i) => warning(w, open, i, i === 0 && moreButton, p))}</div>
    </div>
  );
}

/** One warning of a bubble; closed, only the first (`index` 0) shows, with the bubble's toggle. */
function warning(w: FieldWarning, open: boolean, index: number, toggle: ComponentChildren, p: WarningsLayerProps) {
  const t = UI_TEXT[p.lang];
  const message = w.message[p.lang];
  return (
    <div key={w.id} class={`warning sev-${w.severity}`} data-icp-rule={w.rule} data-icp-field={w.field} data-icp-severity={w.severity} hidden={!open && index > 0}>
      <div class="head">
        <span class="chip">{t.severity[w.severity]}</span>
        <span class="msg" title={open ? undefined : message}>
          {message}
        </span>
        {toggle}
        <button type="button" class="close" aria-label={t.dismiss} title={t.dismiss} data-icp-dismiss="" onClick={() => p.onDismiss(w.field, w.rule)}>
          ×
        </button>
      </div>
      {open && (
        <div class="details">
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
              {w.partners.join(', ')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
