/**
 * Every upload check, and running them over one file's facts. Findings have the same shape as
 * the form rules' (rule id, message, why, source), so the page shows them with the same bubbles.
 */
import type { Finding } from '../domain/finding';
import { readableSourceText } from '../facts/source-citation';
import { fillTemplate } from '../rules/support/format';
import type { ImageFacts } from './image-facts';
import type { UploadRule } from './upload-rule';
import { uploadFormat } from './rules/upload-format';
import { uploadGreyscale } from './rules/upload-greyscale';
import { uploadMaxSize } from './rules/upload-max-size';
import { uploadMinSize } from './rules/upload-min-size';
import { uploadOldPhoto } from './rules/upload-old-photo';
import { uploadPixelSize } from './rules/upload-pixel-size';
import { uploadScreenshot } from './rules/upload-screenshot';
import type { DocumentKind } from '../facts/document-upload';

export const UPLOAD_RULES: readonly UploadRule[] = [
  uploadFormat,
  uploadMinSize,
  uploadMaxSize,
  uploadPixelSize,
  uploadGreyscale,
  uploadScreenshot,
  uploadOldPhoto,
];

function inForce(r: UploadRule, day: string): boolean {
  return (r.since === undefined || day >= r.since) && (r.until === undefined || day < r.until);
}

/** The findings on one file picked in the control shown as `field`. */
export function checkUpload(facts: ImageFacts, field: string, kind?: DocumentKind): Finding[] {
  const out: Finding[] = [];
  for (const rule of UPLOAD_RULES) {
    if (!inForce(rule, facts.today)) continue;
    if (rule.kinds && (!kind || !rule.kinds.includes(kind))) continue;
    for (const p of rule.check(facts)) {
      const m = rule.messages[p.messageId]!;
      out.push({
        rule: rule.id,
        field,
        fields: [field],
        severity: m.severity ?? rule.severity,
        message: { zh: fillTemplate(m.zh, p.params), en: fillTemplate(m.en, p.params) },
        why: rule.why,
        source: rule.sources.join('; '),
        sourceText: readableSourceText(rule.sources),
      });
    }
  }
  return out;
}
