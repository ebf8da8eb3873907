const PLACEHOLDER = /\{(\w+)\}/g;
/** A quoted value longer than this is cut in messages: a message names the value, it does not copy it. */
export const MAX_PARAM_CHARS = 80;

/** Fills `{name}` placeholders; unknown names are left visible so tests can catch them. */
export function fillTemplate(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    const text = String(v);
    // Values typed by users are cut; citations (`source…` params) are the rule's own text.
    return text.length > MAX_PARAM_CHARS && !name.startsWith('source') ? `${[...text.slice(0, MAX_PARAM_CHARS + 1)].slice(0, MAX_PARAM_CHARS).join('')}…` : text;
  });
}

/** ISO day (YYYY-MM-DD) of a Date (local calendar) or an ISO date/timestamp string. */
export function isoDay(asOf: Date | string | undefined): string {
  if (asOf === undefined) asOf = new Date();
  if (typeof asOf === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(asOf.trim());
    if (!m) throw new Error(`invalid date "${asOf}": expected YYYY-MM-DD`);
    return m[1]!;
  }
  if (Number.isNaN(asOf.getTime())) throw new Error('invalid date');
  const y = asOf.getFullYear();
  const mo = String(asOf.getMonth() + 1).padStart(2, '0');
  const d = String(asOf.getDate()).padStart(2, '0');
  return `${y}-${mo}-${d}`;
}
