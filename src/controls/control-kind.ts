/**
 * What kind of data control an element is, from tag, type, role and class alone (no layout):
 * the one definition recognition walks by and the adapters fill by.
 */

export type ControlType = 'text' | 'select' | 'cselect' | 'check' | 'file';

/** Component-library selects drawn with divs; the wrapper is the control (class hints). */
export const COMPONENT_SELECT_CLASSES = ['ant-select', 'ant-cascader', 'el-select', 'el-cascader', 'tea-dropdown', 'tea-select', 'next-select', 'next-cascader-select'];

const COMPONENT_SELECT_RE = new RegExp(`(?:^|\\s)(?:${COMPONENT_SELECT_CLASSES.join('|')})(?:\\s|$)`);
/** A library's own select wrapper by its class token (t-select, tiny-select, arco-select): a hint. */
const SELECT_TOKEN = /(?:^|\s)[a-z]+-select(?:\s|$)/;
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'image']);

export function inputType(el: Element): string {
  return (el.getAttribute('type') ?? 'text').toLowerCase();
}

/** Native controls by tag and type; 'action' for button inputs. */
export function nativeControl(el: Element, tag: string): ControlType | 'action' | undefined {
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

/**
 * A select drawn by a component library (not an input): by structure first, an element that
 * is itself the combobox (Arco's wrapper div); else a known wrapper class, or a `<lib>-select`
 * class token around an input and no native select (TDesign and OpenTiny carry no role there).
 */
export function isComponentSelect(el: Element, cls: string, role = el.getAttribute('role')): boolean {
  return role === 'combobox' || COMPONENT_SELECT_RE.test(cls) || (SELECT_TOKEN.test(cls) && !!el.querySelector('input') && !el.querySelector('select'));
}

export function hasAnyClass(el: Element, classes: readonly string[]): boolean {
  return classes.some((c) => el.classList.contains(c));
}

/** The control type of an element, or undefined when it is no data control. */
export function controlType(el: Element): ControlType | undefined {
  const tag = el.tagName;
  const native = nativeControl(el, tag);
  if (native) return native === 'action' ? undefined : native;
  return tag !== 'INPUT' && isComponentSelect(el, el.getAttribute('class') ?? '') ? 'cselect' : undefined;
}
