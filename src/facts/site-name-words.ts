import { cite } from './sources';

/**
 * Words that website (service) names may not use, with sources. ALI19-form appendices 1 and 2
 * (2019-09-19), QC policy/site_name.md (≈2021-23), Tencent's Tianjin page (分享).
 */
const split = (s: string) => [...new Set(s.split('、').map((w) => w.trim()).filter(Boolean))];

/** Non-national bodies may not start a site name with these (ALI19 appendix 1; QC adds 全国). */
export const NATIONAL_PREFIXES = ['中国', '中华', '中央', '人民', '人大', '国家', '全国'] as const;

/** Sensitive words banned for every subject (ALI19 appendices 1 and 2). */
export const SENSITIVE_WORDS = ['反腐', '赌博', '廉政', '色情'] as const;

/** Banned in individuals' site names (ALI19 appendix 2, plus QC additions). */
export const INDIVIDUAL_BANNED_WORDS: readonly string[] = [
  ...split('资讯、网站、网络、网址、爱好者、作品展示、论坛、社区、工作室、平台、主页、热线、社团、导航'),
  // QC policy/site_name.md
  '纪检', '监察', '信访', '维权', '投诉', '的个人空间',
];

/** Need a pre-approval (前置审批) in individuals' site names (ALI19 appendix 2). */
export const INDIVIDUAL_PREAPPROVAL_WORDS = ['博客', '论坛', '在线', '社区', '交流'] as const;

export const SITE_NAME_SOURCES = {
  units: cite('ALI19', '-form 附录一 单位网站命名要求'),
  individuals: cite('ALI19', '-form 附录二 个人网站命名要求'),
  qc: cite('QC', { en: 'policy/site_name.md', zh: '网站名称规范' }),
  provinces: cite('ALI19', '-form 附录二 (部分省份禁止使用的行业类及经营性词汇)'),
  jiangsu: cite('ALI19', '-prov 江苏 (某某的个人博客 / 某某的个人主页)'),
  tianjin: cite('TXTJ', '分享'),
  seed: cite('seed-003', { en: '§2 step 4 note (Personal website name requirements)', zh: '第2节第4步注（个人网站名称要求）' }),
};

/** Extra banned words in individuals' site names, by province id (ALI19-form appendix 2 table). */
export const PROVINCE_BANNED_WORDS: Readonly<Record<string, readonly string[]>> = {
  bj: split('合伙、评论、中心、售后、学院、社团、博客、论坛、社区、返现、团购'),
  gd: split('媒体、股票、证券、彩票、体彩、刮刮乐、导航、论坛、社区、交流 、商城、交易、返现、批发、利润、商务'),
  zj: split('工作室、官网、行业、电商、企业、工坊、中心、产业、农业、养殖、股票、证券、彩票、体彩、刮刮乐、博客、论坛、在线、社区'),
  ha: split(
    '合伙、框架、大众、维修、设计、沙龙、艺术、评论、工作室、官网、服务、转让、品牌、排行榜、行业、宣传、电商、报价、企业、管理、工坊、传播、中心、交流、咨询、投资、售后、学院、贸易、旗舰、产业、农业、传媒、管理、系统、媒体、股票、证券、彩票、体彩、刮刮乐、工作室、热线、社团、导航、论坛、在线、社区、交流、营销、商城、交易、折扣、定做、定制、购、返现、购物、贸易、导购、淘宝、网淘、阿里、诚信通、旺铺、网购、批发、市场、利润、团购、易购、商务',
  ),
  ln: split(
    '合伙、大众、维修、沙龙、工作室、互联、官网、品牌、行业、宣传、电商、企业、管理、工坊、传播、咨询、投资、贸易、产业、养殖、传媒、媒体、股票、证券、彩票、体彩、咨询、网络、网址、平台、论坛、站长网、商城、交易、折扣、购、购物、返现、易购、淘宝、网淘、网购、旺铺、团购',
  ),
  hb: split('官网、行业、电商、企业、学院、论坛、商城、团购'),
  nx: split(
    '网、技术、信息、工作室、资讯、网站、网络、网址、爱好者、作品展示、工作室、平台、主页、热线、社团、导航、博客、论坛、在线、社区、交流、网站、营销、商城、交易、折扣、定做、定制、购、返现、购物、贸易、导购、淘宝、网淘、阿里、诚信通、旺铺、网购、批发、市场、利润、团购、易购、商务',
  ),
  he: split('工作室、官网、企业、中心、学院、彩票、体彩、刮刮乐、工作室、社团、论坛、社区、商城、淘宝、团购'),
  gz: split(
    '评论、信息、互联、官网、排行榜、行业、宣传、电商、售后、学院、传媒、媒体、股票、证券、彩票、体彩、刮刮乐、资讯、网址、平台、主页、热线、导航、博客、论坛、在线、社区、交流、营销、商城、交易、折扣、购、返现、购物、导购、淘宝、网淘、旺铺、网购、批发、团购、易购',
  ),
  hn: split(
    '官网、电商、报价、企业、售后、学院、产业、媒体、博客、论坛、营销、商城、交易、折扣、定做、定制、购、返现、购物、贸易、导购、淘宝、网淘、阿里、诚信通、旺铺、网购、批发、市场、利润、团购、易购、商务',
  ),
  nm: split('学院、股票、证券、彩票、体彩、刮刮乐、导航、博客、论坛、在线、营销、商城、交易、折扣、购、返现、购物、导购、淘宝、网淘、网购、利润、团购、易购'),
  // Tencent Cloud's Tianjin page (newer-sources §1.3).
  tj: ['分享'],
  // QC: Shanghai site names may not contain 论坛 (units and individuals).
};

/** Shanghai: no 论坛 in any site name, no all-English names (QC shanghai.md). */
export const SHANGHAI_BANNED_WORDS = ['论坛'] as const;
