/**
 * The provider process a filing goes through, in order (seed 003 §2: 初审完成 → 办理拍照 →
 * 提交管局 → 备案完成, with the SMS check after submission). The popup draws it as a bar.
 */
import type { LocalizedText } from '../domain/localized';

export const STAGE_IDS = ['fill', 'upload', 'provider-review', 'verify', 'submit', 'sms', 'admin-review', 'complete'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export interface Stage {
  id: StageId;
  title: LocalizedText;
}

export const STAGES: readonly Stage[] = [
  { id: 'fill', title: { zh: '填写信息', en: 'Fill in' } },
  { id: 'upload', title: { zh: '上传资料', en: 'Upload documents' } },
  { id: 'provider-review', title: { zh: '初审', en: 'Provider review' } },
  { id: 'verify', title: { zh: '核验/拍照', en: 'Verification / photo' } },
  { id: 'submit', title: { zh: '提交管局', en: 'Submitted to administration' } },
  { id: 'sms', title: { zh: '短信核验', en: 'SMS verification' } },
  { id: 'admin-review', title: { zh: '管局审核', en: 'Administration review' } },
  { id: 'complete', title: { zh: '备案完成', en: 'Filing complete' } },
];

export function stageIndex(id: StageId): number {
  return STAGE_IDS.indexOf(id);
}
