import type { Lang } from '../domain/localized';

/** The first-run page's words, in both product languages. */
export const WELCOME_TEXT = {
  zh: {
    title: '欢迎使用 ICP备案助手',
    intro: '在云服务商的备案页面填写 ICP 备案表单时，助手会在字段旁实时提示错误，列出后续核验步骤和截止时间，并自动保存草稿。',
    providers: '支持的备案系统',
    providersNote: '在以下页面上助手会自动运行：',
    stored: '保存什么、保存在哪里',
    storedItems: [
      '草稿（您在表单中填写的内容）保存在本浏览器中本扩展自己的数据库（IndexedDB）里，网页无法读取；默认 90 天未编辑的草稿会被删除，可在设置中修改。',
      '设置（语言、保留天数、提醒）保存在本扩展的存储中。',
      '图片验证码、短信验证码、ICP 备案密码和上传的文件从不保存。',
      '扩展不发出任何网络请求，数据不会离开您的电脑。',
    ],
    otherSite: '在其他网站上启用',
    otherSiteSteps: ['打开该服务商的备案页面。', '点击浏览器工具栏中的助手图标。', '在弹出窗口中选择“在此网站启用”，并在浏览器询问时允许访问该网站。', '刷新页面。'],
    tryIt: '试一试',
    tryItText: '在内置的示例表单上试用：在“联系方式1”中填写座机号码，或让证件住所与通讯地址不在同一省份。',
    trySample: '打开示例表单',
    privacy: '隐私政策',
    options: '设置',
  },
  en: {
    title: 'Welcome to ICP Filing Helper',
    intro: 'While you fill in the ICP filing form on your cloud provider’s filing pages, the helper points out mistakes beside each field, lists the verification steps still ahead with their deadlines, and saves your draft as you type.',
    providers: 'Supported filing systems',
    providersNote: 'The helper runs by itself on these pages:',
    stored: 'What is stored, and where',
    storedItems: [
      'Drafts (what you type into the form) are kept in this extension’s own database (IndexedDB) in this browser; web pages cannot read it. Drafts not edited for 90 days are deleted (change it in the options).',
      'Settings (language, retention, reminders) are kept in the extension’s storage.',
      'Image captchas, SMS codes, the ICP filing password and uploaded files are never stored.',
      'The extension makes no network requests: nothing leaves your computer.',
    ],
    otherSite: 'Use it on another site',
    otherSiteSteps: [
      'Open your provider’s filing page.',
      'Click the helper’s icon in the browser toolbar.',
      'Choose “Enable on this site” in the popup and allow access when the browser asks.',
      'Reload the page.',
    ],
    tryIt: 'Try it',
    tryItText: 'Try it on the bundled sample form: type a landline into 联系方式1 (contact method 1), or give a document address and a mailing address in different provinces.',
    trySample: 'Open the sample form',
    privacy: 'Privacy policy',
    options: 'Options',
  },
} as const satisfies Record<Lang, unknown>;
