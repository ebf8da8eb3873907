/**
 * The 31 provincial-level divisions that file with a communications administration.
 * `id` is the two-letter code used by the 2019 provincial SMS sites (seed-002 / ALI19-sms);
 * `gb` the GB/T 2260 code (first two digits of resident IDs and division codes).
 */
export interface Province {
  id: string;
  gb: string;
  name: string;
  short: string;
  /** ICP number prefix in use now. */
  abbr: string;
  /** Older prefixes still seen on existing numbers (川 2009-15, 甘 2014-17). */
  oldAbbr?: string[];
  en: string;
}

export const PROVINCES: readonly Province[] = [
  { id: 'bj', gb: '11', name: '北京市', short: '北京', abbr: '京', en: 'Beijing' },
  { id: 'tj', gb: '12', name: '天津市', short: '天津', abbr: '津', en: 'Tianjin' },
  { id: 'he', gb: '13', name: '河北省', short: '河北', abbr: '冀', en: 'Hebei' },
  { id: 'sx', gb: '14', name: '山西省', short: '山西', abbr: '晋', en: 'Shanxi' },
  { id: 'nm', gb: '15', name: '内蒙古自治区', short: '内蒙古', abbr: '蒙', en: 'Inner Mongolia' },
  { id: 'ln', gb: '21', name: '辽宁省', short: '辽宁', abbr: '辽', en: 'Liaoning' },
  { id: 'jl', gb: '22', name: '吉林省', short: '吉林', abbr: '吉', en: 'Jilin' },
  { id: 'hl', gb: '23', name: '黑龙江省', short: '黑龙江', abbr: '黑', en: 'Heilongjiang' },
  { id: 'sh', gb: '31', name: '上海市', short: '上海', abbr: '沪', en: 'Shanghai' },
  { id: 'js', gb: '32', name: '江苏省', short: '江苏', abbr: '苏', en: 'Jiangsu' },
  { id: 'zj', gb: '33', name: '浙江省', short: '浙江', abbr: '浙', en: 'Zhejiang' },
  { id: 'ah', gb: '34', name: '安徽省', short: '安徽', abbr: '皖', en: 'Anhui' },
  { id: 'fj', gb: '35', name: '福建省', short: '福建', abbr: '闽', en: 'Fujian' },
  { id: 'jx', gb: '36', name: '江西省', short: '江西', abbr: '赣', en: 'Jiangxi' },
  { id: 'sd', gb: '37', name: '山东省', short: '山东', abbr: '鲁', en: 'Shandong' },
  { id: 'ha', gb: '41', name: '河南省', short: '河南', abbr: '豫', en: 'Henan' },
  { id: 'hb', gb: '42', name: '湖北省', short: '湖北', abbr: '鄂', en: 'Hubei' },
  { id: 'hn', gb: '43', name: '湖南省', short: '湖南', abbr: '湘', en: 'Hunan' },
  { id: 'gd', gb: '44', name: '广东省', short: '广东', abbr: '粤', en: 'Guangdong' },
  { id: 'gx', gb: '45', name: '广西壮族自治区', short: '广西', abbr: '桂', en: 'Guangxi' },
  { id: 'hi', gb: '46', name: '海南省', short: '海南', abbr: '琼', en: 'Hainan' },
  { id: 'cq', gb: '50', name: '重庆市', short: '重庆', abbr: '渝', en: 'Chongqing' },
  { id: 'sc', gb: '51', name: '四川省', short: '四川', abbr: '蜀', oldAbbr: ['川'], en: 'Sichuan' },
  { id: 'gz', gb: '52', name: '贵州省', short: '贵州', abbr: '黔', en: 'Guizhou' },
  { id: 'yn', gb: '53', name: '云南省', short: '云南', abbr: '滇', en: 'Yunnan' },
  { id: 'xz', gb: '54', name: '西藏自治区', short: '西藏', abbr: '藏', en: 'Tibet (Xizang)' },
  { id: 'sn', gb: '61', name: '陕西省', short: '陕西', abbr: '陕', en: 'Shaanxi' },
  { id: 'gs', gb: '62', name: '甘肃省', short: '甘肃', abbr: '陇', oldAbbr: ['甘'], en: 'Gansu' },
  { id: 'qh', gb: '63', name: '青海省', short: '青海', abbr: '青', en: 'Qinghai' },
  { id: 'nx', gb: '64', name: '宁夏回族自治区', short: '宁夏', abbr: '宁', en: 'Ningxia' },
  { id: 'xj', gb: '65', name: '新疆维吾尔自治区', short: '新疆', abbr: '新', en: 'Xinjiang' },
];

const BY_ID = new Map(PROVINCES.map((p) => [p.id, p]));

export function provinceById(id: string): Province | undefined {
  return BY_ID.get(id);
}

/** A province from its full name, short name, English name or id (`广西`, `Guangxi`, `gx`). */
export function findProvince(text: string | undefined): Province | undefined {
  const t = (text ?? '').trim();
  if (!t) return undefined;
  const lower = t.toLowerCase();
  return PROVINCES.find((p) => p.name === t || p.short === t || p.en.toLowerCase() === lower || p.id === lower);
}
