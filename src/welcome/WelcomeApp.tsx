import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../domain/localized';
import { FILING_HOSTS, PROVIDER_NAMES } from '../hosts/filing-hosts';
import { browserLang } from '../i18n/lang';
import { PRIVACY_POLICY_URL } from '../build/store-info';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, resolveLang } from '../settings/settings';
import { WELCOME_TEXT } from './strings';

/** A match pattern as people read it: host and path, no scheme or star. */
const readable = (pattern: string): string => pattern.replace(/^https?:\/\//, '').replace(/\*$/, '');

/**
 * The first-run page (opened once, on install): which filing systems are supported, what is
 * stored and where, how to enable another site, and the bundled sample form to try it on.
 */
export function WelcomeApp({ openOptions }: { openOptions(): void }) {
  const [lang, setLang] = useState<Lang>(() => resolveLang(DEFAULT_SETTINGS.language, browserLang()));
  useEffect(() => {
    void loadSettings().then((s) => setLang(resolveLang(s.language, browserLang())));
    return onSettingsChanged((s) => setLang(resolveLang(s.language, browserLang())));
  }, []);
  const t = WELCOME_TEXT[lang];
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.title;
  }, [lang, t]);
  return (
    <main class="options-main welcome" data-icp-welcome>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <section class="card" aria-labelledby="w-providers" data-icp-welcome-providers>
        <h2 id="w-providers">{t.providers}</h2>
        <p>{t.providersNote}</p>
        <ul>
          {FILING_HOSTS.map((h) => (
            <li key={h.provider}>
              {PROVIDER_NAMES[h.provider][lang]}: {h.matches.map(readable).join(', ')}
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="w-stored" data-icp-welcome-stored>
        <h2 id="w-stored">{t.stored}</h2>
        <ul>
          {t.storedItems.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="w-other" data-icp-welcome-other-site>
        <h2 id="w-other">{t.otherSite}</h2>
        <ol>
          {t.otherSiteSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
      <section class="card" aria-labelledby="w-try">
        <h2 id="w-try">{t.tryIt}</h2>
        <p>{t.tryItText}</p>
        <p>
          <a href="sample.html" data-icp-sample-link>
            {t.trySample}
          </a>
        </p>
      </section>
      <p class="row wrap">
        <a href={PRIVACY_POLICY_URL} target="_blank" rel="noopener noreferrer" data-icp-privacy-link>
          {t.privacy}
        </a>
        <button type="button" class="link-button" onClick={openOptions}>
          {t.options}
        </button>
      </p>
    </main>
  );
}
