import type { FieldValue } from '../domain/draft-file';
import type { FormRecognition, RecognizedField } from '../recognition/types';

/**
 * A few fields of the usual kinds (labelled text input, select, radio group, textarea) under a
 * section heading. Recognising it once compiles the recogniser's and value readers' code.
 */
const SAMPLE =
  '<h3>主办单位信息</h3><label for=a>主办单位名称</label><input id=a value=x><label for=b>主办单位性质</label><select id=b><option>企业</select>' +
  '<p>证件类型<label><input type=radio name=c checked>身份证</label><label><input type=radio name=c>护照</label><p><label for=d>备注</label><textarea id=d></textarea>';

/**
 * Readies recognition for a form that may render later (a page without a form yet): the label
 * dictionary indexed and the recogniser's code compiled, by reading a tiny sample form in a
 * document of its own (never the page's, nothing shown). Run at idle; a few ms.
 */
export function warmUpRecognition(
  indexDictionary: () => void,
  recognize: (doc: Document) => FormRecognition,
  readValue: (field: RecognizedField) => FieldValue | undefined,
  doc: Document = document,
): void {
  indexDictionary();
  // Parsed into a document of its own: nothing of it reaches the page, no HTML is written anywhere.
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const sample = new Parser().parseFromString(SAMPLE, 'text/html');
  for (const field of recognize(sample).fields) readValue(field);
}
