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
export const PLACEHOLDER_VALUE = /^(?:-*\s*请选择.*|-+\s*选择.*|please select.*|select\.*|--+)$/i;

/** Popups and overlays rendered at the end of body: their option texts are no labels. */
const POPUP_RE = /(?:^|\s)(?:ant-select-dropdown|ant-cascader-dropdown|ant-picker-dropdown|ant-dropdown|el-select-dropdown|el-popper|el-cascader__dropdown|tea-dropdown-box|tea-overlay|next-overlay-wrapper|ant-tooltip|ant-popover)(?:\s|$)/;

// Sets rather than regular expressions: the walk asks for every element of the page.
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'OPTION', 'DATALIST', 'HEAD', 'META', 'LINK']);
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'image']);

function classRegExp(classes: readonly string[]): RegExp {
  return new RegExp(`(?:^|\\s)(?:${classes.join('|')})(?:\\s|$)`);
}
const COMPONENT_SELECT_RE = classRegExp(COMPONENT_SELECT_CLASSES);

/** Host elements of the helper's own UI carry this attribute (CONTRACT.md). */
const OWN_UI_ATTR = 'data-icp-helper';

/** What the walk needs to know about an element, from one read of tag, class, role and style. */
export interface ElementInfo {
  /** 'action' for buttons: their text is context (获取验证码), never a label. */
  ctl: ControlType | 'action' | undefined;
  tag: string;
  role: string | null;
  cls: string;
}

export function inputType(el: Element): string {
  return (el.getAttribute('type') ?? 'text').toLowerCase();
}

/** Native controls by tag and type; 'action' for button inputs. */
function nativeControl(el: Element, tag: string): ControlType | 'action' | undefined {
  switch (tag) {
    case 'INPUT': {
      const t = inputType(el);
      if (BUTTON_INPUTS.has(t)) return 'action';
      return t === 'checkbox' || t === 'radio' ? 'check' : t === 'file' ? 'file' : t === 'hidden' ? undefined : 'text';
    }
    case 'TEXTAREA':
      return 'text';
    case 'SELECT':
      return 'select';
  }
  return undefined;
}

/** undefined for an element the walk skips with its subtree. */
export function classify(el: Element): ElementInfo | undefined {
  const tag = el.tagName;
  // The helper's own UI (warnings, restore prompt, notices) is never part of the form.
  if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTR)) return undefined;
  const style = el.getAttribute('style');
  if (style && style.includes('none') && /display\s*:\s*none/i.test(style)) return undefined;
  const cls = el.getAttribute('class') ?? '';
  if (cls && POPUP_RE.test(cls)) return undefined;
  const role = el.getAttribute('role');
  let ctl = nativeControl(el, tag);
  if (!ctl && tag !== 'INPUT') {
    if (tag === 'BUTTON') ctl = 'action';
    else if (cls && COMPONENT_SELECT_RE.test(cls)) ctl = 'cselect';
    else if (role === 'button') ctl = 'action';
  }
  return { ctl, tag, role, cls };
}

export function hasAnyClass(el: Element, classes: readonly string[]): boolean {
  return classes.some((c) => el.classList.contains(c));
}

/** The control type of an element, or undefined when it is no data control. */
export function controlType(el: Element): ControlType | undefined {
  const tag = el.tagName;
  const native = nativeControl(el, tag);
  if (native) return native === 'action' ? undefined : native;
  return tag !== 'INPUT' && hasAnyClass(el, COMPONENT_SELECT_CLASSES) ? 'cselect' : undefined;
}

export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea, .ant-select, .el-select, .tea-dropdown, .next-select';

/** Whether a data control is inside `el`. */
export function containsControl(el: Element | null | undefined): boolean {
  return !!el?.querySelector(CONTROL_SELECTOR);
}

/** Page chrome where look-alike inputs (search, newsletter) are not the filing form. */
export function isChrome(tag: string, role: string | null): boolean {
  return CHROME_TAGS.has(tag) || (role !== null && CHROME_ROLES.has(role));
}
const CHROME_TAGS = new Set(['HEADER', 'FOOTER', 'NAV', 'ASIDE']);
const CHROME_ROLES = new Set(['search', 'banner', 'contentinfo', 'navigation']);
