/**
 * What counts as a form control, and how component libraries draw their selects.
 * No layout reads: tag names, attributes and class names only.
 */

export type ControlType = 'text' | 'select' | 'cselect' | 'check' | 'file';

/** Component-library selects drawn with divs; the wrapper is the control. */
export const COMPONENT_SELECT_CLASSES = ['ant-select', 'ant-cascader', 'el-select', 'el-cascader', 'tea-dropdown', 'tea-select', 'next-select', 'next-cascader-select'];

/** Where those selects show the chosen value, most specific first. */
export const COMPONENT_SELECT_VALUE =
  '.ant-select-selection-item, .el-select__selected-item:not(.is-transparent), .el-input__inner, .tea-dropdown__value, .tea-select__value, .next-select-values, .next-select-inner em';

/** Placeholders shown where a value would be. */
export const PLACEHOLDER_VALUE = /^(?:-*\s*请选择.*|-+\s*选择.*-*|please select.*|select\.*|--+)$/i;

/** Popups and overlays rendered at the end of body: their option texts are no labels. */
const POPUP_CLASSES = ['ant-select-dropdown', 'ant-cascader-dropdown', 'ant-picker-dropdown', 'ant-dropdown', 'el-select-dropdown', 'el-popper', 'el-cascader__dropdown', 'tea-dropdown-box', 'tea-overlay', 'next-overlay-wrapper', 'ant-tooltip', 'ant-popover'];

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'OPTION', 'DATALIST', 'HEAD', 'META', 'LINK']);
const NON_DATA_INPUTS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

function classRegExp(classes: readonly string[]): RegExp {
  return new RegExp(`(?:^|\\s)(?:${classes.join('|')})(?:\\s|$)`);
}
const COMPONENT_SELECT_RE = classRegExp(COMPONENT_SELECT_CLASSES);
const POPUP_RE = classRegExp(POPUP_CLASSES);

/** Host elements of the helper's own UI carry this attribute (CONTRACT.md). */
const OWN_UI_ATTR = 'data-icp-helper';

/** What the walk needs to know about an element, from one read of tag, class, role and style. */
export interface ElementInfo {
  skip: boolean;
  ctl: ControlType | undefined;
  action: boolean;
  role: string | null;
  cls: string;
}

export function classify(el: Element): ElementInfo {
  const tag = el.tagName;
  const none: ElementInfo = { skip: true, ctl: undefined, action: false, role: null, cls: '' };
  // The helper's own UI (warnings, restore prompt, notices) is never part of the form.
  if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTR)) return none;
  const style = el.getAttribute('style');
  if (style && style.includes('none') && /display\s*:\s*none/i.test(style)) return none;
  const cls = el.getAttribute('class') ?? '';
  if (cls && POPUP_RE.test(cls)) return none;
  const role = el.getAttribute('role');
  let ctl: ControlType | undefined;
  let action = false;
  if (tag === 'INPUT') {
    const t = inputType(el);
    if (t === 'button' || t === 'submit' || t === 'reset' || t === 'image') action = true;
    else if (t === 'checkbox' || t === 'radio') ctl = 'check';
    else if (t === 'file') ctl = 'file';
    else if (t !== 'hidden') ctl = 'text';
  } else if (tag === 'TEXTAREA') ctl = 'text';
  else if (tag === 'SELECT') ctl = 'select';
  else if (tag === 'BUTTON') action = true;
  else if (cls && COMPONENT_SELECT_RE.test(cls)) ctl = 'cselect';
  else if (role === 'button') action = true;
  return { skip: false, ctl, action, role, cls };
}

export function hasAnyClass(el: Element, classes: readonly string[]): boolean {
  const list = el.classList;
  if (list.length === 0) return false;
  for (const c of classes) if (list.contains(c)) return true;
  return false;
}

export function isSkippedSubtree(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTR)) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) return true;
  return hasAnyClass(el, POPUP_CLASSES);
}

export function inputType(el: Element): string {
  return (el.getAttribute('type') ?? 'text').toLowerCase();
}

/** The control type of an element, or undefined when it is no data control. */
export function controlType(el: Element): ControlType | undefined {
  switch (el.tagName) {
    case 'INPUT': {
      const t = inputType(el);
      if (NON_DATA_INPUTS.has(t)) return undefined;
      if (t === 'checkbox' || t === 'radio') return 'check';
      if (t === 'file') return 'file';
      return 'text';
    }
    case 'TEXTAREA':
      return 'text';
    case 'SELECT':
      return 'select';
    default:
      if (hasAnyClass(el, COMPONENT_SELECT_CLASSES)) return 'cselect';
      return undefined;
  }
}

/** Buttons and button-like inputs: their text is context (获取验证码), never a label. */
export function isAction(el: Element): boolean {
  if (el.tagName === 'BUTTON') return true;
  if (el.tagName === 'INPUT') {
    const t = inputType(el);
    return t === 'button' || t === 'submit' || t === 'reset' || t === 'image';
  }
  return el.getAttribute('role') === 'button';
}

export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea, .ant-select, .el-select, .tea-dropdown, .next-select';

/** Page chrome where look-alike inputs (search, newsletter) are not the filing form. */
export const CHROME_TAGS = new Set(['HEADER', 'FOOTER', 'NAV', 'ASIDE']);
export function isChrome(el: Element, role: string | null = el.getAttribute('role')): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  return role === 'search' || role === 'banner' || role === 'contentinfo' || role === 'navigation';
}
