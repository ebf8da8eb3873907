import type { Finding, Severity } from '../../domain/finding';
import { useI18n } from '../i18n-context';
import type { PageSummary } from '../services-types';

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Counts of the current page's findings by severity; each finding scrolls the page to its field. */
export function PageWarnings({ summary, onScroll }: { summary: PageSummary | null; onScroll(field: string): void }) {
  const { tr, loc } = useI18n();
  if (!summary) return null;
  const counts = new Map<Severity, number>(ORDER.map((s) => [s, 0]));
  for (const f of summary.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const sorted = [...summary.findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  return (
    <section class="card" aria-labelledby="icp-page-h" data-icp-page-summary>
      <h2 id="icp-page-h">{tr('pageWarnings')}</h2>
      {summary.findings.length === 0 ? (
        <p class="ok">{tr('noWarnings')}</p>
      ) : (
        // Folded unless something is wrong: notes alone should not push the steps down.
        <details open={(counts.get('error') ?? 0) > 0}>
          <summary class="severity-counts">
            {ORDER.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => (
              <span key={s} class={`badge sev-${s}`} data-icp-severity-count={s}>
                {tr(`severity.${s}`)} {counts.get(s)}
              </span>
            ))}
          </summary>
          <ul class="findings">
            {sorted.map((f: Finding, i) => (
              <li key={`${f.rule}:${f.field}:${i}`} class={`sev-${f.severity}`}>
                <button
                  type="button"
                  class="finding-button"
                  data-icp-rule={f.rule}
                  data-icp-field={f.field}
                  title={tr('scrollTo')}
                  onClick={() => onScroll(f.field)}
                >
                  <span class={`sev-mark sev-${f.severity}`} aria-hidden="true" />
                  <span class="visually-hidden">{tr(`severity.${f.severity}`)}: </span>
                  {loc(f.message)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
