/**
 * Fills the component-library fixture pages (/libs/<lib>.html) through their real UI, as a user
 * would: click the combobox, click the option in the popup it opened, walk a cascader level by
 * level, click checkbox labels one by one. Controls are found through the test-only wrapper
 * attributes (`data-expected-key`, `data-fixture-upload`); the library's popups through the class
 * hints below, because several libraries render their visible options without ARIA roles
 * (see docs/SAMPLE-FORMS.md). Used by the fixture smoke test and the restore e2e tests.
 */
import type { Locator, Page } from 'playwright-core';
import { ALL_FIELDS, REGION_KEYS, type FieldSpec } from '../fixtures/libs/shared/spec';
import type { FixtureValue } from '../fixtures/libs/shared/expose';
import type { LibPage } from './lib-fixture-build';

interface Hints {
  /** What to click to open a select or cascader, inside the field's wrapper. */
  trigger: string;
  /** A select's popup (the whole floating layer) and an option in it. */
  popup: string;
  option: string;
  /** A cascader's popup, one menu (column) per level, and an item in a menu. */
  cascaderPopup: string;
  cascaderMenu: string;
  cascaderItem: string;
  /** A button in a multiple select's popup that commits the choice (Tea), else Escape closes it. */
  multiConfirm?: string;
}

const HINTS: Partial<Record<LibPage, Hints>> = {
  antd: {
    trigger: '.ant-select-selector',
    popup: '.ant-select-dropdown:not(.ant-cascader-dropdown)',
    option: '.ant-select-item-option',
    cascaderPopup: '.ant-cascader-dropdown',
    cascaderMenu: '.ant-cascader-menu',
    cascaderItem: '.ant-cascader-menu-item',
  },
  'element-plus': {
    trigger: '.el-select__wrapper',
    popup: '.el-select__popper',
    option: '.el-select-dropdown__item',
    cascaderPopup: '.el-cascader__dropdown',
    cascaderMenu: '.el-cascader-menu',
    cascaderItem: '.el-cascader-node',
  },
  fusion: {
    trigger: '.next-select',
    popup: '.next-select-menu',
    option: '.next-select-menu-item',
    cascaderPopup: '.next-cascader-select-dropdown',
    cascaderMenu: '.next-cascader-menu',
    cascaderItem: '.next-cascader-menu-item',
  },
  arco: {
    trigger: '[role=combobox]',
    popup: '.arco-select-popup',
    option: '[role=option]',
    cascaderPopup: '.arco-cascader-popup',
    cascaderMenu: '.arco-cascader-list-column',
    cascaderItem: '.arco-cascader-list-item',
  },
  tdesign: {
    trigger: '.t-input',
    popup: '.t-select__dropdown',
    option: '.t-select-option',
    cascaderPopup: '.t-cascader__popup',
    cascaderMenu: '.t-cascader__menu',
    cascaderItem: '.t-cascader__item',
  },
  tea: {
    trigger: '.tea-dropdown__header, .tea-cascader input',
    popup: '#tea-overlay-root > .tea-overlay:not(:has(.tea-cascader-menu))',
    option: 'li',
    cascaderPopup: '#tea-overlay-root > .tea-overlay:has(.tea-cascader-menu)',
    // One menu holds a list per level.
    cascaderMenu: '.tea-cascader-menu > ul',
    cascaderItem: 'li',
    multiConfirm: '.tea-dropdown-box__footer .tea-btn:not(.tea-btn--weak)',
  },
  opentiny: {
    trigger: '.tiny-select, .tiny-cascader',
    popup: '.tiny-select-dropdown',
    option: '.tiny-select-dropdown__item',
    cascaderPopup: '.tiny-cascader__dropdown',
    cascaderMenu: '.tiny-cascader-menu',
    cascaderItem: '.tiny-cascader-node',
  },
};

const hints = (lib: LibPage): Hints => {
  const h = HINTS[lib];
  if (!h) throw new Error(`no UI hints for ${lib}`);
  return h;
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Exact visible text (libraries pad options with whitespace and icons). */
export const exactText = (s: string): RegExp => new RegExp(`^\\s*${escapeRe(s)}\\s*$`);

/** The wrapper of a field's control. A cascader's wrapper lists the three region keys. */
export const fieldWrapper = (page: Page, key: string): Locator => page.locator(`[data-expected-key~="${key}"]`);
export const uploadWrapper = (page: Page, name: string): Locator => page.locator(`[data-fixture-upload="${name}"]`);

export async function typeText(page: Page, key: string, text: string): Promise<void> {
  const input = fieldWrapper(page, key).locator('input:not([type=hidden]), textarea').first();
  await input.click();
  await input.fill(text);
  await input.blur();
}

/** The one popup of this kind that is visible now (the one the last click opened). */
async function openPopup(page: Page, wrapper: Locator, trigger: string, popupSel: string): Promise<Locator> {
  await wrapper.locator(trigger).first().click();
  const popup = page.locator(popupSel).filter({ visible: true });
  await popup.first().waitFor({ state: 'visible' });
  // Some libraries ignore clicks while their popup is still animating in (OpenTiny).
  await settle(popup.last());
  return popup.last();
}

/** Waits for the CSS transitions and animations inside an element to finish. */
async function settle(el: Locator): Promise<void> {
  await el.evaluate((node) => Promise.all(node.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))));
}

async function closed(page: Page, popupSel: string): Promise<void> {
  await page.locator(popupSel).filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 5_000 });
}

/** Closes a popup that stays open: Escape, or (libraries that ignore it) a click outside the form. */
async function dismiss(page: Page, popupSel: string): Promise<void> {
  await page.keyboard.press('Escape');
  const open = page.locator(popupSel).filter({ visible: true }).first();
  if (await open.waitFor({ state: 'hidden', timeout: 800 }).then(() => false, () => true)) {
    await page.mouse.click(2, 2);
  }
}

