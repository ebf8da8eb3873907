import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../domain/localized';
import { browserLang } from '../i18n/lang';
import { ExportDialog } from '../popup/components/ExportDialog';
import { downloadText } from '../popup/download';
import { t, type StringKey } from '../popup/strings';
import { PRIVACY_POLICY_URL } from '../build/store-info';
import { DEFAULT_SETTINGS, resolveLang, type LanguageSetting, type Settings } from '../settings/settings';
import type { OptionsServices } from './services';

const LANGS: LanguageSetting[] = ['auto', 'zh', 'en'];

/** Options: language, retention, reminders, enabled sites, export all / delete all. */
export function OptionsApp({ services: svc }: { services: OptionsServices }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [encrypting, setEncrypting] = useState(false);
  const lang: Lang = resolveLang((settings ?? DEFAULT_SETTINGS).language, browserLang());
  const tr = (k: StringKey, p?: Record<string, string | number>): string => t(lang, k, p);

  useEffect(() => {
    void svc.loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    void svc.listSites().then(setSites, (e: unknown) => setError(String(e)));
  }, [svc]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'optionsTitle');
  }, [lang]);

  if (!settings) return <main data-icp-options class="options-main" aria-busy="true" />;

  const save = async (change: Partial<Settings>): Promise<void> => {
    setError(null);
    try {
      const next = await svc.saveSettings(change);
      setSettings(next);
      setStatus(t(resolveLang(next.language, browserLang()), 'settingsSaved'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main data-icp-options class="options-main" data-icp-options-ready="1">
      <h1>{tr('optionsTitle')}</h1>
      <p class="hint">
        {tr('privacyNote')}{' '}
        <a href={PRIVACY_POLICY_URL} target="_blank" rel="noopener noreferrer" data-icp-privacy-link>
          {tr('privacyPolicy')}
        </a>
      </p>
      {status && (
        <p class="notice" role="status" data-icp-status>
          {status}
        </p>
      )}
      {error && (
        <p class="error-box" role="alert">
          {error}
        </p>
      )}

      <section class="card field">
        <label for="icp-language">{tr('language')}</label>
        <select
          id="icp-language"
          data-icp-setting="language"
          value={settings.language}
          onChange={(e) => void save({ language: (e.currentTarget as HTMLSelectElement).value as LanguageSetting })}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {tr(`language.${l}`)}
            </option>
          ))}
        </select>
      </section>

      <section class="card field">
        <label for="icp-retention">{tr('retention')}</label>
        <div class="row wrap">
          <input
            id="icp-retention"
            key={settings.retentionDays}
            type="number"
            min={0}
            max={3650}
            step={1}
            inputMode="numeric"
            data-icp-setting="retentionDays"
            aria-describedby="icp-retention-help"
            defaultValue={String(settings.retentionDays)}
            onChange={(e) => {
              const n = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(n) && n >= 0 && n <= 3650) void save({ retentionDays: n });
              else setError(`${tr('retention')}: 0–3650`);
            }}
          />
          <span>{tr('days')}</span>
        </div>
        <p id="icp-retention-help" class="hint">
          {tr('retentionHelp')}
        </p>
      </section>

      <section class="card field">
        <div class="row">
          <input
            id="icp-reminders"
            type="checkbox"
            data-icp-setting="reminders"
            checked={settings.reminders}
            aria-describedby="icp-reminders-help"
            onChange={(e) => void save({ reminders: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="icp-reminders">{tr('reminders')}</label>
        </div>
        <p id="icp-reminders-help" class="hint">
          {tr('remindersHelp')}
        </p>
      </section>

      <section class="card" aria-labelledby="icp-sites-h">
        <h2 id="icp-sites-h">{tr('enabledSites')}</h2>
        {sites.length === 0 ? (
          <p class="hint">{tr('noEnabledSites')}</p>
        ) : (
          <ul class="sites">
            {sites.map((origin) => (
              <li key={origin} class="row wrap" data-icp-site={origin}>
                <span class="grow">{origin}</span>
                <button
                  type="button"
                  onClick={() =>
                    void svc.removeSite(origin).then(
                      () => setSites(sites.filter((s) => s !== origin)),
                      (e: unknown) => setError(String(e)),
                    )
                  }
                >
                  {tr('remove')}
                  <span class="visually-hidden"> {origin}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card" aria-labelledby="icp-data-h">
        <h2 id="icp-data-h">{tr('data')}</h2>
        <div class="row wrap">
          <button
            type="button"
            data-icp-action="export-all"
            onClick={() =>
              void svc.exportAll().then(
                (f) => downloadText(f.filename, f.text),
                (e: unknown) => setError(String(e)),
              )
            }
          >
            {tr('exportAll')}
          </button>
          <button type="button" data-icp-action="export-all-encrypted" onClick={() => setEncrypting(true)}>
            {tr('exportAllEncrypted')}
          </button>
          {!confirming ? (
            <button type="button" class="danger" data-icp-action="delete-all" onClick={() => setConfirming(true)}>
              {tr('deleteAll')}
            </button>
          ) : null}
        </div>
        {confirming && (
          <div class="error-box" role="alertdialog" aria-labelledby="icp-confirm-text">
            <p id="icp-confirm-text">{tr('deleteAllConfirm')}</p>
            <div class="row wrap">
              <button
                type="button"
                class="danger"
                data-icp-action="confirm-delete-all"
                autoFocus
                onClick={() => {
                  setConfirming(false);
                  void svc.deleteAll().then(
                    () => {
                      setSettings(DEFAULT_SETTINGS);
                      setStatus(tr('allDeleted'));
                    },
                    (e: unknown) => setError(String(e)),
                  );
                }}
              >
                {tr('confirmDelete')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {tr('cancel')}
              </button>
            </div>
          </div>
        )}
        {encrypting && (
          <ExportDialog
            lang={lang}
            what={tr('allDrafts')}
            onExport={async (passphrase) => {
              const f = await svc.exportAll(passphrase);
              downloadText(f.filename, f.text);
            }}
            onClose={() => setEncrypting(false)}
          />
        )}
      </section>
    </main>
  );
}
