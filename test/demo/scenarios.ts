/**
 * What the demo types into each sample form: realistic values with a few typical mistakes (a
 * landline in 联系方式1, a document address in another province, a bad ID checksum ...) so the
 * extension's warnings show. Fields are found by the fixtures' ground-truth attributes: the demo
 * drives the sample pages, it does not test recognition.
 */

export type DemoAction =
  /** `frame`: the selector of the same-origin iframe holding the field. */
  | { fill: string; value: string; frame?: string }
  | { select: string; label: string }
  | { check: string }
  | { click: string }
  | { waitFor: string }
  | { pause: number }
  | { screenshot: string };

export interface DemoScenario {
  /** Path on the fixture server. */
  path: string;
  /** Base name of the screenshot taken when the scenario ends. */
  name: string;
  /** What the visitor should notice. */
  note: string;
  actions: DemoAction[];
}

const key = (k: string): string => `[data-expected-key="${k}"]`;
const part = (k: string, p: string): string => `${key(k)} [data-expected-part="${p}"]`;
const secret = (kind: string): string => `[data-expected-secret="${kind}"]`;

export const SCENARIOS: DemoScenario[] = [
  {
    path: 'aliyun-2019/start.html',
    name: 'aliyun-start',
    note: 'credit code with a wrong check character, a .hk domain (cannot be filed); the captcha is typed but never saved',
    actions: [
      { select: key('subject.province'), label: '天津市' },
      { select: key('subject.city'), label: '天津市' },
      { select: key('subject.district'), label: '南开区' },
      { select: key('subject.nature'), label: '企业' },
      { select: key('subject.certType'), label: '营业执照（个人或企业）' },
      { fill: key('subject.certNumber'), value: '91120104MA06ABCD1X' },
      { fill: key('website.domains'), value: 'tjxinghe.hk' },
      { fill: secret('captcha'), value: 'K7P2' },
    ],
  },
  {
    path: 'aliyun-2019/subject.html',
    name: 'aliyun-subject',
    note: 'document address in Zhejiang while the subject is in Tianjin, a street with no number, a landline in 联系方式1, a bad ID checksum, a malformed email',
    actions: [
      { fill: key('subject.name'), value: '天津星河网络科技有限公司' },
      { fill: key('subject.certAddress'), value: '浙江省杭州市西湖区文三路90号' },
      { fill: part('subject.mailingAddress', 'street'), value: '黄河道' },
      { fill: key('subject.investor'), value: '天津星河网络科技有限公司' },
      { fill: key('subject.principal.name'), value: '王建国' },
      { select: key('subject.principal.idType'), label: '身份证' },
      { fill: key('subject.principal.idNumber'), value: '120104198503151235' },
      { fill: key('subject.principal.mobile'), value: '022-23456789' },
      { fill: secret('smsCode'), value: '408213' },
      { fill: part('subject.principal.phone', 'area'), value: '022' },
      { fill: part('subject.principal.phone', 'number'), value: '23456789' },
      { fill: key('subject.principal.emergencyPhone'), value: '13800138000' },
      { fill: key('subject.principal.email'), value: 'wang.jianguo@example' },
    ],
  },
  {
    path: 'aliyun-2019/website.html',
    name: 'aliyun-website',
    note: 'an impossible birth date in the ID number, a 10-digit mobile, a doubled @; then a second website is added',
    actions: [
      { fill: key('website.name'), value: '星河科技官方网站' },
      { fill: key('website.homepageUrl'), value: 'www.tjxinghe.com' },
      { check: `${key('website.serviceContent')} input[value="2"]` },
      { check: `${key('website.language')} input[value="zh_CN"]` },
      { fill: key('website.principal.name'), value: '李娜' },
      { select: key('website.principal.idType'), label: '身份证' },
      { fill: key('website.principal.idNumber'), value: '120104199002301234' },
      { fill: key('website.principal.mobile'), value: '1380013800' },
      { fill: key('website.principal.email'), value: 'li.na@@tjxinghe.com' },
      { click: '#saveAndAdd' },
      { click: '#addWebsite' },
      { fill: key('website[1].name'), value: '星河科技售后服务平台' },
      { fill: key('website[1].principal.mobile'), value: '13900139000' },
    ],
  },
  {
    path: 'aliyun-2019/transfer.html',
    name: 'aliyun-transfer',
    note: 'a Shanghai ICP number (沪) for a Beijing subject; the ICP filing password is typed but never saved',
    actions: [
      { fill: key('website.icpNumber'), value: '沪ICP备12345678号-1' },
      { fill: secret('icpPassword'), value: 'not-a-real-password' },
      { fill: key('subject.certNumber'), value: '91110105MA01QRTP2H' },
      { fill: key('subject.name'), value: '北京华夏数科技术有限公司' },
      { fill: key('subject.certAddress'), value: '北京市东城区东直门南大街5号' },
      { fill: key('website.principal.name'), value: '赵敏' },
      { fill: key('website.principal.mobile'), value: '13700137000' },
      { fill: key('website.principal.email'), value: 'zhaomin@bjhuaxia-tech.cn' },
    ],
  },
  {
    path: 'react-late.html',
    name: 'react-late',
    note: 'React controlled inputs rendered late; mailing address in another province, a landline in 联系方式1; then the SPA moves to the website step',
    actions: [
      { waitFor: key('subject.principal.mobile') },
      { select: key('subject.province'), label: '浙江省' },
      { select: key('subject.city'), label: '杭州市' },
      { select: key('subject.district'), label: '西湖区' },
      { fill: key('subject.certNumber'), value: '91330106MA2AXY4K10' },
      { fill: key('subject.name'), value: '杭州云栖数据服务有限公司' },
      { fill: key('subject.certAddress'), value: '浙江省杭州市西湖区文三路90号' },
      { fill: key('subject.mailingAddress'), value: '上海市浦东新区张江路88号' },
      { fill: key('subject.investor'), value: '陈志强' },
      { fill: key('subject.principal.name'), value: '陈志强' },
      { fill: key('subject.principal.mobile'), value: '0571-88888888' },
      { fill: key('subject.principal.email'), value: 'chen@yunqi-data.cn' },
      { pause: 1200 },
      { screenshot: 'react-late-subject' },
      { click: '#next-step' },
      { fill: key('website.name'), value: '云栖数据服务平台' },
      { fill: `${key('website.domains')} input`, value: 'yunqi-data.cn' },
      { click: '#add-website' },
    ],
  },
  {
    path: 'vue-element.html',
    name: 'vue-element',
    note: 'Vue v-model inputs; a Beijing document address for a Guangdong subject',
    actions: [
      { select: key('subject.province'), label: '广东省' },
      { select: key('subject.city'), label: '深圳市' },
      { select: key('subject.district'), label: '南山区' },
      { fill: key('subject.certNumber'), value: '91440300MA5FUWXY3F' },
      { fill: key('subject.name'), value: '深圳南山云码科技有限公司' },
      { fill: key('subject.certAddress'), value: '北京市海淀区中关村大街1号' },
      { fill: part('subject.mailingAddress', 'street'), value: '科技园南区高新南一道8号' },
      { fill: key('subject.principal.mobile'), value: '0755-26666666' },
    ],
  },
  {
    path: 'tencent-tea.html',
    name: 'tencent-tea',
    note: 'Tea UI and the newer wording (服务名称, 互联网信息服务负责人); contact inputs known only by placeholder',
    actions: [
      { select: key('subject.province'), label: '上海市' },
      { fill: key('subject.certNumber'), value: '91310115MA1K3B7N08' },
      { fill: key('subject.name'), value: '上海浦江云服科技有限公司' },
      { fill: key('subject.certAddress'), value: '上海市浦东新区张江路88号' },
      { fill: key('subject.principal.mobile'), value: '021-50800000' },
      { fill: key('website.name'), value: '浦江云服' },
      { fill: key('website.principal.email'), value: 'ops@pujiang' },
    ],
  },
  {
    path: 'english.html',
    name: 'english',
    note: 'English labels only',
    actions: [
      { fill: key('subject.certAddress'), value: '浙江省杭州市滨江区网商路699号' },
      { fill: key('subject.mailingAddress'), value: '广东省深圳市南山区科技园1号' },
      { fill: key('subject.principal.mobile'), value: '+1 415 555 0100' },
      { fill: key('website.domains'), value: 'example.com, example.xyz' },
    ],
  },
  { path: 'antd.html', name: 'antd', note: 'Ant Design markup, newer short wording', actions: [
    { fill: key('subject.principal.idNumber'), value: '11010519880808456X' },
    { fill: key('subject.principal.mobile'), value: '12345678901' },
  ] },
  { path: 'table-layout.html', name: 'table-layout', note: 'old-style table layout', actions: [
    { fill: key('subject.mailingAddress'), value: '某某路' },
    { fill: key('subject.principal.mobile'), value: '010-12345678' },
  ] },
  { path: 'frames.html', name: 'frames', note: 'part of the form in an iframe', actions: [
    { fill: key('subject.certAddress'), value: '天津市南开区黄河道467号' },
    { fill: key('subject.principal.mobile'), value: '022-87654321', frame: '#principalFrame' },
    { fill: key('subject.principal.email'), value: 'admin@@example.cn', frame: '#principalFrame' },
  ] },
  { path: 'shadow.html', name: 'shadow', note: 'part of the form in shadow roots', actions: [
    { fill: key('website.principal.mobile'), value: '010-66668888' },
    { fill: key('subject.principal.idNumber'), value: '12010419850315123' },
  ] },
];
