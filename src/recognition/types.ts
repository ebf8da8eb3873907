import type { FieldValue } from '../domain/draft-file';
import type { SecretKind } from '../domain/field-keys';

/** How a field is made on the page; decides how it is read and filled. */
export type FieldKind =
  | 'text' // input / textarea
  | 'select' // <select> or a component-library select showing its value as text
  | 'checkbox-group' // several checkboxes, value = list of checked labels
  | 'radio-group' // value = checked label
  | 'region' // cascading province/city/district selects (or static text)
  | 'composite' // several inputs joined, e.g. 086-[area]-[number]-[ext], prefix text + street
  | 'static'; // value shown as text (locked after 验证备案类型)

export interface RecognizedField {
  /** Canonical field key (CONTRACT.md). */
  key: string;
  kind: FieldKind;
  /** The controls making up the field, in reading order. */
  elements: HTMLElement[];
  /** Where a warning is placed (usually the first control, or the static text). */
  anchor: HTMLElement;
  /** For composite fields: text shown before the inputs (e.g. the mailing address region prefix). */
  prefixText?: string;
  /** For composite fields: the element showing the prefix, re-read on every read (it may follow a region select). */
  prefixElement?: HTMLElement;
  /** 0..1; heuristics below 0.5 are reported in `unmapped` instead. */
  confidence: number;
  /**
   * Region shown in ONE control or text ("天津市 天津市 南开区"): which part this field is
   * (0 province, 1 city, 2 district). The elements are shared by the three fields.
   */
  part?: number;
  /** Static text that holds its label too ("主办单位性质: 企业"): the value follows the colon. */
  labelInText?: boolean;
}

export interface SecretField {
  kind: SecretKind;
  element: HTMLElement;
}

export interface UnmappedControl {
  element: HTMLElement;
  /** The label text that was found (may be empty). */
  label: string;
  reason: string;
}

export interface FormRecognition {
  fields: RecognizedField[];
  secrets: SecretField[];
  unmapped: UnmappedControl[];
}

export type ReadValue = (field: RecognizedField) => FieldValue | undefined;
