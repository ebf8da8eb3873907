import { useI18n } from '../i18n-context';
import type { SiteState } from '../services-types';

/** Turn the helper on/off for the active tab's origin (hosts not built in only). */
export function SiteToggle({
  site,
  onEnable,
  onDisable,
  note,
}: {
  site: SiteState | null;
  onEnable(): void;
  onDisable(): void;
  note: string | null;
}) {
  const { tr } = useI18n();
  if (!site) return null;
  return (
    <section class="card site" aria-labelledby="icp-site-h" data-icp-site-state={site.builtIn ? 'built-in' : site.enabled ? 'enabled' : 'disabled'}>
      <h2 id="icp-site-h">{tr('site')}</h2>
      {site.builtIn ? (
        <p>{tr('siteBuiltIn')}</p>
      ) : (
        <div class="row wrap">
          <p class="grow">{tr(site.enabled ? 'siteEnabled' : 'siteDisabled', { origin: site.origin })}</p>
          {site.enabled ? (
            <button type="button" onClick={onDisable} data-icp-action="disable-site">
              {tr('disableSite')}
            </button>
          ) : (
            <button type="button" class="primary" onClick={onEnable} data-icp-action="enable-site">
              {tr('enableSite')}
            </button>
          )}
        </div>
      )}
      {note && (
        <p class="hint" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
