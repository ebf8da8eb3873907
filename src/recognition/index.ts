export { recognizeForm, type RecognizeOptions } from './recognize-form';
export { readFieldValue, readValues } from './read-value';
export type { FormRecognition, RecognizedField, SecretField, UnmappedControl, FieldKind } from './types';
