/**
 * What counts as a form control, and how component libraries draw their selects.
 * No layout reads: tag names, attributes and class names only. The kinds of control are the
 * adapters' (src/controls/control-kind.ts); this adds what the walk skips and what is chrome.
 */
import { isComponentSelect, nativeControl, type ControlType } from '../controls/control-kind';

export { controlType, inputType, type ControlType } from '../controls/control-kind';

/** Popups and overlays rendered at the end of body: their option texts are no labels. */
const POPUP_RE = /(?:^|\s)(?:ant-select-dropdown|ant-cascader-dropdown|ant-picker-dropdown|ant-dropdown|el-select-dropdown|el-popper|el-cascader__dropdown|tea-dropdown-box|tea-overlay|next-overlay-wrapper|ant-tooltip|ant-popover)(?:\s|$)/;

// A Set rather than a regular expression: the walk asks for every element of the page.
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'OPTION', 'DATALIST', 'HEAD', 'META', 'LINK']);

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

/** undefined for an element the walk skips with its subtree. */
export function classify(el: Element): ElementInfo | undefined {
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag)) return undefined;
  // No attributes (a third of a typical form: <i>*</i>, <section>, <span>): nothing below to read.
  if (!el.hasAttributes()) return { ctl: tag === 'BUTTON' ? 'action' : nativeControl(el, tag), tag, role: null, cls: '' };
  // The helper's own UI (warnings, restore prompt, notices) is never part of the form.
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTR)) return undefined;
  const style = el.getAttribute('style');
  if (style && style.includes('none') && /display\s*:\s*none/i.test(style)) return undefined;
  const cls = el.getAttribute('class') ?? '';
  if (POPUP_RE.test(cls)) return undefined;
  const role = el.getAttribute('role');
  let ctl = nativeControl(el, tag);
  if (!ctl && tag !== 'INPUT') {
    if (tag === 'BUTTON') ctl = 'action';
    else if (isComponentSelect(el, cls, role)) ctl = 'cselect';
    else if (role === 'button') ctl = 'action';
  }
  return { ctl, tag, role, cls };
}

export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea, .ant-select, .el-select, .tea-dropdown, .next-select';

/** Whether a data control is inside `el`. */
export function containsControl(el: Element | null | undefined): boolean {
  return !!el?.querySelector(CONTROL_SELECTOR);
}

/** Page chrome where look-alike inputs (search, newsletter) are not the filing form. */
export function isChrome(tag: string, role: string | null): boolean {
  return /^(?:HEADER|FOOTER|NAV|ASIDE)$/.test(tag) || /^(?:search|banner|contentinfo|navigation)$/.test(role ?? '');
}
