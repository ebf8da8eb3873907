import type { Finding, Severity } from '../../domain/finding';

/** One warning element: one finding shown on one field (pair findings give one per field). */
export interface FieldWarning extends Finding {
  /** Stable key within its field: rule, plus a counter when a rule fires twice on a field. */
  id: string;
  /** The field it is shown on (one of the finding's `fields`). */
  field: string;
  /** The other fields a pair finding marks (empty for single-field findings). */
  partners: string[];
  /**
   * The field the finding is about (its `field`): only there is it explained. On a pair's
   * other fields it is a short pointer to that one, so one problem reads as one item.
   */
  primary: boolean;
  /** The finding's own field (where it is explained). */
  about: string;
  /** Messages of the same rule's findings sharing a field with this one: one problem, told once. */
  more: Finding['message'][];
}

/** The warnings shown beside one field, most severe first. */
export interface FieldGroup {
  field: string;
  severity: Severity;
  warnings: FieldWarning[];
}

/** Most severe first. */
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Dismissals are remembered per field and rule. */
export function dismissKey(field: string, rule: string): string {
  return `${field}|${rule}`;
}

/**
 * Findings → the warnings to draw, grouped per field in page order. A finding marks every
 * field it lists (`fields`, which includes `field`) that is on the page and not dismissed.
 */
export function groupFindings(
  findings: readonly Finding[],
  fieldOrder: readonly string[],
  dismissed: ReadonlySet<string>,
): FieldGroup[] {
  const order = new Map(fieldOrder.map((k, i) => [k, i]));
  const byField = new Map<string, FieldWarning[]>();
  for (const f of sameProblems(findings)) {
    const marked = f.fields;
    // Explained on its own field, or on the first marked one on the page when that is elsewhere.
    const about = order.has(f.field) ? f.field : (marked.find((k) => order.has(k)) ?? f.field);
    for (const key of new Set(marked)) {
      if (!order.has(key) || dismissed.has(dismissKey(key, f.rule))) continue;
      const list = byField.get(key) ?? [];
      const same = list.filter((w) => w.rule === f.rule).length;
      list.push({ ...f, id: same === 0 ? f.rule : `${f.rule}#${same}`, field: key, partners: marked.filter((k) => k !== key), primary: key === about, about });
      byField.set(key, list);
    }
  }
  return [...byField]
    .sort((a, b) => order.get(a[0])! - order.get(b[0])!)
    .map(([field, warnings]) => {
      // Explained warnings before pointers to a partner's, then most severe first.
      warnings.sort((a, b) => +b.primary - +a.primary || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
      return { field, severity: warnings[0]!.severity, warnings };
    });
}

/**
 * Pair or group findings of one rule that share a field are one problem (the document address in another
 * province than the mailing address AND than the region): merged into the first, their fields
 * marked, their messages kept for its details. `fields` then always includes `field`.
 */
function sameProblems(findings: readonly Finding[]): (Finding & { more: Finding['message'][] })[] {
  const out: (Finding & { more: Finding['message'][] })[] = [];
  for (const f of findings) {
    const marked = f.fields.includes(f.field) ? f.fields : [f.field, ...f.fields];
    // Pair and group findings only: two bad values in one field stay two items.
    const same = marked.length > 1 ? out.find((m) => m.rule === f.rule && m.fields.length > 1 && m.fields.some((k) => marked.includes(k))) : undefined;
    if (same) {
      same.more.push(f.message);
      same.fields = [...new Set([...same.fields, ...marked])];
    } else out.push({ ...f, fields: marked, more: [] });
  }
  return out;
}

/** Errors and warnings still standing: a finding counts unless every field it marks was dismissed. */
export function countFindings(findings: readonly Finding[], dismissed: ReadonlySet<string>): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    const marked = f.fields.length > 0 ? f.fields : [f.field];
    if (marked.every((k) => dismissed.has(dismissKey(k, f.rule)))) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
