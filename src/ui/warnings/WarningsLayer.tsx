import { Component, type ComponentChildren } from 'preact';
import type { Lang } from '../../domain/localized';
import { UI_TEXT } from './strings';
import type { FieldGroup, FieldWarning } from './warning-model';

export interface WarningsLayerProps {
  groups: readonly FieldGroup[];
  lang: Lang;
  onDismiss(field: string, rule: string): void;
  /** Asked after a bubble opened or closed (its size changed). */
  onResize(): void;
}

/**
 * Every bubble of the page. Positions are written by the controller straight onto the
 * bubbles (style.transform), so scrolling never re-renders. Keys keep unchanged warnings
 * untouched while the user types. Page values in messages render as text (no innerHTML).
 */
export function WarningsLayer({ groups, lang, onDismiss, onResize }: WarningsLayerProps) {
  return (
    <div class="layer" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {groups.map((g) => (
        <Bubble key={g.field} group={g} lang={lang} onDismiss={onDismiss} onResize={onResize} />
      ))}
    </div>
  );
}

interface BubbleProps {
  group: FieldGroup;
  lang: Lang;
  onDismiss(field: string, rule: string): void;
  onResize(): void;
}

/** Ids for aria-controls; unique within the layer's shadow root. */
let nextBubbleId = 0;

/**
 * One field's warnings. Closed, one line (the most severe message, the count of the others)
 * so it never covers the next row of the form; opened, every message in full with why and
 * source.
 */
// A class, not hooks: preact/hooks would add ~0.9 KB gzip to the content script for one flag.
class Bubble extends Component<BubbleProps, { open: boolean }> {
  private readonly bodyId = `icp-b${++nextBubbleId}`;
  override state = { open: false };

  private readonly toggle = (): void => {
    this.setState({ open: !this.state.open });
    this.props.onResize();
  };

  override render() {
    const { group: g, lang, onDismiss } = this.props;
    const { open } = this.state;
    const { bodyId, toggle } = this;
    const t = UI_TEXT[lang];
    const more = g.warnings.length - 1;
    return (
      <div
        class={`bubble sev-${g.severity}${open ? ' open' : ''}`}
        data-icp-field-group={g.field}
        role="group"
        aria-label={t.group}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) toggle();
        }}
      >
        <div id={bodyId}>
          {g.warnings.map((w, i) => (
            <WarningItem key={w.id} warning={w} lang={lang} open={open} hiddenWhenClosed={i > 0} onDismiss={onDismiss}>
              {i === 0 && (
                <button
                  type="button"
                  class="more"
                  aria-expanded={open ? 'true' : 'false'}
                  aria-controls={bodyId}
                  title={open ? t.less : t.more}
                  aria-label={open ? t.less : more > 0 ? `${t.more} (${t.moreCount(more)})` : t.more}
                  onClick={toggle}
                >
                  {more > 0 && !open ? <span class="count">+{more}</span> : null}
                  <span class="caret" aria-hidden="true">{open ? '▴' : '▾'}</span>
                </button>
              )}
            </WarningItem>
          ))}
        </div>
      </div>
    );
  }
}

function WarningItem({
  warning: w,
  lang,
  open,
  hiddenWhenClosed,
  onDismiss,
  children,
}: {
  warning: FieldWarning;
  lang: Lang;
  open: boolean;
  hiddenWhenClosed: boolean;
  onDismiss(field: string, rule: string): void;
  children?: ComponentChildren;
}) {
  const t = UI_TEXT[lang];
  return (
    <div class={`warning sev-${w.severity}`} data-icp-rule={w.rule} data-icp-field={w.field} data-icp-severity={w.severity} hidden={!open && hiddenWhenClosed}>
      <div class="head">
        <span class="chip">{t.severity[w.severity]}</span>
        <span class="msg" title={open ? undefined : w.message[lang]}>
          {w.message[lang]}
        </span>
        {children}
        <button type="button" class="close" aria-label={t.dismiss} title={t.dismiss} data-icp-dismiss="" onClick={() => onDismiss(w.field, w.rule)}>
          ×
        </button>
      </div>
      {open && (
        <div class="details">
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
      )}
    </div>
  );
}
