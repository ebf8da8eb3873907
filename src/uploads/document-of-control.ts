/**
 * Which document an upload control is for, from its label or section (the providers' wording:
 * 营业执照, 身份证人像面, 核验单, 授权书, 域名证书 …). Native inputs and the component
 * libraries' upload widgets, whose file input is hidden inside the widget.
 */
import type { DocumentKind } from '../facts/document-upload';
import { ariaLabelledBy, formItemLabel, labelText, tableCellLabel, wrappingLabelText } from '../recognition/label-sources';
import { cleanText } from '../recognition/normalize';

/** Most specific first: "法定代表人身份证" is the legal representative's ID, not any ID card. */
const KINDS: readonly [RegExp, DocumentKind][] = [
  [/核验单|authenticity/i, 'authenticity-statement'],
  [/授权书|授权委托|authori[sz]ation/i, 'authorisation-letter'],
  [/(法定代表人|法人).*(身份证|证件)|legal representative/i, 'legal-rep-id'],
  [/域名证书|domain (name )?certificate/i, 'domain-certificate'],
  [/前置审批|专项审批|pre-?approval/i, 'pre-approval'],
  [/居住证|居住证明|暂住证|residence/i, 'residence-proof'],
  [/确认函/, 'party-confirmation'],
  [/党建/, 'party-building-proof'],
  [/告知书/, 'responsibility-notice'],
  [/承诺书|commitment/i, 'commitment-letter'],
  [/方案书|construction plan/i, 'construction-plan'],
  [/五图/, 'change-photos'],
  [/身份证|人像面|国徽面|护照|通行证|台胞证|负责人证件|证件照片|ID card|identity card|passport/i, 'id-card'],
  [/营业执照|主体证件|单位证件|组织机构代码|法人证书|登记证|统一社会信用代码证|business licen[cs]e|organi[sz]ation certificate|subject('s)? certificate/i, 'subject-certificate'],
  // A section of a principal's details ("主办单位负责人信息"): the documents there are ID cards.
  [/负责人|principal/i, 'id-card'],
];

export function documentKindOf(text: string): DocumentKind | undefined {
  for (const [re, kind] of KINDS) if (re.test(text)) return kind;
  return undefined;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"], caption, .ant-card-head-title, .el-card__header';

/**
 * Texts that may name the control's document, strongest first (own labels, then the section),
 * produced lazily: the first that names a document ends the search (no walk of the page's
 * sections when the label already says it). `input` may be the file input or, when a widget
 * replaced its input after the pick, the element that held it.
 */
export function* controlTexts(input: Element): Generator<string> {
  const doc = input.ownerDocument;
  const root = input.getRootNode() as Document | ShadowRoot;
  const clean = (t: string | null | undefined): string => (t ? cleanText(t) : '');
  yield clean(ariaLabelledBy(input, root));
  yield clean(input.getAttribute('aria-label'));
  if (input.id) yield clean(labelText(root.querySelector?.(`label[for="${CSS.escape(input.id)}"]`) ?? doc.querySelector(`label[for="${CSS.escape(input.id)}"]`)));
  yield clean(wrappingLabelText(input));
  yield clean(formItemLabel(input)?.text);
  yield clean(tableCellLabel(input));
  // The upload widget's own text ("上传身份证人像面"), a few levels up, without whole sections.
  let box: Element | null = input.parentElement;
  for (let i = 0; box && i < 3; i++, box = box.parentElement) {
    const t = box.textContent ?? '';
    if (t.length >= 60) break;
    yield clean(t);
  }
  yield clean(sectionHeading(input));
}

/** The nearest heading before the control in document order (a few levels, a few siblings each). */
function sectionHeading(el: Element): string | undefined {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    let seen = 0;
    for (let s = node.previousElementSibling; s && seen < 30; s = s.previousElementSibling, seen++) {
      if (s.matches(HEADING)) return s.textContent ?? undefined;
      const inner = s.querySelectorAll(HEADING);
      if (inner.length > 0) return inner[inner.length - 1]!.textContent ?? undefined;
    }
  }
  return undefined;
}

/** The control's document and the text that named it; undefined when nothing names one. */
export function documentOfControl(input: Element): { kind: DocumentKind; label: string } | undefined {
  for (const text of controlTexts(input)) {
    if (!text) continue;
    const kind = documentKindOf(text);
    if (kind) return { kind, label: text };
  }
  return undefined;
}

/**
 * Where the warning goes: the input when it is shown, else the widget around the hidden input.
 * `checkVisibility` needs only style, not a layout of the page the pick just changed.
 */
export function visibleAnchor(input: Element): HTMLElement | undefined {
  for (let el: HTMLElement | null = input as HTMLElement; el; el = el.parentElement) {
    if (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0) return el;
  }
  return undefined;
}
