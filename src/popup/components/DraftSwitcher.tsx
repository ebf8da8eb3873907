import { useI18n } from '../i18n-context';

/** Why the shown draft was picked (the page's, the most recent, or the user's choice). */
export type ChoiceReason = 'query' | 'page' | 'recent' | 'none';

/**
 * The draft switcher at the top: the most recent drafts and the open one. Drawn by the first
 * render and by the full popup alike, so the takeover changes nothing on screen.
 */
export function DraftSwitcher({
  options,
  value,
  reason,
  onChange,
}: {
  options: readonly { id: string; name: string }[];
  value: string | null;
  reason: ChoiceReason;
  onChange: (id: string) => void;
}) {
  const { tr } = useI18n();
  return (
    <div class="switcher">
      <label for="icp-draft-switch">
        {tr('currentDraft')}
        {reason === 'page' && <span class="hint"> · {tr('fromThisPage')}</span>}
        {reason === 'recent' && <span class="hint"> · {tr('mostRecent')}</span>}
      </label>
      <select id="icp-draft-switch" data-icp-draft-switch value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {!value && <option value="">—</option>}
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Filing type · province" under the switcher. */
export function DraftMeta({ filingType, province }: { filingType: string; province?: unknown }) {
  const { tr } = useI18n();
  return (
    <p class="meta draft-meta">
      {tr(`type.${filingType}` as Parameters<typeof tr>[0])}
      {typeof province === 'string' ? ` · ${province}` : ''}
    </p>
  );
}

/** The page title and the options button. */
export function PopupHeader({ onOptions }: { onOptions: () => void }) {
  const { tr } = useI18n();
  return (
    <header class="row wrap header">
      <h1 class="grow">{tr('appName')}</h1>
      <button type="button" class="link-button" onClick={onOptions} data-icp-action="options">
        {tr('options')}
      </button>
    </header>
  );
}