/** Picks one option (single select) or several (multiple select) by their labels. */
export async function chooseOptions(page: Page, lib: LibPage, key: string, labels: string | string[]): Promise<void> {
  const h = hints(lib);
  const popup = await openPopup(page, fieldWrapper(page, key), h.trigger, h.popup);
  const list = Array.isArray(labels) ? labels : [labels];
  for (const label of list) await popup.locator(h.option).filter({ hasText: exactText(label) }).first().click();
  // A multiple select stays open after each pick; a single one closes itself.
  if (Array.isArray(labels)) {
    if (h.multiConfirm) await popup.locator(h.multiConfirm).click();
    else await dismiss(page, h.popup);
  }
  await closed(page, h.popup);
}

/** Walks a cascader: one click per level, in the menu of that level. */
export async function chooseCascader(page: Page, lib: LibPage, key: string, path: readonly string[]): Promise<void> {
  const h = hints(lib);
  const popup = await openPopup(page, fieldWrapper(page, key), h.trigger, h.cascaderPopup);
  for (const [level, label] of path.entries()) {
    const menu = popup.locator(h.cascaderMenu).nth(level);
    await menu.waitFor({ state: 'visible' });
    await menu.locator(h.cascaderItem).filter({ hasText: exactText(label) }).first().click();
  }
  await closed(page, h.cascaderPopup);
}

/** The region as province/city/district names: a cascader, or three cascading selects. */
export async function chooseRegion(page: Page, lib: LibPage, path: readonly [string, string, string]): Promise<void> {
  if (lib === 'element-plus') {
    for (const [i, k] of REGION_KEYS.entries()) await chooseOptions(page, lib, k, path[i] ?? '');
  } else {
    await chooseCascader(page, lib, REGION_KEYS[0], path);
  }
}

/** Clicks the labels of a checkbox group (adding to what is checked) or a radio group. */
export async function clickLabels(page: Page, key: string, labels: readonly string[]): Promise<void> {
  const wrapper = fieldWrapper(page, key);
  for (const label of labels) {
    await wrapper.getByText(exactText(label)).first().click();
  }
}

/** Puts a file into an Upload's hidden file input. */
export async function attachFile(page: Page, name: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await uploadWrapper(page, name).locator('input[type=file]').first().setInputFiles(file);
}

/** A complete, valid-looking filing (all fake) in the shape `getState()` returns. */
export const SAMPLE_VALUES: Record<string, FixtureValue> = {
  'subject.province': '广东省',
  'subject.city': '深圳市',
  'subject.district': '南山区',
  'subject.nature': '企业',
  'subject.certType': '营业执照',
  'subject.certNumber': '91440300MA5FXXXX0X',
  'subject.name': '深圳市示例科技有限公司',
  'subject.certAddress': '广东省深圳市南山区科技园路1号',
  'subject.mailingAddress': '广东省深圳市南山区科技园路1号A座101',
  'subject.investor': '深圳市示例科技有限公司',
  'subject.remarks': '无',
  'subject.principal.name': '张三',
  'subject.principal.idType': '护照',
  'subject.principal.idNumber': 'E12345678',
  'subject.principal.mobile': '13800138000',
  'subject.principal.phone': '0755-12345678',
  'subject.principal.emergencyPhone': '13900139000',
  'subject.principal.email': 'zhangsan@example.com',
  'website.name': '示例科技官网',
  'website.domains': 'example.com',
  'website.homepageUrl': 'www.example.com',
  'website.serviceContent': ['单位门户网站', '网站建设'],
  'website.language': ['中文简体', '英语'],
  'website.preApproval': '无',
  'website.remarks': '此地址已是最详细地址',
  'website.principal.name': '李四',
  'website.principal.idType': '身份证',
  'website.principal.idNumber': '11010519491231002X',
  'website.principal.mobile': '13700137000',
  'website.principal.phone': '0755-87654321',
  'website.principal.emergencyPhone': '13600136000',
  'website.principal.email': 'lisi@example.com',
};

/** Fills one field of the spec through the UI. */
export async function fillField(page: Page, lib: LibPage, f: FieldSpec, values: Record<string, FixtureValue>): Promise<void> {
  const v = values[f.key];
  switch (f.kind) {
    case 'upload':
      return;
    case 'region': {
      const path = REGION_KEYS.map((k) => String(values[k] ?? ''));
      if (path.every(Boolean)) await chooseRegion(page, lib, path as [string, string, string]);
      return;
    }
    case 'select':
      if (typeof v === 'string' && v) await chooseOptions(page, lib, f.key, v);
      return;
    case 'multiSelect':
      if (Array.isArray(v) && v.length) await chooseOptions(page, lib, f.key, v);
      return;
    case 'checkboxGroup':
      if (Array.isArray(v)) await clickLabels(page, f.key, v);
      return;
    case 'radioGroup':
      if (typeof v === 'string' && v) await clickLabels(page, f.key, [v]);
      return;
    default:
      if (typeof v === 'string') await typeText(page, f.key, v);
  }
}

/** Fills every field that `values` names, in page order, through the UI. */
export async function fillAll(page: Page, lib: LibPage, values: Record<string, FixtureValue> = SAMPLE_VALUES): Promise<void> {
  for (const f of ALL_FIELDS) await fillField(page, lib, f, values);
}

/** How many select or cascader popups of this library are visible (0 once every fill is done). */
export async function openPopups(page: Page, lib: LibPage): Promise<number> {
  const h = hints(lib);
  return page.locator(`${h.popup}, ${h.cascaderPopup}`).filter({ visible: true }).count();
}
