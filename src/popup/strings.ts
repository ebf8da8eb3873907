import type { Lang } from '../domain/localized';

/**
 * Every UI string of the popup and the options page, in both product languages. One table
 * (not only `_locales`) so that the user's language choice in options can override the
 * browser's: `chrome.i18n` always follows the browser.
 */
const STRINGS = {
  appName: { zh: 'ICP备案助手', en: 'ICP Filing Helper' },
  loading: { zh: '加载中…', en: 'Loading…' },
  noDrafts: {
    zh: '还没有草稿。在服务商的备案页面填写表单时会自动保存，也可以导入草稿文件。',
    en: 'No drafts yet. Drafts are saved as you fill the filing form on your provider’s page, or import a draft file.',
  },
  draftNotFound: { zh: '找不到草稿 {id}。', en: 'Draft {id} was not found.' },
  largeDraft: { zh: '草稿“{name}”有 {count} 项内容，需要时再打开。', en: 'The draft “{name}” holds {count} values: it opens when you ask.' },
  openLargeDraft: { zh: '打开草稿', en: 'Open the draft' },
  currentDraft: { zh: '当前草稿', en: 'Current draft' },
  switchDraft: { zh: '切换草稿', en: 'Switch draft' },
  fromThisPage: { zh: '本页面的草稿', en: 'Draft of this page' },
  mostRecent: { zh: '最近编辑', en: 'Most recently edited' },
  filingType: { zh: '备案类型', en: 'Filing type' },
  province: { zh: '省份', en: 'Province' },
  updated: { zh: '更新于 {time}', en: 'Updated {time}' },

  // What to do next
  nextUp: { zh: '下一步', en: 'Next' },
  nextDeadline: { zh: '最近的截止时间：{step}', en: 'Nearest deadline: {step}' },
  noDeadlineYet: { zh: '暂无截止时间（在“关键日期”中填写提交管局的时间后显示短信核验期限）。', en: 'No deadline yet (the SMS window shows once the submission time is set under “Key dates”).' },
  fixErrorsFirst: { zh: '提交前先改正表单中的错误：{count} 处。', en: 'Errors to fix in the form before you submit: {count}.' },
  stageErrors: { zh: '{count} 处待改', en: '{count} to fix' },
  stepFlagged: { zh: '此步骤依赖的信息有误：', en: 'An input this step depends on is flagged:' },
  showStep: { zh: '展开步骤', en: 'Show step' },
  fromDraft: { zh: '按草稿首次保存时间估计，可修改', en: 'estimated from the draft’s first save; edit if different' },

  // Process bar
  progress: { zh: '备案进度', en: 'Filing progress' },
  stageCurrent: { zh: '当前阶段', en: 'current stage' },
  stageDone: { zh: '已完成', en: 'done' },

  // Steps
  steps: { zh: '待完成的核验步骤', en: 'Outstanding verification steps' },
  stepsDone: { zh: '已完成的步骤', en: 'Completed steps' },
  noSteps: { zh: '没有待完成的步骤。', en: 'No outstanding steps.' },
  plannerMissing: { zh: '核验步骤暂不可用。', en: 'Verification steps are not available yet.' },
  markDone: { zh: '标记为已完成', en: 'Mark as done' },
  who: { zh: '由谁完成', en: 'Who' },
  where: { zh: '在哪里', en: 'Where' },
  enter: { zh: '需填写', en: 'Enter' },
  senders: { zh: '短信发送号码', en: 'SMS sent from' },
  deadline: { zh: '截止时间', en: 'Deadline' },
  deadlineUnknown: {
    zh: '记录“提交管局时间”后显示截止时间。',
    en: 'Record “submitted to the administration at” to see the deadline.',
  },
  remaining: { zh: '剩余 {time}', en: '{time} left' },
  overdue: { zh: '已超时 {time}', en: 'Overdue by {time}' },
  sources: { zh: '依据', en: 'Source' },
  mobile: { zh: '手机号码', en: 'Mobile' },
  'who.applicant': { zh: '申请人', en: 'Applicant' },
  'who.subject-principal': { zh: '主体负责人', en: 'Subject principal' },
  'who.website-principal': { zh: '网站负责人', en: 'Website principal' },
  'who.provider': { zh: '服务商', en: 'Service provider' },
  'who.administration': { zh: '通信管理局', en: 'Communications administration' },
  enterCode: { zh: '6位短信验证码', en: 'the 6-digit SMS code' },
  enterMobile: { zh: '手机号 {mobile}', en: 'mobile number {mobile}' },
  enterIdTail: { zh: '证件号码后6位', en: 'the last six digits of the ID number' },
  enterIdTailValue: { zh: '证件号码后6位（{tail}）', en: 'the last six digits of the ID number ({tail})' },
  statusUpcoming: { zh: '尚未开始', en: 'Not yet' },
  statusOverdue: { zh: '已超期', en: 'Overdue' },
  approximate: { zh: '网址以服务商说明为准', en: 'check the address with your provider' },
  expectedAt: { zh: '预计收到短信', en: 'SMS expected' },
  resendAt: { zh: '未使用则于 {time} 自动重发一次', en: 'resent once automatically at {time} if unused' },
  expectedTime: { zh: '预计用时', en: 'Expected time' },
  workingDays: { zh: '{min}–{max} 个工作日', en: '{min}–{max} working days' },
  until: { zh: '最晚约 {time}', en: 'by about {time}' },
  validFor: { zh: '（验证码有效期 {hours} 小时）', en: '(the code is valid for {hours} h)' },
  notes: { zh: '说明', en: 'Notes' },
  more: { zh: '详细说明与依据', en: 'Details and sources' },
  idTail: { zh: '证件号码后6位：{tail}', en: 'Last six of the ID number: {tail}' },
  opensNewTab: { zh: '（在新标签页打开）', en: '(opens in a new tab)' },

  // Dates
  dates: { zh: '关键时间', en: 'Key dates' },
  orderCreatedAt: { zh: '备案订单创建时间', en: 'Order created at' },
  submittedToAdminAt: { zh: '提交管局时间', en: 'Submitted to the administration at' },
  smsSentAt: { zh: '短信验证码发送时间', en: 'SMS code sent at' },
  siteOpenedAt: { zh: '网站开通时间', en: 'Website opened at' },
  clear: { zh: '清除', en: 'Clear' },
  saved: { zh: '已保存', en: 'Saved' },
  orderExpires: { zh: '订单有效期至 {time}（45天）', en: 'Order valid until {time} (45 days)' },

  // Page warnings
  pageWarnings: { zh: '本页检查结果', en: 'Checks on this page' },
  noPage: { zh: '当前标签页不是已启用的备案页面。', en: 'The current tab is not an enabled filing page.' },
  noWarnings: { zh: '本页没有发现问题。', en: 'No problems found on this page.' },
  'severity.error': { zh: '错误', en: 'Errors' },
  'severity.warning': { zh: '警告', en: 'Warnings' },
  'severity.info': { zh: '提示', en: 'Notes' },
  scrollTo: { zh: '定位到字段', en: 'Go to field' },

  // Drafts
  drafts: { zh: '草稿', en: 'Drafts' },
  open: { zh: '打开', en: 'Open' },
  restore: { zh: '填入页面', en: 'Restore into page' },
  restoreNoPage: { zh: '请先打开备案页面', en: 'Open the filing page first' },
  restoreResult: {
    zh: '已填入 {filled} 项，失败 {failed} 项，跳过 {skipped} 项。',
    en: 'Filled {filled}, failed {failed}, skipped {skipped}.',
  },
  restoreFailed: { zh: '填入失败：{error}', en: 'Restore failed: {error}' },
  rename: { zh: '重命名', en: 'Rename' },
  renameLabel: { zh: '草稿名称', en: 'Draft name' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  delete: { zh: '删除', en: 'Delete' },
  deleted: { zh: '已删除“{name}”。', en: 'Deleted “{name}”.' },
  mergeInto: { zh: '合并到…', en: 'Merge into…' },
  mergeTarget: { zh: '合并到哪个草稿', en: 'Draft to merge into' },
  mergeAction: { zh: '合并', en: 'Merge' },
  merged: { zh: '已将“{name}”合并到“{target}”。', en: 'Merged “{name}” into “{target}”.' },
  splitOff: { zh: '拆分…', en: 'Split off…' },
  splitLegend: { zh: '拆分为新草稿的部分', en: 'Parts to move into a new draft' },
  splitAction: { zh: '拆分', en: 'Split' },
  splitDone: { zh: '已拆分为新草稿“{name}”。', en: 'Split off into the new draft “{name}”.' },
  sectionSubject: { zh: '主办单位信息', en: 'Subject (host organisation)' },
  sectionWebsite: { zh: '网站 {n}', en: 'Website {n}' },
  undo: { zh: '撤销', en: 'Undo' },
  export: { zh: '导出', en: 'Export' },
  exportEncrypted: { zh: '加密导出', en: 'Export encrypted' },
  import: { zh: '导入草稿文件', en: 'Import draft file' },
  imported: { zh: '已导入 {count} 个草稿。', en: 'Imported {count} draft(s).' },
  importFailed: { zh: '文件无法导入，未做任何更改：', en: 'The file could not be imported; nothing was changed:' },
  passphrase: { zh: '文件密码', en: 'File passphrase' },
  selected: { zh: '（当前）', en: '(current)' },

  // Site access
  site: { zh: '当前网站', en: 'This site' },
  siteBuiltIn: { zh: '内置的备案网站，助手已启用。', en: 'A built-in filing site; the helper is on.' },
  siteEnabled: { zh: '已在 {origin} 启用助手。', en: 'The helper is on at {origin}.' },
  siteDisabled: { zh: '助手未在 {origin} 启用。', en: 'The helper is off at {origin}.' },
  enableSite: { zh: '在此网站启用', en: 'Enable on this site' },
  disableSite: { zh: '在此网站停用', en: 'Disable on this site' },
  siteNotApplicable: { zh: '此页面不能启用助手。', en: 'The helper cannot run on this page.' },
  reloadHint: { zh: '刷新页面后生效。', en: 'Reload the page to apply.' },
  options: { zh: '设置', en: 'Options' },

  // Options page
  optionsTitle: { zh: 'ICP备案助手 设置', en: 'ICP Filing Helper options' },
  language: { zh: '界面语言', en: 'Language' },
  'language.auto': { zh: '跟随浏览器', en: 'Follow the browser' },
  'language.zh': { zh: '中文', en: '中文 (Chinese)' },
  'language.en': { zh: 'English（英文）', en: 'English' },
  retention: { zh: '草稿保留期限', en: 'Keep drafts for' },
  retentionHelp: {
    zh: '超过此天数未编辑的草稿会被自动删除。0 表示永久保留。',
    en: 'Drafts not edited for this many days are deleted automatically. 0 keeps them forever.',
  },
  days: { zh: '天', en: 'days' },
  reminders: { zh: '截止时间提醒', en: 'Deadline reminders' },
  remindersHelp: {
    zh: '在短信验证码过期、备案订单过期（45天）和公安备案期限（开通后30天）之前发送通知。',
    en: 'Notify before the SMS code expires, the order expires (45 days) and the PSB filing is due (30 days after opening).',
  },
  enabledSites: { zh: '已启用的网站', en: 'Enabled sites' },
  noEnabledSites: { zh: '没有额外启用的网站。', en: 'No extra sites enabled.' },
  remove: { zh: '移除', en: 'Remove' },
  data: { zh: '数据', en: 'Data' },
  exportAll: { zh: '导出全部草稿', en: 'Export all drafts' },
  exportAllEncrypted: { zh: '加密导出全部草稿', en: 'Export all drafts, encrypted' },
  allDrafts: { zh: '全部草稿', en: 'all drafts' },
  deleteAll: { zh: '删除全部数据', en: 'Delete all data' },
  deleteAllConfirm: {
    zh: '确定删除全部草稿和设置吗？此操作无法撤销。',
    en: 'Delete all drafts and settings? This cannot be undone.',
  },
  confirmDelete: { zh: '确认删除', en: 'Yes, delete everything' },
  allDeleted: { zh: '全部数据已删除。', en: 'All data deleted.' },
  settingsSaved: { zh: '设置已保存。', en: 'Settings saved.' },
  privacyPolicy: { zh: '隐私政策', en: 'Privacy policy' },
  privacyNote: {
    zh: '草稿只保存在本浏览器中。图片验证码、短信验证码和ICP备案密码从不保存或导出。',
    en: 'Drafts stay in this browser. Image captchas, SMS codes and the ICP filing password are never stored or exported.',
  },

  // Reminder notifications
  'notify.sms-window': {
    zh: '{mobile} 的短信验证码将于 {time} 过期，请尽快在工信部网站完成短信核验。',
    en: 'The SMS code for {mobile} expires at {time}. Complete the SMS verification on the MIIT site soon.',
  },
  'notify.order-validity': {
    zh: '备案订单将于 {time} 过期（创建后45天），请及时更新或跟进。',
    en: 'The filing order expires at {time} (45 days after creation). Update or follow it up in time.',
  },
  'notify.psb-filing': {
    zh: '公安备案应在 {time} 前完成（网站开通后30天内）。',
    en: 'The PSB filing is due by {time} (within 30 days of the website opening).',
  },

  // Filing types
  'type.new': { zh: '首次备案', en: 'New filing' },
  'type.transfer': { zh: '新增接入', en: 'Access transfer' },
  'type.new-website': { zh: '新增网站', en: 'New website' },
  'type.change-subject': { zh: '变更主体', en: 'Change subject' },
  'type.change-website': { zh: '变更网站', en: 'Change website' },
  'type.cancel-subject': { zh: '注销主体', en: 'Cancel subject' },
  'type.cancel-website': { zh: '注销网站', en: 'Cancel website' },
  'type.cancel-access': { zh: '取消接入', en: 'Cancel access' },
  'type.claim': { zh: '备案认领', en: 'Claim filing' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof STRINGS;

export function hasString(key: string): key is StringKey {
  return key in STRINGS;
}

/** A UI string with `{name}` placeholders filled. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** For tests: every key, so a test can check both languages are filled. */
export const ALL_STRING_KEYS = Object.keys(STRINGS) as StringKey[];
export const RAW_STRINGS: Readonly<Record<StringKey, { zh: string; en: string }>> = STRINGS;
